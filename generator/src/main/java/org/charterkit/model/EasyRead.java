package org.charterkit.model;

import java.util.List;
import java.util.Optional;
import org.charterkit.diagnostic.Location;

/**
 * An area's Easy Read edition, {@code charters/<area>/easy-read.md}: short items, each a picture and one to three
 * short sentences, grouped under the charter's cornerstones. For many of the young people a charter is for, this
 * is the charter; it is written beside it by the area, in its own words.
 *
 * @param title    the edition's title, from its first-level heading, or empty
 * @param sections the parts in the order written: one per cornerstone, and any others (an opening, the centre)
 */
public record EasyRead(String title, List<EasyReadSection> sections, Location location) {

    public EasyRead {
        sections = List.copyOf(sections);
    }

    /** The part on one cornerstone, if the edition has one. */
    public Optional<EasyReadSection> section(String cornerstoneId) {
        return sections.stream().filter(s -> s.cornerstone().filter(c -> c.id().equals(cornerstoneId)).isPresent())
                .findFirst();
    }

    /** Every item, in the order written. */
    public List<EasyReadItem> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }
}

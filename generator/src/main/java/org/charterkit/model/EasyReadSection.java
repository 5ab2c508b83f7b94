package org.charterkit.model;

import java.util.List;
import java.util.Optional;
import org.charterkit.diagnostic.Location;

/**
 * One part of an Easy Read edition, under a second-level heading.
 *
 * @param heading     the heading as written
 * @param cornerstone the charter's cornerstone the heading names (as the charter or its framework names it), or
 *                    empty for a part of the edition's own ("What is this?")
 */
public record EasyReadSection(String heading, Optional<Cornerstone> cornerstone, List<EasyReadItem> items,
        Location location) {

    public EasyReadSection {
        items = List.copyOf(items);
    }
}

package org.charterkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.charterkit.diagnostic.Location;

/**
 * One entry of {@code content/glossary.yml}: a term or an abbreviation that charters and the knowledge base
 * use, in plain words.
 *
 * @param abbreviation the term's abbreviation as it is written ({@code SEND}, {@code PfA}), or empty
 * @param spellings    other ways the abbreviation is written ({@code PFA} for {@code PfA}); each is explained
 *                     like the abbreviation itself
 * @param link         the slug of the knowledge page that says more, or empty
 * @param checked      the day the definition was last checked against its sources, if the entry says
 */
public record GlossaryEntry(String term, String abbreviation, List<String> spellings, String definition,
        String link, Optional<Checked> checked, Location location) {

    public GlossaryEntry {
        spellings = List.copyOf(spellings);
    }

    /**
     * The fragment identifier of the entry on the glossary page: the abbreviation in lower case when there is
     * one ({@code sen}), so pages can link to {@code glossary/#sen}, otherwise the term as a slug. It depends on
     * the words alone, so links to it survive entries being added around it.
     */
    public String anchor() {
        String name = abbreviation.isEmpty() ? term : abbreviation;
        return name.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    /** Every written form that this entry explains: the abbreviation and its other spellings. */
    public List<String> abbreviations() {
        List<String> all = new ArrayList<>();
        if (!abbreviation.isEmpty()) {
            all.add(abbreviation);
        }
        all.addAll(spellings);
        return all;
    }

    /** Where the glossary lists it: by its term, ignoring capitals, so "co-design" sits beside "Communicate". */
    public String sortKey() {
        return term.toLowerCase(Locale.ROOT);
    }
}

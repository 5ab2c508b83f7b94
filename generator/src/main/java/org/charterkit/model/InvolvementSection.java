package org.charterkit.model;

import java.util.List;
import org.charterkit.diagnostic.Location;

/** A charter's levels of involvement, widest first. */
public record InvolvementSection(String heading, String anchor, Markdown introduction, List<InvolvementLevel> levels,
        Location location) implements CharterSection {

    public InvolvementSection {
        levels = List.copyOf(levels);
    }

    @Override
    public String kind() {
        return "involvement";
    }
}

package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/** What a charter says about the centre of its framework (Trust). */
public record CentreSection(Centre centre, String heading, String anchor, Markdown body, Location location)
        implements CharterSection {

    @Override
    public String kind() {
        return "centre";
    }
}

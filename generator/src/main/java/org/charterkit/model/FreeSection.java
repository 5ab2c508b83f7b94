package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/** A section the framework does not define (an introduction, an agreement, a recognition), kept in its place. */
public record FreeSection(String heading, String anchor, Markdown body, Location location) implements CharterSection {

    @Override
    public String kind() {
        return "free";
    }
}

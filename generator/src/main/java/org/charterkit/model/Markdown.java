package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * A fragment of Markdown exactly as the author wrote it, kept as source so that the words reach the page
 * unchanged and the renderer alone decides how it becomes HTML.
 */
public record Markdown(String source, Location location) {

    public static Markdown empty(Location location) {
        return new Markdown("", location);
    }

    public boolean isBlank() {
        return source.isBlank();
    }
}

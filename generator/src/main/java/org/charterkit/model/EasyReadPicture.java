package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * The picture of an Easy Read item: the name of one of the theme's pictures ({@code listen}), or the path of the
 * area's own image in its folder ({@code assets/easy-read/bus.png}), which then needs {@code alt}.
 *
 * @param name the name or path as written
 * @param alt  what the area's own image shows, from {@code alt:}; empty for the theme's pictures, which bring
 *             their own
 */
public record EasyReadPicture(String name, String alt, Location location) {

    /** Whether the area brings its own image rather than naming one of the theme's. */
    public boolean isOwnImage() {
        return name.contains("/");
    }
}

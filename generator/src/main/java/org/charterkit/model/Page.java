package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * An extra page of an area ({@code pages/<slug>.md}): the journey, quotes, anything the charter itself does not
 * hold.
 */
public record Page(String slug, String title, String summary, Markdown body, java.util.List<ImageUse> images,
        java.util.List<RawHtml> rawHtml, Location location) {

    public Page {
        images = java.util.List.copyOf(images);
        rawHtml = java.util.List.copyOf(rawHtml);
    }
}

package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * An extra page of an area ({@code pages/<slug>.md}): the journey, quotes, anything the charter itself does not
 * hold.
 *
 * @param language the language of the page's text as a language tag, or empty for the charter's language
 * @param keys     every field of its header, with where it is written, so the check can report unknown ones
 */
public record Page(String slug, String title, String summary, Markdown body, java.util.List<ImageUse> images,
        java.util.List<RawHtml> rawHtml, Location location, String language,
        java.util.Map<String, Location> keys) {

    public Page {
        images = java.util.List.copyOf(images);
        rawHtml = java.util.List.copyOf(rawHtml);
        keys = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keys));
    }

    /** The page's language, or {@code otherwise} (the charter's) when the page does not name one. */
    public String languageOr(String otherwise) {
        return language.isEmpty() ? otherwise : language;
    }
}

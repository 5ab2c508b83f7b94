package org.charterkit.model;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The pictures a theme offers Easy Read editions by name ({@code themes/default/assets/easy-read/pictures.yml}):
 * a curated part of OpenMoji, each with its file and alt text.
 */
public record PictureSet(Map<String, Picture> pictures) {

    public PictureSet {
        pictures = java.util.Collections.unmodifiableMap(new TreeMap<>(pictures));
    }

    public Optional<Picture> picture(String name) {
        return Optional.ofNullable(pictures.get(name));
    }

    /**
     * One picture.
     *
     * @param file the SVG file in the set's {@code pictures/} folder
     * @param alt  what it shows, for people who cannot see it
     */
    public record Picture(String name, String file, String alt) {
    }
}

package org.charterkit.model;

import java.util.Map;
import org.charterkit.diagnostic.Location;

/**
 * What a file's front matter block looked like, kept beside the typed values read from it so the check can
 * say which fields are missing or misspelt and where.
 *
 * @param keys  every top-level key as written, with where it stands, in source order
 * @param start where the block starts (the opening {@code ---}), for problems with no better place
 */
public record FrontMatter(Map<String, Location> keys, Location start) {

    public FrontMatter {
        keys = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(keys));
    }
}

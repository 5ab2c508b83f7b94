package org.charterkit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.charterkit.diagnostic.Location;

/**
 * What a file's front matter block looked like, kept beside the typed values read from it so the check can
 * say which fields are missing or misspelt and where, and stay quiet about what reading already reported.
 *
 * @param keys       every top-level key as written, with where it stands, in source order
 * @param blank      keys written with no value
 * @param unreadable keys whose value was of the wrong kind (a list where one value belongs); reading reported
 *                   them, so later rules do not guess from them
 * @param readable   false when the block is not valid YAML; reading reported it, and the check then says nothing
 *                   more about the front matter, since every field would look missing
 * @param start      where the block starts (the opening {@code ---}), for problems with no better place
 */
public record FrontMatter(Map<String, Location> keys, Set<String> blank, Set<String> unreadable, boolean readable,
        Location start) {

    public FrontMatter {
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        blank = Collections.unmodifiableSet(new TreeSet<>(blank));
        unreadable = Collections.unmodifiableSet(new TreeSet<>(unreadable));
    }
}

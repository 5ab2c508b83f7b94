package org.charterkit.model;

import java.util.Arrays;
import java.util.Optional;

/** Where a charter stands: still being written, in force, or replaced and kept for the record. */
public enum CharterStatus {
    DRAFT("draft"),
    ADOPTED("adopted"),
    RETIRED("retired");

    private final String key;

    CharterStatus(String key) {
        this.key = key;
    }

    /**
     * The word used in front matter. The words readers see are the theme's ({@code facts.status.*} in its
     * bundle), in the page's language.
     */
    public String key() {
        return key;
    }

    /** The status a front matter names, in any case: a charter typed from a printed one may say "Adopted". */
    public static Optional<CharterStatus> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equalsIgnoreCase(key.strip())).findFirst();
    }
}

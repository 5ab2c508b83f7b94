package org.charterkit.model;

import java.util.Arrays;
import java.util.Optional;

/** Where a charter stands: still being written, in force, or replaced and kept for the record. */
public enum CharterStatus {
    DRAFT("draft", "Draft"),
    ADOPTED("adopted", "Adopted"),
    RETIRED("retired", "Retired");

    private final String key;
    private final String label;

    CharterStatus(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The word used in front matter. */
    public String key() {
        return key;
    }

    /** The word shown to readers. */
    public String label() {
        return label;
    }

    public static Optional<CharterStatus> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}

package org.charterkit.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How far a pledged piece of work has got; the theme says it in words, never by colour alone. */
public enum PledgeStatus {
    PLANNED("planned"),
    IN_PROGRESS("in-progress"),
    DONE("done");

    private final String key;

    PledgeStatus(String key) {
        this.key = key;
    }

    /** The word used in front matter, in the open data, and in the theme's message keys. */
    public String key() {
        return key;
    }

    /** Reads {@code planned}, {@code in progress} (or {@code in-progress}) and {@code done}, in any case. */
    public static Optional<PledgeStatus> fromKey(String written) {
        String key = written.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}

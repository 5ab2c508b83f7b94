package org.charterkit.model;

/**
 * A project's own settings, from {@code charterkit.yml} in the project folder; every one has a default, so the
 * file is optional.
 *
 * @param maxFileBytes source files larger than this are refused: no real charter comes near the default of
 *                     1,000 kB, and a huge file is more likely a mistake (or an attack) than a charter
 */
public record Settings(long maxFileBytes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 1_000_000;

    public static Settings defaults() {
        return new Settings(DEFAULT_MAX_FILE_BYTES);
    }
}

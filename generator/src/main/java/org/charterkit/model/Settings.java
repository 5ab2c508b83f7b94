package org.charterkit.model;

/**
 * A project's own settings, from {@code charterkit.yml} in the project folder; every one has a default, so the
 * file is optional.
 *
 * @param maxFileBytes source files larger than this are refused: no real charter comes near the default of
 *                     1,000 kB, and a huge file is more likely a mistake (or an attack) than a charter
 * @param repository   the web address of the repository the sources live in ({@code https://github.com/org/repo}),
 *                     for each page's "Suggest a change" link; empty for none
 * @param branch       the branch those links edit
 */
public record Settings(long maxFileBytes, String repository, String branch) {

    public static final long DEFAULT_MAX_FILE_BYTES = 1_000_000;

    public static Settings defaults() {
        return new Settings(DEFAULT_MAX_FILE_BYTES, "", "main");
    }

    /** The address where a person can propose a change to {@code file} (relative to the project), if known. */
    public java.util.Optional<String> editAddress(String file) {
        if (repository.isEmpty()) {
            return java.util.Optional.empty();
        }
        String base = repository.endsWith("/") ? repository : repository + "/";
        return java.util.Optional.of(base + "edit/" + branch + "/" + file);
    }
}

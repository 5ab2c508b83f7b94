package org.charterkit.model;

import java.util.Optional;

/**
 * A project's own settings, from {@code charterkit.yml} in the project folder; every one has a default, so the
 * file is optional.
 *
 * @param maxFileBytes source files larger than this are refused: no real charter comes near the default of
 *                     1,000 kB, and a huge file is more likely a mistake (or an attack) than a charter
 * @param baseUrl      the address the site is published at, absolute and ending in {@code /}
 *                     ({@code https://charters.example.org/}); when set, pages name their canonical address,
 *                     carry Open Graph tags, and the site has a sitemap. Empty: every link stays relative
 * @param readingEaseWarningBelow the check warns about a charter or knowledge page whose Flesch reading ease
 *                     is below this; 0 turns the warning off
 * @param repository   the web address of the repository the sources live in ({@code https://github.com/org/repo}),
 *                     for each page's "Suggest a change" link; empty for none
 * @param branch       the branch those links edit
 * @param limits       how much nesting and how many table columns a Markdown file may hold
 */
public record Settings(long maxFileBytes, Optional<String> baseUrl, int readingEaseWarningBelow, String repository,
        String branch, InputLimits limits) {

    public static final long DEFAULT_MAX_FILE_BYTES = 1_000_000;

    /**
     * 40, within Flesch's "difficult" band (30 to 50): a charter cannot avoid its field's long words
     * (co-production, participation, communicate), and the real charters, written with families, score 41
     * (Warwickshire) and 48 (SE7); below 40 a text is drifting towards "very difficult", the language of contracts.
     */
    public static final int DEFAULT_READING_EASE_WARNING_BELOW = 40;

    public static Settings defaults() {
        return new Settings(DEFAULT_MAX_FILE_BYTES, Optional.empty(), DEFAULT_READING_EASE_WARNING_BELOW, "", "main",
                InputLimits.defaults());
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

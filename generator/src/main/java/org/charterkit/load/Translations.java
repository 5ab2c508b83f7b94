package org.charterkit.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.charterkit.model.Charter;
import org.charterkit.model.Pledge;

/**
 * How a translation is named and what it takes from the charter it translates.
 *
 * <p>A translation is named after the file it translates with a language tag before {@code .md}:
 * {@code charter.cy.md}, {@code easy-read.cy.md}, {@code versions/1.0.cy.md}. The tag is a two-letter ISO 639
 * language, optionally with a region ({@code pt-BR}), as Java's own list of languages and countries knows them,
 * so a typing slip ({@code charter.wy.md}) is reported rather than published as a language no one speaks.
 */
final class Translations {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Translations() {
    }

    /**
     * The tag a file name carries after {@code stem.} and before {@code .md} ({@code cy} of {@code charter.cy.md}),
     * whether known or not; empty when the name is not {@code stem.<something>.md}.
     */
    static Optional<String> tagOf(String fileName, String stem) {
        if (!fileName.startsWith(stem + ".") || !fileName.endsWith(".md")
                || fileName.length() <= stem.length() + 1 + ".md".length()) {
            return Optional.empty();
        }
        return Optional.of(fileName.substring(stem.length() + 1, fileName.length() - ".md".length()));
    }

    /**
     * For a released version's file name ({@code 1.0.1.cy.md}): the language tag, when the part before
     * {@code .md} starts with a letter. Version numbers start with a digit, so {@code 1.0.1.md} has none.
     */
    static Optional<String> releaseTag(String fileName) {
        if (!fileName.endsWith(".md")) {
            return Optional.empty();
        }
        String stem = fileName.substring(0, fileName.length() - ".md".length());
        int dot = stem.lastIndexOf('.');
        String last = dot < 0 ? "" : stem.substring(dot + 1);
        return !last.isEmpty() && Character.isLetter(last.charAt(0)) ? Optional.of(last) : Optional.empty();
    }

    /** The version a translated release's file is of: {@code 1.0.1} of {@code 1.0.1.cy.md}. */
    static String releaseVersion(String fileName, String tag) {
        return fileName.substring(0, fileName.length() - ("." + tag + ".md").length());
    }

    /** Whether {@code tag} is a language Charterkit knows: {@code cy}, {@code ur}, {@code pt-BR}. */
    static boolean known(String tag) {
        String[] parts = tag.split("-", -1);
        if (parts.length > 2 || !LANGUAGES.contains(parts[0]) || !parts[0].equals(parts[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        return parts.length == 1 || COUNTRIES.contains(parts[1]);
    }

    /**
     * The translation as readers see it: its own words, and the facts one agreement shares taken from the
     * original, whatever the translation's file says of them (the check warns where it says otherwise). A text
     * the translation leaves out (its summary, its change notes) is the original's, so nothing goes missing from
     * the pages in that language.
     */
    static Charter merged(Charter original, Charter written, String language) {
        List<Pledge> pledges = new ArrayList<>();
        for (int i = 0; i < written.pledges().size(); i++) {
            Pledge own = written.pledges().get(i);
            // Targets and how far a piece of work has got are facts, not words: the original's, pledge by pledge.
            pledges.add(i < original.pledges().size()
                    ? new Pledge(own.what(), own.lead(), original.pledges().get(i).target(),
                            original.pledges().get(i).status(), own.note(), original.pledges().get(i).evidence(),
                            own.location(), own.targetLocation())
                    : own);
        }
        return new Charter(or(written.title(), original.title()), or(written.areaName(), original.areaName()),
                original.version(), original.status(), original.adopted(), original.reviewBy(),
                original.frameworkId(), original.framework(), language, or(written.summary(), original.summary()),
                or(written.recognition(), original.recognition()), original.contact(), original.poster(),
                written.changes().isEmpty() ? original.changes() : written.changes(), original.partners(),
                original.signatories(), written.introduction(), written.sections(), written.images(),
                written.rawHtml(), written.frontMatter(), written.location(), pledges, original.feedback());
    }

    private static String or(String own, String original) {
        return own.isBlank() ? original : own;
    }
}

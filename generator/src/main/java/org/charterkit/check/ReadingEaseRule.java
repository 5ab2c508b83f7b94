package org.charterkit.check;

import java.util.Locale;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.Area;
import org.charterkit.model.CentreSection;
import org.charterkit.model.Charter;
import org.charterkit.model.CharterSection;
import org.charterkit.model.Commitment;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.FreeSection;
import org.charterkit.model.InvolvementLevel;
import org.charterkit.model.InvolvementSection;
import org.charterkit.model.KnowledgePage;
import org.charterkit.model.Project;
import org.charterkit.model.SpectrumLevel;
import org.charterkit.model.SpectrumSection;

/**
 * Families read these pages, often on a phone and often tired: a charter or guide that is hard to read is
 * flagged (a warning, not an error) with its Flesch reading ease, below the project's
 * {@code reading-ease-warning-below} setting.
 */
final class ReadingEaseRule implements AreaRule {

    /** Compiled once, not per commitment as String.replaceAll would. */
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\\R");
    /**
     * Each word's syllables, worked out once for all the charters and guides this rule reads: the same few
     * thousand words make up all of them, and the heuristic runs several patterns over each word.
     */
    private final java.util.Map<String, Integer> syllables = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        int threshold = project.settings().readingEaseWarningBelow();
        Charter charter = area.charter();
        // Flesch's formula counts English syllables: an Urdu or Welsh charter would get a meaningless score.
        if (threshold > 0 && isEnglish(charter.language())) {
            judge(text(charter), charter.location(), "the charter", threshold, out);
        }
    }

    /** The guides, after the charters. */
    @Override
    public void checkOutsideAreas(Project project, Diagnostics out) {
        int threshold = project.settings().readingEaseWarningBelow();
        if (threshold <= 0) {
            return;
        }
        for (KnowledgePage page : project.knowledgePages()) {
            judge(page.title() + "\n\n" + page.summary() + "\n\n" + page.body().source(), page.location(),
                    "the page", threshold, out);
        }
    }

    private static boolean isEnglish(String languageTag) {
        return languageTag.isBlank() || Locale.forLanguageTag(languageTag).getLanguage().equals("en");
    }

    private void judge(String markdown, Location location, String what, int threshold, Diagnostics out) {
        ReadingEase.Counts counts = ReadingEase.count(markdown, Examined.NOT_COUNTED,
                word -> syllables.computeIfAbsent(word, ReadingEase::syllables));
        counts.score().ifPresent(score -> {
            if (score < threshold) {
                out.warning(location.line() > 0 ? location : location.at(1, 1), String.format(Locale.UK,
                                "%s is hard to read: its Flesch reading ease is %.0f, below %d (%d words in %d "
                                        + "sentences, %.1f words a sentence)", what, score, threshold,
                                counts.words(), counts.sentences(), (double) counts.words() / counts.sentences()),
                        "use shorter sentences and everyday words; or change `reading-ease-warning-below` in "
                                + "charterkit.yml (0 turns this off)");
            }
        });
    }

    /** What a reader reads of a charter: its title, summary, introduction and every section, as Markdown. */
    static String text(Charter charter) {
        StringBuilder text = new StringBuilder(charter.title()).append("\n\n");
        if (!charter.summary().isBlank()) {
            text.append(charter.summary()).append("\n\n");
        }
        text.append(charter.introduction().source()).append("\n\n");
        for (CharterSection section : charter.sections()) {
            text.append("## ").append(section.heading()).append("\n\n");
            if (section instanceof CornerstoneSection c) {
                text.append(c.leadIn().source()).append("\n\n");
                for (Commitment commitment : c.commitments()) {
                    text.append("- ").append(LINE_BREAK.matcher(commitment.markdown().source()).replaceAll(" "))
                            .append('\n');
                }
                text.append('\n').append(c.closing().source()).append("\n\n");
            } else if (section instanceof CentreSection c) {
                text.append(c.body().source()).append("\n\n");
            } else if (section instanceof FreeSection f) {
                text.append(f.body().source()).append("\n\n");
            } else if (section instanceof SpectrumSection s) {
                text.append(s.introduction().source()).append("\n\n");
                for (SpectrumLevel level : s.levels()) {
                    text.append("### ").append(level.name()).append("\n\n")
                            .append(level.definition().source()).append("\n\n");
                }
            } else if (section instanceof InvolvementSection s) {
                text.append(s.introduction().source()).append("\n\n");
                for (InvolvementLevel level : s.levels()) {
                    text.append("### ").append(level.name()).append("\n\n")
                            .append(level.definition().source()).append("\n\n");
                }
            }
        }
        return text.toString();
    }
}

package org.charterkit.render;

import java.util.Comparator;
import java.util.Optional;
import org.charterkit.model.Charter;
import org.charterkit.model.Commitment;
import org.charterkit.model.CornerstoneSection;

/** Counting the words a poster must hold, to name the longest cornerstone. */
final class PosterFit {

    private PosterFit() {
    }

    /** The words of a cornerstone as printed: its lead-in, its commitments and what follows them. */
    static int words(CornerstoneSection section) {
        int words = count(section.leadIn().source()) + count(section.closing().source());
        for (Commitment commitment : section.commitments()) {
            words += count(commitment.text());
        }
        return words;
    }

    /** The cornerstone with the most words; the first of equals, as the charter orders them. */
    static Optional<CornerstoneSection> longest(Charter charter) {
        return charter.cornerstoneSections().stream()
                .max(Comparator.comparingInt(PosterFit::words).thenComparing(s -> -charter.sections().indexOf(s)));
    }

    /**
     * The words a poster's layout must hold, weighted as they take room: the opening statement, each row of
     * the grid as twice its longer cornerstone (the shorter one's panel is as tall), the centre and the
     * signature block.
     */
    static int weightedWords(Charter charter) {
        PosterRow.Plan plan = PosterRow.plan(charter);
        int words = count(charter.title()) + count(charter.introduction().source());
        for (var section : plan.opening()) {
            words += count(section.heading()) + count(section.body().source());
        }
        for (PosterRow row : plan.rows()) {
            words += 2 * row.cornerstones().stream().mapToInt(s -> words(s) + count(s.heading())).max().orElse(0);
        }
        words += plan.centre().map(c -> count(c.heading()) + count(c.body().source())).orElse(0);
        words += count(charter.recognition());
        for (var signatory : charter.signatories()) {
            // A signature block is a fixed height, whatever its few words: a line to sign on and a date.
            words += 20;
        }
        return words;
    }

    /**
     * Whether the poster fits one side at the smallest text without laying it out: below the weighted words
     * measured to fit (see {@code charter-format.md}), with a margin; above it, only a layout can tell.
     */
    static boolean surelyFits(Charter charter) {
        return weightedWords(charter) <= SURELY_FITS.getOrDefault(charter.poster(), 0);
    }

    /**
     * Weighted words that always fit one side at 9 pt: 80 % of the least measured to overflow (Warwickshire's
     * charter with every cornerstone lengthened alike: 668 on A4, 1,554 on A3; Warwickshire itself is 520).
     */
    private static final java.util.Map<org.charterkit.model.PaperSize, Integer> SURELY_FITS = java.util.Map.of(
            org.charterkit.model.PaperSize.A4, 534,
            org.charterkit.model.PaperSize.A3, 1243);

    static int count(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}

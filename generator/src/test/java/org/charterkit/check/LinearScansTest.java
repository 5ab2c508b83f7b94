package org.charterkit.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The checks read text anyone can write, so their work grows in step with it: reading ease and the
 * abbreviation check are run at two sizes of the hostile texts that once took hours, and the characters they
 * read are counted. Four times the text may take a little over four times the reads, never sixteen. The one-pass
 * scans that replaced regular expressions are held to what those expressions gave, on many random texts.
 */
class LinearScansTest {

    private static final int SMALL = 20_000;

    /** Texts that made a regular expression search again from every character. */
    private static final String[] HOSTILE = {"x", "[", "<", "<!--", "](", "!", ".", "a@", "a`"};

    @Test
    void readingEaseReadsEachCharacterAFewTimesAtMost() {
        for (String unit : HOSTILE) {
            long small = readingEaseReads(unit.repeat(SMALL / unit.length()));
            long large = readingEaseReads(unit.repeat(4 * SMALL / unit.length()));
            assertLinear(unit, small, large);
        }
        // A long token inside ordinary prose, as in the text that took 104 s for 100 kB.
        long small = readingEaseReads("We will listen. " + "y".repeat(SMALL) + " We will share.");
        long large = readingEaseReads("We will listen. " + "y".repeat(4 * SMALL) + " We will share.");
        assertLinear("long token in prose", small, large);
    }

    @Test
    void theAbbreviationCheckReadsEachCharacterAFewTimesAtMost() {
        for (String unit : new String[] {"<!-- ", "<", "](", "`a", "SEND <b"}) {
            long small = proseReads(unit.repeat(SMALL / unit.length()));
            long large = proseReads(unit.repeat(4 * SMALL / unit.length()));
            assertLinear(unit, small, large);
        }
    }

    @Test
    void theAbbreviationPatternsReadEachCharacterAFewTimesAtMost() {
        for (Pattern pattern : new Pattern[] {AbbreviationRule.ABBREVIATION, AbbreviationRule.DEFINED_IN_TEXT}) {
            for (String unit : new String[] {"A", "Ab1", "(A", "(AB "}) {
                long small = matchReads(pattern, "(" + unit.repeat(SMALL / unit.length()) + "é");
                long large = matchReads(pattern, "(" + unit.repeat(4 * SMALL / unit.length()) + "é");
                assertLinear(pattern + " on " + unit, small, large);
            }
        }
    }

    @Test
    void thePossessiveAbbreviationPatternsFindWhatTheOldOnesFound() {
        Pattern abbreviation = Pattern.compile(
                "(?<![\\p{L}\\p{N}])[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*(?![\\p{L}\\p{N}])");
        Pattern definedInText = Pattern.compile("\\(\\s*([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\\s*\\)");
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random, "(AB ab1)é\n", 1 + random.nextInt(16));
            assertEquals(matches(abbreviation, text), matches(AbbreviationRule.ABBREVIATION, text), text);
            assertEquals(matches(definedInText, text), matches(AbbreviationRule.DEFINED_IN_TEXT, text), text);
        }
    }

    private static java.util.List<String> matches(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(m -> m.start() + ":" + m.group()).toList();
    }

    private static long matchReads(Pattern pattern, String text) {
        Examined examined = Examined.counting();
        pattern.matcher(examined.watch(text)).results().count();
        return examined.reads();
    }

    @Test
    void theScansGiveWhatTheRegularExpressionsGave() {
        Pattern links = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
        Pattern tags = Pattern.compile("<[^>]+>");
        Pattern addresses = Pattern.compile("https?://\\S+|\\S+@\\S+");
        Pattern addressesNow = Pattern.compile("https?://\\S+|(?<!\\S)\\S+@\\S+");
        Pattern sentenceEnd = Pattern.compile("[.!?]+(?=\\s|$)");
        Pattern sentenceEndNow = Pattern.compile("(?<![.!?])[.!?]++(?=\\s|$)");
        Pattern notProse = Pattern.compile("\\]\\([^)]*\\)|<[^>\\n]*>|`[^`\\n]*`");
        Random random = new Random(12);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random, "[]()!<>`ab @.?h\n", 1 + random.nextInt(24));
            String withHttp = text.replace("h", random.nextBoolean() ? "http://" : "h");
            assertEquals(links.matcher(text).replaceAll("$1"), ReadingEase.withoutLinkAddresses(text), text);
            assertEquals(tags.matcher(text).replaceAll(" "), ReadingEase.withoutTags(text), text);
            assertEquals(addresses.matcher(withHttp).replaceAll(" "), addressesNow.matcher(withHttp).replaceAll(" "),
                    withHttp);
            assertArrayEquals(sentenceEnd.split(text), sentenceEndNow.split(text), text);
            assertEquals(blanked(notProse, text), AbbreviationRule.prose(text), text);
        }
    }

    private static String blanked(Pattern pattern, String text) {
        StringBuilder out = new StringBuilder(text);
        var m = pattern.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static long readingEaseReads(String markdown) {
        Examined examined = Examined.counting();
        ReadingEase.count(markdown, examined);
        return examined.reads();
    }

    private static long proseReads(String markdown) {
        Examined examined = Examined.counting();
        Function<CharSequence, String> prose = AbbreviationRule::prose;
        prose.apply(examined.watch(markdown));
        return examined.reads();
    }

    private static void assertLinear(String what, long small, long large) {
        assertTrue(small > 0, what);
        assertTrue(large <= 4.5 * small, what + ": " + small + " reads for " + SMALL + " characters, " + large
                + " for four times as many");
        assertTrue(small <= 40L * SMALL, what + ": " + small + " reads for " + SMALL + " characters");
    }
}

package org.charterkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.charterkit.TestProjects;
import org.charterkit.diagnostic.Diagnostic;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.junit.jupiter.api.Test;

/**
 * The placeholder rule and reading ease were made cheaper (a text without a placeholder's clue is not searched
 * for it; a block without "://" or "@" is not searched for an address; expressions compiled once). What they find
 * must not change: here they are held to the code they replaced, kept below as it was, on every Markdown file of
 * the real charters and of the check fixtures, and on many random texts made of the pieces that matter.
 */
class HotRulesUnchangedTest {

    @Test
    void placeholdersAreFoundAsBeforeInEveryRealAndFixtureFileAndRandomText() throws IOException {
        List<String> texts = markdownFiles();
        Random random = new Random(18);
        String[] pieces = {"use this space", "Use This Box", "USE THIS  section", "[insert name]", "[ Add x",
            "[enter]", "]", "TBC", "TBA.", "xTBD", "TB", "lorem ipsum", "Lorem Ipsum", "lorem  ipsum", "<!--", "-->",
            "\u212a", "\u0130", "é", " ", "\n", "a", "[", "use", " this"};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        int found = 0;
        for (String text : texts) {
            CharterText words = new CharterText(text, Location.of("charters/x/charter.md").at(1, 1), false);
            Diagnostics now = new Diagnostics();
            PlaceholderRule.report(words, now);
            List<String> before = placeholdersBefore(words);
            assertEquals(before, now.sorted().stream().map(HotRulesUnchangedTest::line).toList(), text);
            found += before.size();
        }
        assertTrue(found > 1000, found + " placeholders found: the texts hold some");
    }

    @Test
    void readingEaseReadsBlocksAndSyllablesAsBeforeInEveryRealAndFixtureFileAndRandomText() throws IOException {
        List<String> texts = markdownFiles();
        Random random = new Random(48);
        String[] pieces = {"https://example.org/a", "http://x", "://", "mail@example.org", "@", "a@b", " @ ",
            "- item", "1. item", "2) x", "# Heading", "> quote", "| cell |", "```", "[words](address)", "<b>", "*",
            "_", "`code`", "We will", " listen.", "\n", "\n\n", " ", "shares", "needed", "forum’s", "ICB"};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(16); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        Pattern word = Pattern.compile("[\\p{L}]+(?:['’-][\\p{L}]+)*");
        int words = 0;
        for (String text : texts) {
            assertEquals(blocksBefore(text), ReadingEase.blocks(text), text);
            Matcher m = word.matcher(text);
            while (m.find()) {
                assertEquals(syllablesBefore(m.group()), ReadingEase.syllables(m.group()), m.group());
                words++;
            }
        }
        assertTrue(words > 10_000, words + " words");
    }

    @Test
    void thePlaceholderExpressionsReadOnlyTheTextsThatHoldAClue() {
        org.charterkit.model.Project project = new org.charterkit.load.ProjectLoader(TestProjects.repositoryRoot(),
                new Diagnostics()).load(java.util.Optional.empty());
        Examined examined = Examined.counting();
        long characters = 0;
        for (org.charterkit.model.Area area : project.areas()) {
            for (CharterText text : CharterText.withPledges(area.charter())) {
                PlaceholderRule.report(text, new Diagnostics(), examined);
                characters += text.words().length();
            }
        }
        // Each of the four expressions once read every character of every text: four times the words at least.
        // Now only the few texts with a clue ("[" of a link, mostly) are searched, by that clue's expression alone.
        assertTrue(characters > 5_000, characters + " characters");
        assertTrue(examined.reads() < characters / 2, examined.reads() + " reads for " + characters + " characters");
        // A text with a clue is still searched, and what is in it found.
        Examined withClue = Examined.counting();
        Diagnostics found = new Diagnostics();
        PlaceholderRule.report(new CharterText("We meet at [insert venue] on Tuesdays.",
                Location.of("charters/x/charter.md").at(3, 1), false), found, withClue);
        assertTrue(withClue.reads() > 0);
        assertEquals(List.of("charters/x/charter.md:3:12"),
                found.sorted().stream().map(d -> d.location().toString()).toList());
    }

    /** Every Markdown file of the real charters and of the check fixtures, as text. */
    private static List<String> markdownFiles() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path folder : List.of(TestProjects.repositoryRoot().resolve("charters"), CheckFixturesTest.FIXTURES)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted()
                        .toList()) {
                    texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(texts.size() > 100, texts.size() + " files");
        return texts;
    }

    private static String line(Diagnostic d) {
        return d.location() + " " + d.message();
    }

    // The placeholder rule as it was: every expression searched over every text.

    private static final List<Pattern> LEFTOVERS = List.of(
            Pattern.compile("(?i)\\buse this (?:space|box|section)\\b"),
            Pattern.compile("(?i)\\[\\s*(?:insert|add|enter)\\b[^\\]\\n]*\\]"),
            Pattern.compile("\\b(?:TBC|TBA|TBD)\\b"),
            Pattern.compile("(?i)\\blorem ipsum\\b"));
    private static final List<String> WHAT = List.of("a prompt from a form", "a placeholder", "a placeholder",
            "filler text");

    private static List<String> placeholdersBefore(CharterText text) {
        StringBuilder blanked = new StringBuilder(text.words());
        Matcher comment = Pattern.compile("<!--[\\s\\S]*?(?:-->|$)").matcher(text.words());
        while (comment.find()) {
            for (int i = comment.start(); i < comment.end(); i++) {
                if (blanked.charAt(i) != '\n') {
                    blanked.setCharAt(i, ' ');
                }
            }
        }
        Diagnostics out = new Diagnostics();
        for (int k = 0; k < LEFTOVERS.size(); k++) {
            Matcher m = LEFTOVERS.get(k).matcher(blanked.toString());
            while (m.find()) {
                out.warning(text.locate(m.start()), "`" + m.group() + "` looks like " + WHAT.get(k)
                        + " left in the text; it would be published as the charter's own words", "");
            }
        }
        return out.sorted().stream().map(HotRulesUnchangedTest::line).toList();
    }

    // Reading ease as it was: String.split, matches and replaceAll, and every block searched for addresses.

    private static List<String> blocksBefore(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inCode = false;
        for (String raw : markdown.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                inCode = !inCode;
                flushBefore(current, blocks);
                continue;
            }
            if (inCode) {
                continue;
            }
            boolean starts = line.isEmpty() || line.startsWith("#") || line.matches("([-*+]|\\d+[.)])\\s.*")
                    || line.startsWith("|") || line.startsWith(">");
            if (starts) {
                flushBefore(current, blocks);
            }
            if (!line.isEmpty()) {
                current.append(current.length() == 0 ? "" : " ").append(line);
                if (line.startsWith("#") || line.startsWith("|")) {
                    flushBefore(current, blocks);
                }
            }
        }
        flushBefore(current, blocks);
        return blocks;
    }

    private static void flushBefore(StringBuilder current, List<String> blocks) {
        if (current.length() > 0) {
            String text = ReadingEase.withoutLinkAddresses(current);
            text = ReadingEase.withoutTags(text);
            text = text.replaceAll("https?://\\S+|(?<!\\S)\\S+@\\S+", " ");
            text = text.replaceAll("^(#+|[-*+>]|\\d+[.)])\\s*", "");
            text = text.replaceAll("[*_`|]", " ");
            text = text.replaceAll("\\s+", " ");
            if (!text.isBlank()) {
                blocks.add(text.strip());
            }
            current.setLength(0);
        }
    }

    private static int syllablesBefore(String word) {
        if (word.contains("-")) {
            int sum = 0;
            for (String part : word.split("-")) {
                sum += part.isEmpty() ? 0 : syllablesBefore(part);
            }
            return Math.max(1, sum);
        }
        String w = word.replace("’", "'");
        if (w.length() >= 2 && w.length() <= 5 && w.equals(w.toUpperCase(Locale.ROOT))
                && !Pattern.compile("[aeiouy]+").matcher(w.substring(1).toLowerCase(Locale.ROOT)).find()) {
            int sum = 0;
            for (char c : w.toCharArray()) {
                sum += c == 'W' ? 3 : 1;
            }
            return sum;
        }
        w = w.toLowerCase(Locale.ROOT).replaceAll("'s?$", "").replace("'", "");
        if (w.length() <= 3) {
            return 1;
        }
        if (w.endsWith("es") && !w.matches(".*(?:[cgsxz]|ch|sh)es$")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ed") && !w.matches(".*[td]ed$")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        Matcher m = Pattern.compile("[aeiouy]+").matcher(w);
        int groups = 0;
        while (m.find()) {
            groups++;
        }
        return Math.max(1, groups);
    }
}

package org.charterkit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch reading ease (Flesch 1948): {@code 206.835 - 1.015 × words per sentence - 84.6 × syllables per word}.
 * About 60 to 70 is plain English; below 50 most readers find a text hard; below 30 it reads like a legal
 * document.
 *
 * <p>No well-kept Java library for it is on Maven Central, so this is a small one, tested on its own:
 * <ul>
 *   <li><b>Text</b> is Markdown: headings, list markers, emphasis, link addresses, HTML tags and code marks are
 *   removed before counting. Each heading, each list item and each paragraph ends a sentence even without a
 *   full stop, because a bullet such as "create a welcoming and caring space" is read as one.</li>
 *   <li><b>Sentences</b> end at {@code .}, {@code !} or {@code ?} followed by a space or the end, and at the
 *   end of each block.</li>
 *   <li><b>Words</b> are runs of letters (with {@code '} and {@code -} inside); a number is not a word.</li>
 *   <li><b>Syllables</b> are counted by a heuristic: groups of vowels ({@code a e i o u y}), less a silent final
 *   {@code e} ("care"), a silent {@code -es} or {@code -ed} ending ("shares", "shared", but not "needed" or
 *   "uses"), and at least one a word; a hyphenated word counts each part; a word in capitals of up to five
 *   letters with no vowel after its first letter is an abbreviation read letter by letter ("ICB" is
 *   "I-C-B", three syllables, "W" three on its own); one with a vowel inside is said as a word ("SEND"). The heuristic is within one syllable of
 *   a dictionary for most English words, which is as close as the formula itself is.</li>
 * </ul>
 */
final class ReadingEase {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’-][\\p{L}]+)*");
    /** Tried only where a run of marks starts, so a long run not followed by a space is read once. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<![.!?])[.!?]++(?=\\s|$)");
    /**
     * A web or mail address is not read as words. A mail address is tried only where a token starts: tried
     * from every character of a long token, it would read the token again each time.
     */
    private static final Pattern ADDRESS = Pattern.compile("https?://\\S+|(?<!\\S)\\S+@\\S+");
    private static final Pattern MARKUP = Pattern.compile("[*_`|]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BLOCK_MARK = Pattern.compile("^(#+|[-*+>]|\\d+[.)])\\s*");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");
    // Compiled once: String.matches, replaceAll and split(regex) compile their expression on every call, and these
    // run for every line and every word of every charter.
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern LIST_ITEM = Pattern.compile("([-*+]|\\d+[.)])\\s.*");
    private static final Pattern POSSESSIVE = Pattern.compile("'s?$");
    private static final Pattern SAID_ES = Pattern.compile(".*(?:[cgsxz]|ch|sh)es$");
    private static final Pattern SAID_ED = Pattern.compile(".*[td]ed$");

    /** The counts a score is made from. */
    record Counts(int sentences, int words, int syllables) {

        /** The Flesch reading ease, or empty when there are no words to score. */
        java.util.OptionalDouble score() {
            if (words == 0 || sentences == 0) {
                return java.util.OptionalDouble.empty();
            }
            return java.util.OptionalDouble.of(206.835 - 1.015 * words / sentences - 84.6 * syllables / words);
        }
    }

    private ReadingEase() {
    }

    /** Counts the sentences, words and syllables of Markdown text. */
    static Counts count(String markdown) {
        return count(markdown, Examined.NOT_COUNTED);
    }

    /** As {@link #count(String)}, counting the characters read into {@code examined}. */
    static Counts count(String markdown, Examined examined) {
        return count(markdown, examined, ReadingEase::syllables);
    }

    /**
     * As {@link #count(String, Examined)}, with each word's syllables from {@code syllablesOf}: a caller that
     * counts many texts passes {@link #syllables} remembered, since the same words come back in every one.
     */
    static Counts count(String markdown, Examined examined, java.util.function.ToIntFunction<String> syllablesOf) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        for (String block : blocks(markdown, examined)) {
            int wordsHere = 0;
            String[] parts = SENTENCE_END.split(examined.watch(block));
            for (String part : parts) {
                Matcher m = WORD.matcher(examined.watch(part));
                int inSentence = 0;
                while (m.find()) {
                    inSentence++;
                    syllables += syllablesOf.applyAsInt(m.group());
                }
                if (inSentence > 0) {
                    sentences++;
                    wordsHere += inSentence;
                }
            }
            words += wordsHere;
        }
        return new Counts(sentences, words, syllables);
    }

    /** The text's blocks: paragraphs, headings and list items, with Markdown marks taken out. */
    static List<String> blocks(String markdown) {
        return blocks(markdown, Examined.NOT_COUNTED);
    }

    private static List<String> blocks(String markdown, Examined examined) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inCode = false;
        for (String raw : LINE_BREAK.split(markdown)) {
            String line = raw.strip();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                inCode = !inCode;
                flush(current, blocks, examined);
                continue;
            }
            if (inCode) {
                continue;
            }
            boolean starts = line.isEmpty() || line.startsWith("#") || LIST_ITEM.matcher(line).matches()
                    || line.startsWith("|") || line.startsWith(">");
            if (starts) {
                flush(current, blocks, examined);
            }
            if (!line.isEmpty()) {
                current.append(current.length() == 0 ? "" : " ").append(line);
                if (line.startsWith("#") || line.startsWith("|")) {
                    flush(current, blocks, examined);
                }
            }
        }
        flush(current, blocks, examined);
        return blocks;
    }

    private static void flush(StringBuilder current, List<String> blocks, Examined examined) {
        if (current.length() > 0) {
            String text = withoutLinkAddresses(examined.watch(current)); // links and images: their words only
            text = withoutTags(examined.watch(text));
            // Every address has "://" or "@": a block with neither is not searched for one from each character.
            if (text.indexOf("://") >= 0 || text.indexOf('@') >= 0) {
                text = ADDRESS.matcher(examined.watch(text)).replaceAll(" ");
            }
            text = BLOCK_MARK.matcher(examined.watch(text)).replaceAll(""); // heading, list and quote marks
            text = MARKUP.matcher(examined.watch(text)).replaceAll(" ");
            text = SPACES.matcher(examined.watch(text)).replaceAll(" ");
            if (!text.isBlank()) {
                blocks.add(text.strip());
            }
            current.setLength(0);
        }
    }

    /**
     * The text with each link or image, {@code [words](address)} or {@code ![words](address)}, replaced by its
     * words: what {@code !?\[([^\]]*)\]\([^)]*\)} replaced by {@code $1} gives, in one pass. A regular
     * expression would search on from every {@code [} for a {@code ]} that never comes, reading the rest of the
     * text again each time.
     */
    static String withoutLinkAddresses(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        while (true) {
            int open = indexOf(text, '[', from);
            int close = open < 0 ? -1 : indexOf(text, ']', open + 1);
            if (close < 0) {
                break; // no later link can close either
            }
            if (close + 1 < text.length() && text.charAt(close + 1) == '(') {
                int end = indexOf(text, ')', close + 2);
                if (end < 0) {
                    break;
                }
                int start = open > copied && text.charAt(open - 1) == '!' ? open - 1 : open;
                out.append(text, copied, start).append(text, open + 1, close);
                copied = end + 1;
                from = end + 1;
            } else {
                // Every [ before this ] closes here too, and none of them is a link.
                from = close + 1;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The text with each HTML tag, {@code <[^>]+>}, replaced by a space, in one pass. */
    static String withoutTags(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int from = 0;
        while (true) {
            int open = indexOf(text, '<', from);
            if (open < 0 || open + 1 >= text.length()) {
                break;
            }
            if (text.charAt(open + 1) == '>') {
                from = open + 1;
                continue;
            }
            int close = indexOf(text, '>', open + 1);
            if (close < 0) {
                break; // no later tag can close either
            }
            out.append(text, copied, open).append(' ');
            copied = close + 1;
            from = close + 1;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static int indexOf(CharSequence text, char wanted, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** The syllables of one word, by the heuristic described above. */
    static int syllables(String word) {
        if (word.contains("-")) {
            int sum = 0;
            for (String part : word.split("-")) {
                sum += part.isEmpty() ? 0 : syllables(part);
            }
            return Math.max(1, sum);
        }
        String w = word.replace("’", "'");
        if (w.length() >= 2 && w.length() <= 5 && w.equals(w.toUpperCase(Locale.ROOT))
                && !VOWELS.matcher(w.substring(1).toLowerCase(Locale.ROOT)).find()) {
            // An abbreviation with nothing to say as a word is read letter by letter; "W" is "double-u".
            int sum = 0;
            for (char c : w.toCharArray()) {
                sum += c == 'W' ? 3 : 1;
            }
            return sum;
        }
        w = POSSESSIVE.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("").replace("'", "");
        if (w.length() <= 3) {
            return 1;
        }
        if (w.endsWith("es") && !SAID_ES.matcher(w).matches()) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ed") && !SAID_ED.matcher(w).matches()) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        Matcher m = VOWELS.matcher(w);
        int groups = 0;
        while (m.find()) {
            groups++;
        }
        return Math.max(1, groups);
    }
}

package org.charterkit.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.charterkit.model.GlossaryEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Explains each abbreviation the glossary knows on its first use on a page: the first {@code SEND} in a page's
 * main content becomes {@code <abbr title="Special educational needs and disabilities">SEND</abbr>}. Families
 * reading a charter meet SEND, ICB and PfA in its first lines, and a charter cannot be expected to spell each one
 * out; doing it here, on the finished page, covers charters, extra pages and the knowledge base alike, and keeps
 * the templates free of logic.
 *
 * <p>An {@code <abbr>} rather than a link to the glossary: it adds no stop to the keyboard's path through a
 * page whose sentences may hold several abbreviations, and it leaves the author's own links the only links in
 * their text. The glossary, linked from every page's footer, holds the full definitions for readers who cannot
 * hover.
 *
 * <p>The pass runs on every page of every build and of each live-preview render, so it does no more than it must:
 * only the page's {@code <main>} stretch is parsed (with jsoup's source positions), and each explanation is
 * inserted into the page as the template wrote it, so the rest of the page is neither parsed nor written again,
 * and stays byte for byte the template's.
 */
final class Abbreviations {

    /**
     * Where an abbreviation is already explained or is not prose: left alone. A text area's words are read as
     * text (a tag put in would show as written) and an option holds text alone, so form fields are left too.
     */
    private static final Set<String> SKIPPED = Set.of("a", "abbr", "code", "pre", "script", "style", "kbd", "samp",
            "textarea", "select", "option", "optgroup", "datalist");

    /** The references templates write for punctuation; none of them reads as a letter or a number. */
    private static final List<String> PUNCTUATION = List.of("&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&nbsp;");

    private final Map<String, String> terms = new LinkedHashMap<>();
    /** Each abbreviation's opening tag, {@code <abbr title="...">}, its title escaped by jsoup as it writes pages. */
    private final Map<String, String> openings = new HashMap<>();
    private final Pattern words;
    /**
     * Whether every abbreviation is one word of letters and digits, as SEND, ICB and PfA are: then a use of one is
     * a whole word of the text, found by looking each word up, far quicker than trying every abbreviation at
     * every letter (what the pattern does, and what it finds is the same).
     */
    private final boolean wordsOnly;
    /**
     * The letters an abbreviation starts with, and its shortest and longest lengths: most words of a page are not
     * one, and these say so without cutting the word out to look it up.
     */
    private final java.util.BitSet starts = new java.util.BitSet();
    /** {@link #starts} below 128, where nearly every character of a page is, as a table read without a call. */
    private final boolean[] asciiStarts = new boolean[128];
    private final int shortest;
    private final int longest;

    Abbreviations(List<GlossaryEntry> glossary) {
        for (GlossaryEntry entry : glossary) {
            entry.abbreviations().forEach(a -> terms.putIfAbsent(a, entry.term()));
        }
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        terms.forEach((abbreviation, term) -> {
            String written = shell.body().appendElement("abbr").attr("title", term).outerHtml();
            openings.put(abbreviation, written.substring(0, written.length() - "</abbr>".length()));
            shell.body().empty();
        });
        // Longest first, so SENDIASS is found whole rather than as SEND.
        String alternatives = terms.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.words = terms.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
        this.wordsOnly = terms.keySet().stream().allMatch(a -> !a.isEmpty() && a.codePoints().allMatch(Abbreviations::wordy));
        terms.keySet().stream().filter(a -> !a.isEmpty()).forEach(a -> starts.set(a.codePointAt(0)));
        starts.stream().filter(c -> c < 128).forEach(c -> asciiStarts[c] = true);
        this.shortest = terms.keySet().stream().mapToInt(String::length).min().orElse(0);
        this.longest = terms.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** A letter or a number, as {@code [\\p{L}\\p{N}]} has it. */
    private static boolean wordy(int c) {
        if (c < 128) {
            // Most of a page is ASCII, where that is just these; the general test costs more than the rest.
            return asciiWordy((char) c);
        }
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** ASCII letters and digits, as bits: {@code 0-9} in the low word, {@code A-Z a-z} in the high. */
    private static final long DIGITS = 0x03FF_0000_0000_0000L;
    private static final long LETTERS = 0x07FF_FFFE_07FF_FFFEL;

    /** {@link #wordy} for a character below 128, small enough for the compiler to put in place of its call. */
    private static boolean asciiWordy(char c) {
        return ((c < 64 ? DIGITS >>> c : LETTERS >>> (c - 64)) & 1) != 0;
    }

    /**
     * The characters {@link #find} reads, made once for each text a caller searches again and again: when every
     * abbreviation is a word, a page's main is tens of thousands of characters, read as an array several times
     * quicker than asking the string for each one. {@code null} otherwise, when a pattern searches the string.
     */
    private char[] chars(String text) {
        return wordsOnly ? text.toCharArray() : null;
    }

    /**
     * Where the first abbreviation at or after {@code from} is in {@code whole}: {start, end}, or null.
     * {@code text} is {@link #chars} of it.
     *
     * <p>Only a letter or number an abbreviation starts with, with no letter or number before it (the pattern's
     * look-behind), can start one: every other character is passed over with one look at a table, and only the
     * words that start that way are read to their end and looked up. Most of a page is markup, spaces and words
     * in small letters, none of which starts SEND, ICB or PfA.
     */
    private int[] find(String whole, char[] text, int from) {
        if (!wordsOnly) {
            Matcher m = words.matcher(whole);
            return m.find(from) ? new int[] {m.start(), m.end()} : null;
        }
        int length = text.length;
        for (int i = from; i < length; i++) {
            char first = text[i];
            int c;
            if (first < 128) {
                if (!asciiStarts[first]) {
                    continue;
                }
                c = first;
            } else {
                c = Character.codePointAt(text, i);
                if (!starts.get(c)) {
                    continue;
                }
            }
            if (i > 0 && wordy(Character.codePointBefore(text, i))) {
                continue;
            }
            int end = i + Character.charCount(c);
            while (end < length) {
                char next = text[end];
                if (next < 128) {
                    if (!asciiWordy(next)) {
                        break;
                    }
                    end++;
                    continue;
                }
                int d = Character.codePointAt(text, end);
                if (!wordy(d)) {
                    break;
                }
                end += Character.charCount(d);
            }
            if (end - i >= shortest && end - i <= longest && terms.containsKey(new String(text, i, end - i))) {
                return new int[] {i, end};
            }
            // The rest of this word starts no other.
            i = end - 1;
        }
        return null;
    }

    /** The page with the first use of each abbreviation in its {@code <main>} explained; unchanged when none is. */
    String explain(String html) {
        return explained(html).page();
    }

    /**
     * What one pass over a page did: the page, how many characters of it jsoup parsed, and whether it was parsed
     * and written out whole (the way kept for a page whose text cannot be mapped back to its source safely).
     */
    record Explained(String page, int parsed, boolean whole) {
    }

    /**
     * The page explained, by parsing only its {@code <main>} stretch and writing each {@code <abbr>} into the
     * page as the template made it, at the place jsoup read the word from: the rest of the page is not parsed,
     * and not one byte of it is written again. Where a word's place in the source cannot be shown to be right (a
     * text jsoup gives no place for, a cut that would fall inside a character reference, texts out of source
     * order), the page is parsed and written whole, as the pass always did; {@link Explained#whole()} says so.
     */
    Explained explained(String html) {
        if (words == null) {
            return new Explained(html, 0, false);
        }
        int start = mainTag(html);
        if (start < 0) {
            return new Explained(html, 0, false);
        }
        int close = tag(html, "</main", start, true);
        String stretch = html.substring(start, close < 0 ? html.length() : endOfTag(html, close));
        Map<String, Integer> firsts = firstWritten(stretch);
        if (firsts.isEmpty() && writtenWithReferences(stretch).isEmpty()) {
            return new Explained(html, 0, false);
        }
        int enough = enough(stretch, firsts);
        if (enough < stretch.length()) {
            Explained quick = explainedIn(html, start, stretch.substring(0, enough), firsts);
            if (quick != null) {
                return quick;
            }
        }
        return explainedIn(html, start, stretch, null);
    }

    /**
     * Where each abbreviation is first written in {@code stretch}, as a word of its source, tags and all: no use
     * of it in the page's text can come before that. In the order they come.
     */
    private Map<String, Integer> firstWritten(String stretch) {
        Map<String, Integer> firsts = new LinkedHashMap<>();
        char[] chars = chars(stretch);
        for (int[] m = find(stretch, chars, 0); m != null && firsts.size() < terms.size();
                m = find(stretch, chars, m[1])) {
            firsts.putIfAbsent(stretch.substring(m[0], m[1]), m[0]);
        }
        return firsts;
    }

    /**
     * How much of the main stretch the pass needs to parse: up to the end of the text that holds the last of the
     * abbreviations' first written uses. A long page (the self-evaluation form is about 90,000 characters of
     * main) usually names its abbreviations in its first lines, and the rest cannot change what is explained: a
     * use of an abbreviation comes no earlier than where it is first written. The whole stretch when that cannot
     * be shown: an abbreviation that only its character references spell, or an {@code <abbr>} of the author's
     * after the cut (it would count as explained).
     */
    private int enough(String stretch, Map<String, Integer> firsts) {
        if (firsts.isEmpty()) {
            return stretch.length();
        }
        int last = 0;
        for (Map.Entry<String, Integer> first : firsts.entrySet()) {
            last = Math.max(last, first.getValue() + first.getKey().length());
        }
        int cut = stretch.indexOf('<', last);
        if (cut < 0 || tag(stretch, "<abbr", cut, false) >= 0) {
            return stretch.length();
        }
        if (!firsts.keySet().containsAll(writtenWithReferences(stretch))) {
            return stretch.length();
        }
        return cut;
    }

    /**
     * Whether every character reference in {@code text} is one of {@link #PUNCTUATION}: then none can spell an
     * abbreviation that the text as written does not, and the text need not be read with its references.
     */
    private static boolean onlyPunctuationReferences(String text) {
        for (int amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', amp + 1)) {
            if (!punctuationAt(text, amp)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of {@link #PUNCTUATION} starts at {@code at}. */
    private static boolean punctuationAt(String text, int at) {
        for (String reference : PUNCTUATION) {
            if (text.startsWith(reference, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page explained from a parse of {@code stretch}, which starts at {@code start} in the page: the whole
     * main stretch, or, with {@code firsts}, only its beginning. Then the result is taken only when every
     * abbreviation's first written use turned out to be the use explained (one first written inside a link, say,
     * may be used later on), and null is returned otherwise, for the whole stretch to be parsed.
     */
    private Explained explainedIn(String html, int start, String stretch, Map<String, Integer> firsts) {
        Document parsed = Parser.htmlParser().setTrackPosition(true).parseInput(stretch, "");
        Element main = parsed.selectFirst("main");
        if (main == null || main.sourceRange().isImplicit() || main.sourceRange().startPos() != 0) {
            return firsts != null ? null : whole(html, stretch.length());
        }
        Set<String> explained = new HashSet<>(main.select("abbr").eachText());
        Map<String, Integer> expected = null;
        if (firsts != null) {
            expected = new HashMap<>(firsts);
            expected.keySet().removeAll(explained);
        }
        List<TextNode> texts = prose(main);
        StringBuilder page = null;
        int written = 0;
        for (TextNode text : texts) {
            List<int[]> uses = uses(text.getWholeText(), explained);
            if (uses.isEmpty()) {
                continue;
            }
            int[] at = sourceOf(text, uses, html, start);
            // A text the parser moved (out of a table, say) may come before one it read earlier: the page is then
            // not written in one pass from start to end, and is made the old way.
            if (at == null || at[0] < written) {
                return firsts != null ? null : whole(html, stretch.length());
            }
            if (page == null) {
                page = new StringBuilder(html.length() + 512);
            }
            for (int i = 0; i < uses.size(); i++) {
                int from = at[2 * i];
                int to = at[2 * i + 1];
                String word = text.getWholeText().substring(uses.get(i)[0], uses.get(i)[1]);
                if (expected != null && !Integer.valueOf(from - start).equals(expected.remove(word))) {
                    return null;
                }
                page.append(html, written, from).append(openings.get(word)).append(html, from, to).append("</abbr>");
                written = to;
            }
        }
        if (expected != null && !expected.isEmpty()) {
            return null;
        }
        if (page == null) {
            return new Explained(html, stretch.length(), false);
        }
        return new Explained(page.append(html, written, html.length()).toString(), stretch.length(), false);
    }

    /**
     * The first use of each abbreviation not yet explained in one text, {start, end} in the text as read, in
     * order; each is added to {@code explained}. After a use, the search goes on in the text that follows it as
     * if that were a text of its own, as the pass always has (it split the text there).
     */
    private List<int[]> uses(String whole, Set<String> explained) {
        List<int[]> uses = new ArrayList<>(1);
        int base = 0;
        String rest = whole;
        char[] chars = chars(rest);
        int from = 0;
        for (int[] m = find(rest, chars, from); m != null; m = find(rest, chars, from)) {
            String group = rest.substring(m[0], m[1]);
            if (explained.add(group)) {
                uses.add(new int[] {base + m[0], base + m[1]});
                base += m[1];
                rest = rest.substring(m[1]);
                chars = chars(rest);
                from = 0;
            } else {
                from = m[1];
            }
        }
        return uses;
    }

    /**
     * Where each use is in the page: {start, end, start, end...} as offsets into {@code html}, or null when the
     * text's source cannot be shown to read as the text does around each use. A character reference
     * ({@code &amp;}, {@code &#39;}, {@code &nbsp;}) is one character of the text and several of the source, so
     * offsets are carried across each one; every cut is then checked by having jsoup read each piece of the
     * source between the cuts on its own, as a browser will once the tags are in: each must read as the text's
     * piece does. Null also when jsoup did not record where the text came from.
     */
    private static int[] sourceOf(TextNode text, List<int[]> uses, String html, int offset) {
        Range range = text.sourceRange();
        if (!range.isTracked() || range.isImplicit()) {
            return null;
        }
        int from = offset + range.startPos();
        int to = offset + range.endPos();
        String whole = text.getWholeText();
        String source = html.substring(from, to);
        int[] at = new int[2 * uses.size()];
        if (source.indexOf('&') < 0) {
            if (!source.equals(whole)) {
                return null;
            }
            for (int i = 0; i < uses.size(); i++) {
                at[2 * i] = from + uses.get(i)[0];
                at[2 * i + 1] = from + uses.get(i)[1];
            }
            return at;
        }
        int[] raw = rawOffsets(source, whole);
        if (raw == null) {
            return null;
        }
        int cut = 0;
        int read = 0;
        for (int i = 0; i < uses.size(); i++) {
            for (int end : uses.get(i)) {
                if (raw[end] < 0 || !Parser.unescapeEntities(source.substring(cut, raw[end]), false)
                        .equals(whole.substring(read, end))) {
                    return null;
                }
                cut = raw[end];
                read = end;
            }
            at[2 * i] = from + raw[uses.get(i)[0]];
            at[2 * i + 1] = from + raw[uses.get(i)[1]];
        }
        if (!Parser.unescapeEntities(source.substring(cut), false).equals(whole.substring(read))) {
            return null;
        }
        return at;
    }

    /**
     * For each offset in the text as read, the offset in its source where that character starts; -1 inside what
     * one character reference reads as. A reference is taken to run from its {@code &} over the letters, digits
     * and {@code #} that follow, and a {@code ;}, which is as far as a reader of HTML looks; what it reads as is
     * jsoup's to say. Null when the pieces do not read as the text.
     */
    private static int[] rawOffsets(String source, String whole) {
        int[] raw = new int[whole.length() + 1];
        int t = 0;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c != '&') {
                if (t >= whole.length() || whole.charAt(t) != c) {
                    return null;
                }
                raw[t++] = i++;
                continue;
            }
            int j = i + 1;
            if (j < source.length() && source.charAt(j) == '#') {
                j++;
            }
            while (j < source.length() && Character.isLetterOrDigit(source.charAt(j))) {
                j++;
            }
            if (j < source.length() && source.charAt(j) == ';') {
                j++;
            }
            String reads = Parser.unescapeEntities(source.substring(i, j), false);
            if (reads.isEmpty() || !whole.startsWith(reads, t)) {
                return null;
            }
            raw[t] = i;
            java.util.Arrays.fill(raw, t + 1, t + reads.length(), -1);
            t += reads.length();
            i = j;
        }
        if (t != whole.length()) {
            return null;
        }
        raw[t] = source.length();
        return raw;
    }

    /**
     * The pass's old way, kept for a page whose main text cannot be mapped back to its source: the whole page
     * parsed, the explanations put into its tree, and the tree written out again (which also rewrites what the
     * template wrote elsewhere, as jsoup writes it). {@code tried} is what was parsed before giving up on the
     * quick way, counted into {@link Explained#parsed()}.
     */
    Explained whole(String html, int tried) {
        Document page = Jsoup.parse(html);
        Element main = page.selectFirst("main");
        if (main == null) {
            return new Explained(html, tried + html.length(), true);
        }
        Set<String> explained = new HashSet<>(main.select("abbr").eachText());
        List<TextNode> texts = prose(main);
        boolean changed = false;
        for (TextNode text : texts) {
            changed |= explainIn(text, explained);
        }
        if (!changed) {
            return new Explained(html, tried + html.length(), true);
        }
        page.outputSettings().prettyPrint(false);
        return new Explained(page.outerHtml(), tried + html.length(), true);
    }

    /**
     * The abbreviations {@code stretch} spells once its character references are read as jsoup reads them: none
     * when it has no reference, or when every abbreviation is a word and every reference one of
     * {@link #PUNCTUATION}, which spell no letter or number (an abbreviation such as A&E, written {@code A&amp;E},
     * is spelt by one). With
     * {@link #firstWritten}, whether the page may have an abbreviation to explain without parsing it: the stretch
     * holds every word of the main content (and tags, which only make it say yes more often), and a page that
     * spells none there, the parse would leave unchanged.
     */
    private Set<String> writtenWithReferences(String stretch) {
        return stretch.indexOf('&') < 0 || (wordsOnly && onlyPunctuationReferences(stretch)) ? Set.of()
                : firstWritten(Parser.unescapeEntities(stretch, false)).keySet();
    }

    /** Where the page's {@code <main>} tag starts, in any case; -1 if it has none. */
    private static int mainTag(String html) {
        for (int i = tag(html, "<main", 0, false); i >= 0; i = tag(html, "<main", i + 1, false)) {
            int after = i + "<main".length();
            if (after == html.length() || " \t\n\r\f/>".indexOf(html.charAt(after)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Just after the {@code >} that ends the tag starting at {@code at}; the page's end if none does. */
    private static int endOfTag(String html, int at) {
        int gt = html.indexOf('>', at);
        return gt < 0 ? html.length() : gt + 1;
    }

    /** The first (or last) place at or after {@code from} where {@code tag} starts, in any case; -1 if none. */
    private static int tag(String html, String tag, int from, boolean last) {
        for (int i = last ? html.lastIndexOf('<') : html.indexOf('<', from); i >= from;
                i = last ? html.lastIndexOf('<', i - 1) : html.indexOf('<', i + 1)) {
            // Most tags differ in the character after their '<': compared first, as it is cheap.
            if (i + 1 < html.length() && Character.toLowerCase(html.charAt(i + 1)) == tag.charAt(1)
                    && html.regionMatches(true, i, tag, 0, tag.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Wraps the first unexplained abbreviation in one text node, then carries on in the rest of it. */
    private boolean explainIn(TextNode text, Set<String> explained) {
        String whole = text.getWholeText();
        char[] chars = chars(whole);
        for (int[] m = find(whole, chars, 0); m != null; m = find(whole, chars, m[1])) {
            String group = whole.substring(m[0], m[1]);
            if (explained.add(group)) {
                // jsoup splits only inside a text, never at its very start or end.
                int length = whole.length();
                TextNode word = m[0] == 0 ? text : text.splitText(m[0]);
                TextNode rest = m[1] < length ? word.splitText(m[1] - m[0]) : null;
                word.replaceWith(new Element("abbr").attr("title", terms.get(group)).text(group));
                if (rest != null) {
                    explainIn(rest, explained);
                }
                return true;
            }
        }
        return false;
    }

    /** The texts of {@code main} in document order, but none inside a link, code or an abbreviation. */
    private static List<TextNode> prose(Element main) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    texts.add(text);
                } else if (node != main && node instanceof Element e && SKIPPED.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, main);
        return texts;
    }
}

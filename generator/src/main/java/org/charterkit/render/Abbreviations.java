package org.charterkit.render;

import java.util.ArrayList;
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
import org.jsoup.nodes.TextNode;
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
 */
final class Abbreviations {

    /** Where an abbreviation is already explained or is not prose: left alone. */
    private static final Set<String> SKIPPED = Set.of("a", "abbr", "code", "pre", "script", "style", "kbd", "samp");

    private final Map<String, String> terms = new LinkedHashMap<>();
    private final Pattern words;
    /**
     * Whether every abbreviation is one word of letters and digits, as SEND, ICB and PfA are: then a use of one is
     * a whole word of the text, found by looking each word up, far quicker than trying every abbreviation at
     * every letter (what the pattern does, and what it finds is the same).
     */
    private final boolean wordsOnly;

    Abbreviations(List<GlossaryEntry> glossary) {
        for (GlossaryEntry entry : glossary) {
            entry.abbreviations().forEach(a -> terms.putIfAbsent(a, entry.term()));
        }
        // Longest first, so SENDIASS is found whole rather than as SEND.
        String alternatives = terms.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.words = terms.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
        this.wordsOnly = terms.keySet().stream().allMatch(a -> !a.isEmpty() && a.codePoints().allMatch(Abbreviations::wordy));
    }

    /** A letter or a number, as {@code [\\p{L}\\p{N}]} has it. */
    private static boolean wordy(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Where the first abbreviation at or after {@code from} is in {@code text}: {start, end}, or null. */
    private int[] find(String text, int from) {
        if (!wordsOnly) {
            Matcher m = words.matcher(text);
            return m.find(from) ? new int[] {m.start(), m.end()} : null;
        }
        int i = from;
        int length = text.length();
        // A word starts only where no letter or number is before it, as the pattern's look-behind says.
        if (i > 0 && i < length && wordy(text.codePointBefore(i)) && wordy(text.codePointAt(i))) {
            while (i < length && wordy(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        while (i < length) {
            int c = text.codePointAt(i);
            if (!wordy(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < length && wordy(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (terms.containsKey(text.substring(start, i))) {
                return new int[] {start, i};
            }
        }
        return null;
    }

    /** The page with the first use of each abbreviation in its {@code <main>} explained; unchanged when none is. */
    String explain(String html) {
        if (words == null || !mayExplain(html)) {
            return html;
        }
        Document page = Jsoup.parse(html);
        Element main = page.selectFirst("main");
        if (main == null) {
            return html;
        }
        Set<String> explained = new HashSet<>(main.select("abbr").eachText());
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !insideSkipped(text, main)) {
                texts.add(text);
            }
        }, main);
        boolean changed = false;
        for (TextNode text : texts) {
            changed |= explainIn(text, explained);
        }
        if (!changed) {
            return html;
        }
        page.outputSettings().prettyPrint(false);
        return page.outerHtml();
    }

    /**
     * Whether the page may have an abbreviation to explain, without parsing it: whether one is written between
     * the first {@code <main} and the last {@code </main>}, its character references read as jsoup reads them. That
     * stretch holds every word of the main content (and tags, which only make it say yes more often); a page
     * that has none there, the parse would leave unchanged.
     */
    private boolean mayExplain(String html) {
        if (!wordsOnly) {
            return words.matcher(html).find();
        }
        int start = tag(html, "<main", 0, false);
        if (start < 0) {
            return false;
        }
        int end = tag(html, "</main", start, true);
        end = end < 0 ? html.length() : end;
        String main = html.substring(start, end);
        if (main.indexOf('&') >= 0) {
            main = org.jsoup.parser.Parser.unescapeEntities(main, false);
        }
        return find(main, 0) != null;
    }

    /** The first (or last) place at or after {@code from} where {@code tag} starts, in any case; -1 if none. */
    private static int tag(String html, String tag, int from, boolean last) {
        for (int i = last ? html.lastIndexOf('<') : html.indexOf('<', from); i >= from;
                i = last ? html.lastIndexOf('<', i - 1) : html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i, tag, 0, tag.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Wraps the first unexplained abbreviation in one text node, then carries on in the rest of it. */
    private boolean explainIn(TextNode text, Set<String> explained) {
        String whole = text.getWholeText();
        for (int[] m = find(whole, 0); m != null; m = find(whole, m[1])) {
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

    private static boolean insideSkipped(Node node, Element main) {
        for (Node n = node.parentNode(); n != null && n != main; n = n.parentNode()) {
            if (n instanceof Element e && SKIPPED.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }
}

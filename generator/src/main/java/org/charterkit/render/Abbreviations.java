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

    Abbreviations(List<GlossaryEntry> glossary) {
        for (GlossaryEntry entry : glossary) {
            entry.abbreviations().forEach(a -> terms.putIfAbsent(a, entry.term()));
        }
        // Longest first, so SENDIASS is found whole rather than as SEND.
        String alternatives = terms.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.words = terms.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    /** The page with the first use of each abbreviation in its {@code <main>} explained; unchanged when none is. */
    String explain(String html) {
        if (words == null || !words.matcher(html).find()) {
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

    /** Wraps the first unexplained abbreviation in one text node, then carries on in the rest of it. */
    private boolean explainIn(TextNode text, Set<String> explained) {
        Matcher m = words.matcher(text.getWholeText());
        while (m.find()) {
            if (explained.add(m.group())) {
                // jsoup splits only inside a text, never at its very start or end.
                int length = text.getWholeText().length();
                TextNode word = m.start() == 0 ? text : text.splitText(m.start());
                TextNode rest = m.end() < length ? word.splitText(m.end() - m.start()) : null;
                word.replaceWith(new Element("abbr").attr("title", terms.get(m.group())).text(m.group()));
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

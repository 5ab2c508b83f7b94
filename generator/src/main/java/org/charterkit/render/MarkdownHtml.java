package org.charterkit.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import org.charterkit.html.CharterHtml;
import org.charterkit.model.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Renders the Markdown fragments of charters and pages to HTML, then removes what a charter may not carry
 * ({@link CharterHtml}): scripts, styles, event handlers and every URL that is not a web, mail or relative
 * address. The check has already warned, with a location, about each removal.
 */
public final class MarkdownHtml {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(HtmlRenderer.SOFT_BREAK, " ")
            .toImmutable();

    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private static final String BASE = CharterHtml.BASE;

    /** Images from other sites: their addresses name a scheme ({@code https:}) or start {@code //}. */
    private static final Evaluator REMOTE_IMAGES = QueryParser.parse("img[src~=(?i)^([a-z][a-z0-9+.-]*:|//)]");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    /**
     * Each fragment rendered once per build: a charter's commitments and definitions appear on several pages, and
     * rendering was most of a build's time. One instance serves one build, so the memo is not shared state;
     * it is concurrent because the printed charters are made on several threads.
     */
    private final Map<String, String> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The fragments whose headings are raised ({@link Markdown#raised}), apart from the same words at their own
     * level; keyed by the whole fragment, its place included, as they are few.
     */
    private final Map<Markdown, String> renderedRaised = new java.util.concurrent.ConcurrentHashMap<>();

    /** Each fragment's words once, as {@link #text} gives them: the search index reads every fragment of a site. */
    private final Map<String, String> words = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A block of Markdown as the words a reader sees, without markup: what the search index holds. Remembered as
     * the HTML is, so that the live preview reads again only the fragments an edit changed.
     */
    public String text(Markdown markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        return words.computeIfAbsent(markdown.source(), source -> Jsoup.parseBodyFragment(block(markdown)).text());
    }

    /** A block of Markdown (paragraphs, lists, headings) as clean HTML. */
    public String block(Markdown markdown) {
        if (markdown.isBlank()) {
            return "";
        }
        if (markdown.raised() != 0) {
            return renderedRaised.computeIfAbsent(markdown,
                    m -> finished(flexmark(m.source(), m.raised())));
        }
        return rendered.computeIfAbsent(markdown.source(), MarkdownHtml::render);
    }

    private static String render(String source) {
        return finished(flexmark(source));
    }

    /** As high as a raised heading goes: under the section's own heading, the page's {@code h2}. */
    private static final int HIGHEST_RAISED = 3;

    /**
     * Flexmark's HTML of a fragment whose headings are shown {@code raised} levels above where they are written
     * (below, when it is negative), never above {@code h3}, under the section's {@code h2}, nor below {@code h6}.
     */
    static String flexmark(String source, int raised) {
        com.vladsch.flexmark.util.ast.Document document = PARSER.parse(source);
        if (raised != 0) {
            for (com.vladsch.flexmark.util.ast.Node node : document.getDescendants()) {
                if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                    heading.setLevel(Math.min(6, Math.max(HIGHEST_RAISED, heading.getLevel() - raised)));
                }
            }
        }
        return RENDERER.render(document);
    }

    /** Flexmark's HTML of a fragment, before cleaning. */
    static String flexmark(String source) {
        return flexmark(source, 0);
    }

    /** Flexmark's HTML as a page shows it: cleaned, unless there is nothing to clean. */
    static String finished(String html) {
        // Most fragments are one sentence of words: Flexmark's paragraph, with no tag or character reference in it,
        // has nothing to clean, and is what cleaning would give back (the words as jsoup writes them).
        return plainParagraph(html) ? html.strip() : cleaned(html);
    }

    /** Flexmark's HTML, cleaned: what a charter may not carry removed, written as jsoup writes it. */
    static String cleaned(String html) {
        Document clean = CharterHtml.clean(Jsoup.parseBodyFragment(html, BASE));
        clean.outputSettings(OUTPUT);
        // Pages must not fetch anything from elsewhere: an image from another site would tell that site who
        // reads the charter. Its alt text stays, so the reader loses no words.
        for (Element image : clean.select(REMOTE_IMAGES)) {
            image.replaceWith(new TextNode(image.attr("alt")));
        }
        return clean.body().html().strip();
    }

    /**
     * Whether {@code html} is one paragraph of words alone: no tag but its {@code <p>}, and none of the characters
     * jsoup would write differently ({@code & < >}, a no-break space) or read differently (a NUL, a carriage
     * return).
     */
    static boolean plainParagraph(String html) {
        if (!html.startsWith("<p>") || !html.endsWith("</p>\n")) {
            return false;
        }
        int end = html.length() - "</p>\n".length();
        for (int i = "<p>".length(); i < end; i++) {
            char c = html.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '\u00A0' || c == '\0' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** One paragraph's worth of Markdown (a commitment, a definition line) as clean HTML without the {@code <p>}. */
    public String inline(Markdown markdown) {
        String html = block(markdown);
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }
}

package org.charterkit.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The HTML a charter keeps: text structure, tables, links to web, mail and relative addresses, and local
 * images. Charters arrive as pull requests from people we may not know, so scripts, styles, frames, forms,
 * event handlers and every other kind of address are removed before a page is written.
 */
public final class CharterHtml {

    /** A stand-in base so jsoup can judge relative links; it never appears in output. */
    public static final String BASE = "https://charterkit.invalid/";

    /** Built once and never changed afterwards; only this class uses it. */
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("abbr", "figure", "figcaption", "hr")
            .addAttributes("abbr", "title")
            .addAttributes(":all", "lang")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    private CharterHtml() {
    }

    /** A copy of {@code dirty} with everything a charter may not carry removed. */
    public static Document clean(Document dirty) {
        return new Cleaner(SAFELIST).clean(dirty);
    }

    /**
     * What cleaning would remove from this piece of raw HTML, in words a charter's author can act on
     * (the script element, the on-click attribute of a link, each named as the author wrote it), each once, in
     * the order found.
     */
    public static List<String> removals(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Set<String> found = new LinkedHashSet<>();
        // Elements jsoup puts in the head (script, style, meta, link) are removed as surely as those in the body.
        List<Element> elements = new ArrayList<>(dirty.head().getAllElements().subList(1, dirty.head()
                .getAllElements().size()));
        elements.addAll(dirty.body().getAllElements().subList(1, dirty.body().getAllElements().size()));
        for (Element element : elements) {
            String tag = element.normalName();
            if (!SAFELIST.isSafeTag(tag)) {
                found.add("the `<" + tag + ">` element");
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                if (!SAFELIST.isSafeAttribute(tag, element, attribute)) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    found.add(isAddress(name) && !attribute.getValue().isBlank()
                            ? "the address `" + shorten(attribute.getValue()) + "` of `<" + tag + ">`"
                            : "the `" + name + "` attribute of `<" + tag + ">`");
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean isAddress(String attribute) {
        return attribute.equals("href") || attribute.equals("src") || attribute.equals("cite");
    }

    private static String shorten(String value) {
        String oneLine = value.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }
}

package org.charterkit.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.charterkit.load.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A guide's text with an address on each of its sections, and the list of those sections, so a long guide can
 * open with "On this page". The addresses are made from the headings' words ({@code #who-makes-the-decisions}),
 * so a link to a section survives sections being added around it.
 *
 * @param html     the guide's HTML, each {@code h2} with an {@code id}
 * @param sections the {@code h2} sections in order
 */
public record GuideText(String html, List<Section> sections) {

    /** A guide with at least this many sections is long enough to need a list of them. */
    public static final int CONTENTS_FROM = 4;

    /** Ids the page around the guide uses, which a section must not take. */
    private static final Set<String> PAGE_IDS = Set.of("main", "area-commitments-title", "sources-title",
            "on-this-page-title", "site-search-q", "site-search-status", "site-search-results", "area-nav-title");

    public GuideText {
        sections = List.copyOf(sections);
    }

    /** One section: its address on the page and its heading's words. */
    public record Section(String id, String heading) {
    }

    /** Gives each {@code h2} of {@code html} (clean HTML, as {@link MarkdownHtml} makes it) an address. */
    public static GuideText of(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Set<String> taken = new HashSet<>(PAGE_IDS);
        List<Section> sections = new ArrayList<>();
        for (Element heading : document.body().select("h2")) {
            String base = Slugs.slugify(heading.text());
            if (base.isEmpty()) {
                base = "section";
            }
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "-" + n;
            }
            heading.attr("id", id);
            sections.add(new Section(id, heading.text()));
        }
        return new GuideText(sections.isEmpty() ? html : document.body().html(), sections);
    }

    /** Whether the guide is long enough to open with a list of its sections. */
    public boolean hasContents() {
        return sections.size() >= CONTENTS_FROM;
    }
}

package org.charterkit.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.model.CentreSection;
import org.charterkit.model.CharterSection;
import org.charterkit.model.Commitment;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.FreeSection;
import org.charterkit.model.GlossaryEntry;
import org.charterkit.model.InvolvementSection;
import org.charterkit.model.KnowledgePage;
import org.charterkit.model.Markdown;
import org.charterkit.model.EasyReadItem;
import org.charterkit.model.Page;
import org.charterkit.model.Project;
import org.charterkit.model.ScaleLevel;
import org.charterkit.model.SpectrumSection;
import org.charterkit.plan.Planner;

/**
 * The search index: every commitment, charter section, extra page, guide and glossary term of the current
 * charters, as plain text with the site address it is found at, for the search script in every page's header.
 *
 * <p>It is split so that a first search stays small on a site of a thousand areas. The top-level index,
 * {@code search-index.js}, holds the knowledge base, the glossary and one short document per area (its title,
 * name, summary and section headings), and lists every area's own index with its size. Each area's own index,
 * {@code <area>/search-index.js}, holds the rest of that area: its full overview, sections, commitments and
 * pages. The search script searches the top-level index first and loads the indexes of the areas it names;
 * when all the areas' indexes together are small it loads them all at once, otherwise it loads the others in
 * the background, one by one.
 *
 * <p>Each file is a script rather than JSON: a browser reading the site from its files ({@code file://})
 * refuses to fetch a JSON file but runs a script. The top-level one sets the global {@code
 * charterkitSearchIndex}; an area's one adds itself to {@code charterkitSearchAreas} under the area's folder
 * name. The documents come in the order of the site (the knowledge base, the glossary, then each area in turn
 * and its charter in the order written), with no date or other changing value, so the same project always
 * gives the same bytes. Addresses are from the site's root; the script makes them relative to itself, so the
 * site works under any sub-path.
 */
public final class SearchIndex {

    /** The group the knowledge base and the glossary are found under; an area's results are under its name. */
    /** The key of the group the knowledge base and the glossary are listed under, in the site's language. */
    static final String KNOWLEDGE_GROUP = "words.search.knowledge";

    /** The global the top-level index script sets. */
    public static final String GLOBAL = "charterkitSearchIndex";

    /** The global each area's index script adds itself to, under the area's folder name. */
    public static final String AREAS_GLOBAL = "charterkitSearchAreas";

    /** Where an area's own index is, from the site's root. */
    public static String areaPath(String slug) {
        return slug + "/search-index.js";
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final MarkdownHtml markdown;
    private final List<Map<String, Object>> documents = new ArrayList<>();
    /** The id of this index's first document: an area's part of the top-level index starts after those before it. */
    private final int firstId;

    SearchIndex(MarkdownHtml markdown) {
        this(markdown, 0);
    }

    private SearchIndex(MarkdownHtml markdown, int firstId) {
        this.markdown = markdown;
        this.firstId = firstId;
    }

    /**
     * What one area gives the index: its documents in the top-level index, numbered from {@code overview}, and
     * its own index script. The live preview keeps it for each area an edit did not touch.
     */
    record AreaPart(int overview, List<Map<String, Object>> top, String script) {
    }

    static Map<String, String> scripts(Project project, MarkdownHtml markdown, ThemeMessages messages) {
        return scripts(project, markdown, messages, null);
    }

    /**
     * The index scripts for the current text of every area, the knowledge base and the glossary: the top-level
     * one at {@link Planner#SEARCH_INDEX_PATH}, then each area's, in the site's order, by path from the root.
     */
    static Map<String, String> scripts(Project project, MarkdownHtml markdown, ThemeMessages messages,
            java.util.IdentityHashMap<Area, AreaPart> kept) {
        SearchIndex top = new SearchIndex(markdown);
        // The site's own pages speak English; each area's documents speak its charter's language.
        Words site = new Words(messages, java.util.Locale.UK);
        for (KnowledgePage k : project.knowledgePages()) {
            top.add(k.title(), k.summary() + " " + top.text(k.body()), site.message(KNOWLEDGE_GROUP),
                    site.of(Planner.KNOWLEDGE_TITLE),
                    "knowledge/" + k.slug() + "/");
        }
        for (GlossaryEntry g : project.glossary()) {
            String title = g.abbreviation().isEmpty() ? g.term() : g.term() + " (" + g.abbreviation() + ")";
            top.add(title, String.join(" ", g.spellings()) + " " + g.definition(), site.message(KNOWLEDGE_GROUP),
                    site.of(Planner.GLOSSARY_TITLE), "glossary/#" + g.anchor());
        }
        Map<String, String> scripts = new LinkedHashMap<>();
        List<Map<String, Object>> areas = new ArrayList<>();
        List<Area> editions = new ArrayList<>();
        for (Area area : project.areas()) {
            editions.add(area);
            // Each translation is searched as an area of its own, at its own folder, its documents in its language.
            area.translations().forEach(t -> editions.add(area.inLanguage(t)));
        }
        for (Area area : editions) {
            int overview = top.documents.size();
            AreaPart part = kept == null ? null : kept.get(area);
            if (part == null || part.overview() != overview) {
                SearchIndex mine = new SearchIndex(markdown, overview);
                SearchIndex own = new SearchIndex(markdown);
                mine.area(area, own, new Words(messages, java.util.Locale.forLanguageTag(area.charter().language())));
                if (area.slug().contains("/") || !area.translations().isEmpty()) {
                    // The results say which language each page is in, where the charter is in more than one.
                    String language = area.charter().language();
                    String name = org.charterkit.plan.Alternate.ownName(language);
                    mine.documents.forEach(d -> language(d, language, name));
                    own.documents.forEach(d -> language(d, language, name));
                }
                part = new AreaPart(overview, mine.documents, "(window." + AREAS_GLOBAL + " = window."
                        + AREAS_GLOBAL + " || {})[" + json(area.slug()) + "] = "
                        + json(Map.of("documents", own.documents)) + ";\n");
            }
            if (kept != null) {
                kept.put(area, part);
            }
            top.documents.addAll(part.top());
            String script = part.script();
            scripts.put(areaPath(area.slug()), script);
            Map<String, Object> listed = new LinkedHashMap<>();
            listed.put("a", area.slug());
            // Its size, so that the script can tell whether every area together is small enough to load at once.
            listed.put("s", script.length());
            areas.add(listed);
        }
        if (kept != null) {
            // Only the areas there are now: an area edited or gone is not kept.
            java.util.Set<Area> now = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            now.addAll(editions);
            kept.keySet().retainAll(now);
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("documents", top.documents);
        index.put("areas", areas);
        Map<String, String> all = new LinkedHashMap<>();
        all.put(Planner.SEARCH_INDEX_PATH, "window." + GLOBAL + " = " + json(index) + ";\n");
        all.putAll(scripts);
        return all;
    }

    /** {@code l} the language tag of a document's page, and {@code n} that language's own name, to show by it. */
    private static void language(Map<String, Object> document, String language, String name) {
        document.put("l", language);
        document.put("n", name);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An area: a short overview document here, in the top-level index, found by the area's name, title, summary
     * and headings; everything else in the area's {@code own} index. The own index repeats the overview with
     * the same id and the introduction's words, to take its place once loaded.
     */
    private void area(Area area, SearchIndex own, Words words) {
        Charter charter = area.charter();
        String group = charter.areaName();
        String base = area.slug() + "/";
        StringBuilder headings = new StringBuilder();
        for (CharterSection section : charter.sections()) {
            if (section instanceof CornerstoneSection s) {
                headings.append(' ').append(s.numberedName());
            } else if (section instanceof SpectrumSection s) {
                headings.append(' ').append(s.heading());
            } else if (section instanceof InvolvementSection s) {
                headings.append(' ').append(s.heading());
            } else if (section instanceof CentreSection s) {
                headings.append(' ').append(s.heading());
            } else if (section instanceof FreeSection s) {
                headings.append(' ').append(s.heading());
            }
        }
        int overview = firstId + documents.size();
        String overviewName = words.message("words.search.overview");
        add(charter.title(), group + " " + charter.summary() + headings, group, overviewName, base);
        documents.get(overview - firstId).put("a", area.slug());
        own.add(charter.title(), group + " " + charter.summary() + headings + " " + text(charter.introduction()),
                group, overviewName, base);
        // The same id as in the top-level index, so that the full overview replaces the short one.
        own.documents.get(0).put("id", overview);
        for (CharterSection section : charter.sections()) {
            if (section instanceof CornerstoneSection s) {
                String name = s.numberedName();
                own.add(name, text(s.leadIn()) + " " + text(s.closing()), group, words.message("words.search.cornerstone"),
                        base + "cornerstones/" + s.cornerstone().id() + "/");
                // One document per commitment, so a search finds the very words and links to them.
                for (Commitment c : s.commitments()) {
                    own.add(c.text(), "", group, name, base + "charter/#" + c.anchor());
                }
            } else if (section instanceof SpectrumSection s) {
                own.add(s.heading(), scale(s.introduction(), s.levels()), group, charter.title(), base + "spectrum/");
            } else if (section instanceof InvolvementSection s) {
                own.add(s.heading(), scale(s.introduction(), s.levels()), group, charter.title(), base + "levels/");
            } else if (section instanceof CentreSection s) {
                own.add(s.heading(), text(s.body()), group, charter.title(), base + "charter/#" + s.anchor());
            } else if (section instanceof FreeSection s) {
                own.add(s.heading(), text(s.body()), group, charter.title(), base + "charter/#" + s.anchor());
            }
        }
        // Found under the charter it is about, as its sections are: a kind word ("Page") told readers nothing.
        for (Page page : area.pages()) {
            own.add(page.title(), page.summary() + " " + text(page.body()), group, charter.title(),
                    base + page.slug() + "/");
        }
        // An area's own documents have ids of their own ("warwickshire/3"), apart from every other file's.
        for (int i = 1; i < own.documents.size(); i++) {
            own.documents.get(i).put("id", area.slug() + "/" + i);
        }
        // The Easy Read edition, found by its name and by its own plain words ("money", "secret").
        String easyRead = words.of(Planner.EASY_READ_TITLE);
        area.easyRead().ifPresent(e -> add(e.title().isEmpty() ? easyRead : e.title(),
                easyRead + " " + String.join(" ", e.items().stream().map(EasyReadItem::text).toList()), group,
                easyRead, base + "easy-read/"));
    }

    /**
     * One document. Short keys keep the index small: {@code t} the title, shown as the result's link; {@code x}
     * more words to search; {@code g} the group; {@code c} where in the group it is; {@code u} its address; and,
     * on an area's short overview in the top-level index, {@code a} the area whose own index has the rest.
     */
    private void add(String title, String text, String group, String context, String url) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", firstId + documents.size());
        document.put("t", title.strip());
        document.put("x", text.strip().replaceAll("\\s+", " "));
        document.put("g", group);
        document.put("c", context);
        document.put("u", url);
        documents.add(document);
    }

    /** A scale's words: its introduction, then each level's name and definition. */
    private String scale(Markdown introduction, List<? extends ScaleLevel> levels) {
        StringBuilder words = new StringBuilder(text(introduction));
        for (ScaleLevel l : levels) {
            words.append(' ').append(l.name()).append(' ').append(text(l.definition()));
        }
        return words.toString();
    }

    private String text(Markdown source) {
        return markdown.text(source);
    }
}

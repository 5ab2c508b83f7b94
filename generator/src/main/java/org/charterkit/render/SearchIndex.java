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
import org.charterkit.model.Page;
import org.charterkit.model.Project;
import org.charterkit.model.ScaleLevel;
import org.charterkit.model.SpectrumSection;
import org.charterkit.plan.Planner;
import org.jsoup.Jsoup;

/**
 * The search index: every commitment, charter section, extra page, guide and glossary term of the current
 * charters, as plain text with the site address it is found at, for the search script in every page's header.
 *
 * <p>It is written as a script that sets one global, {@code charterkitSearchIndex}, rather than as JSON: a
 * browser reading the site from its files ({@code file://}) refuses to fetch a JSON file but runs a script.
 * The documents come in the order of the site (the knowledge base, the glossary, then each area in turn and
 * its charter in the order written), with no date or other changing value, so the same project always gives
 * the same bytes. Addresses are from the site's root; the script makes them relative to itself, so the site
 * works under any sub-path.
 */
public final class SearchIndex {

    /** The group the knowledge base and the glossary are found under; an area's results are under its name. */
    public static final String KNOWLEDGE_GROUP = "Knowledge base";

    /** The global the index script sets. */
    public static final String GLOBAL = "charterkitSearchIndex";

    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final MarkdownHtml markdown;
    private final List<Map<String, Object>> documents = new ArrayList<>();

    SearchIndex(MarkdownHtml markdown) {
        this.markdown = markdown;
    }

    /** The index script for the current text of every area, the knowledge base and the glossary. */
    static String script(Project project, MarkdownHtml markdown) {
        SearchIndex index = new SearchIndex(markdown);
        for (KnowledgePage k : project.knowledgePages()) {
            index.add(k.title(), k.summary() + " " + index.text(k.body()), KNOWLEDGE_GROUP, Planner.KNOWLEDGE_TITLE,
                    "knowledge/" + k.slug() + "/");
        }
        for (GlossaryEntry g : project.glossary()) {
            String title = g.abbreviation().isEmpty() ? g.term() : g.term() + " (" + g.abbreviation() + ")";
            index.add(title, String.join(" ", g.spellings()) + " " + g.definition(), KNOWLEDGE_GROUP,
                    Planner.GLOSSARY_TITLE, "glossary/#" + g.anchor());
        }
        for (Area area : project.areas()) {
            index.area(area);
        }
        try {
            return "window." + GLOBAL + " = " + JSON.writeValueAsString(Map.of("documents", index.documents))
                    + ";\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void area(Area area) {
        Charter charter = area.charter();
        String group = charter.areaName();
        String base = area.slug() + "/";
        add(charter.title(), charter.summary() + " " + text(charter.introduction()), group, "Overview", base);
        for (CharterSection section : charter.sections()) {
            if (section instanceof CornerstoneSection s) {
                String name = s.numberedName();
                add(name, text(s.leadIn()) + " " + text(s.closing()), group, "Cornerstone",
                        base + "cornerstones/" + s.cornerstone().id() + "/");
                // One document per commitment, so a search finds the very words and links to them.
                for (Commitment c : s.commitments()) {
                    add(c.text(), "", group, name, base + "charter/#" + c.anchor());
                }
            } else if (section instanceof SpectrumSection s) {
                add(s.heading(), scale(s.introduction(), s.levels()), group, charter.title(), base + "spectrum/");
            } else if (section instanceof InvolvementSection s) {
                add(s.heading(), scale(s.introduction(), s.levels()), group, charter.title(), base + "levels/");
            } else if (section instanceof CentreSection s) {
                add(s.heading(), text(s.body()), group, charter.title(), base + "charter/#" + s.anchor());
            } else if (section instanceof FreeSection s) {
                add(s.heading(), text(s.body()), group, charter.title(), base + "charter/#" + s.anchor());
            }
        }
        for (Page page : area.pages()) {
            add(page.title(), page.summary() + " " + text(page.body()), group, "Page", base + page.slug() + "/");
        }
    }

    /**
     * One document. Short keys keep the index small: {@code t} the title, shown as the result's link; {@code x}
     * more words to search; {@code g} the group; {@code c} where in the group it is; {@code u} its address.
     */
    private void add(String title, String text, String group, String context, String url) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", documents.size());
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
        return source.isBlank() ? "" : Jsoup.parseBodyFragment(markdown.block(source)).text();
    }
}

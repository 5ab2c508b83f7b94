package org.charterkit.model;

import java.util.List;
import java.util.Optional;
import org.charterkit.diagnostic.Location;

/**
 * One page of the knowledge base, {@code content/knowledge/<slug>.md}: plain-English background on
 * co-production that every area's pages can point to, so a charter need not explain the Four Cornerstones
 * itself.
 *
 * @param slug    the file name without {@code .md}, which is also its address: {@code /knowledge/<slug>/}
 * @param summary one or two sentences, shown under the title and in the list of pages
 * @param order   where the page comes in the list of pages, lowest first
 * @param sources the documents the page was written from, so a reader can see where its claims come from
 * @param checked the day its facts were last checked against those sources, if the page says
 */
public record KnowledgePage(String slug, String title, String summary, int order, List<Source> sources,
        Optional<Checked> checked, Markdown body, Location location) {

    public KnowledgePage {
        sources = List.copyOf(sources);
    }

    /**
     * A document the page draws on: one of the research archive's documents, a public one (a law, official
     * guidance, a public body's page), or both.
     *
     * @param seed  the file name of the source document in the research archive, or empty
     * @param title the document's title, as readers see it
     * @param url   the public address where a reader can read it, or empty when it has none
     */
    public record Source(String seed, String title, String url, Location location) {
    }
}

package org.charterkit.plan;

import java.util.List;
import java.util.Map;
import org.charterkit.model.Project;

/**
 * Every page of the site, hub first, then each area's pages in reading order (an area's translations straight
 * after it).
 *
 * @param alternates for each page of a charter that has translations, by path, the same page in every language
 *                   the charter is written in, its own included, in the order the languages are read in
 */
public record SitePlan(Project project, List<PlannedPage> pages, Map<String, List<Alternate>> alternates,
        Map<String, String> guideEditions, java.util.Set<String> untranslated) {

    /**
     * @param guideEditions for each page of a guide's edition in another language ({@code knowledge/cy/…},
     *                      {@code glossary/cy/}), by path, that language
     * @param untranslated  the pages of those editions shown in English, because the guide has no translation yet
     */
    public SitePlan {
        pages = List.copyOf(pages);
        alternates = Map.copyOf(alternates);
        guideEditions = Map.copyOf(guideEditions);
        untranslated = java.util.Set.copyOf(untranslated);
    }

    /** A site with no translated charters. */
    public SitePlan(Project project, List<PlannedPage> pages) {
        this(project, pages, Map.of(), Map.of(), java.util.Set.of());
    }

    /** The language of the guide edition the page at {@code path} belongs to, if it is one in another language. */
    public java.util.Optional<String> guideEdition(String path) {
        return java.util.Optional.ofNullable(guideEditions.get(path));
    }

    /** The page at {@code path} in every language; empty when its charter has no translations. */
    public List<Alternate> alternates(String path) {
        return alternates.getOrDefault(path, List.of());
    }
}

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
public record SitePlan(Project project, List<PlannedPage> pages, Map<String, List<Alternate>> alternates) {

    public SitePlan {
        pages = List.copyOf(pages);
        alternates = Map.copyOf(alternates);
    }

    /** A site with no translated charters. */
    public SitePlan(Project project, List<PlannedPage> pages) {
        this(project, pages, Map.of());
    }

    /** The page at {@code path} in every language; empty when its charter has no translations. */
    public List<Alternate> alternates(String path) {
        return alternates.getOrDefault(path, List.of());
    }
}

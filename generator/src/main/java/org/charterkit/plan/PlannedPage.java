package org.charterkit.plan;

import java.util.List;
import java.util.Optional;
import org.charterkit.model.Area;
import org.charterkit.compare.CharterComparison;
import org.charterkit.model.Charter;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.KnowledgePage;
import org.charterkit.model.Page;

/**
 * One page the site will have.
 *
 * @param path        where it is written, relative to the site root ({@code warwickshire/index.html})
 * @param title       the page's own title, for {@code <title>} and its {@code h1}: a theme message, said in the
 *                    page's language, or the charter's own words
 * @param area        the area it belongs to; empty for the hub
 * @param cornerstone the cornerstone a cornerstone page shows
 * @param extraPage   the extra page an extra page shows
 * @param version     the version a version page shows, at its permanent address
 * @param comparison  what changed between two versions, for a "what changed" page
 * @param navigation  the area's pages, for the area's navigation
 * @param breadcrumbs the way back up to the hub, ending with this page
 * @param knowledgePage the knowledge page a knowledge page shows
 */
public record PlannedPage(String path, PageKind kind, Label title, Optional<Area> area,
        Optional<CornerstoneSection> cornerstone, Optional<Page> extraPage, Optional<Charter> version,
        Optional<CharterComparison> comparison, List<NavLink> navigation, List<NavLink> breadcrumbs,
        Optional<KnowledgePage> knowledgePage) {

    public PlannedPage {
        navigation = List.copyOf(navigation);
        breadcrumbs = List.copyOf(breadcrumbs);
    }

    /** A page that shows no knowledge page: every page but the knowledge base's own. */
    public PlannedPage(String path, PageKind kind, Label title, Optional<Area> area,
            Optional<CornerstoneSection> cornerstone, Optional<Page> extraPage, Optional<Charter> version,
            Optional<CharterComparison> comparison, List<NavLink> navigation, List<NavLink> breadcrumbs) {
        this(path, kind, title, area, cornerstone, extraPage, version, comparison, navigation, breadcrumbs,
                Optional.empty());
    }

    /** The address a link to this page uses: its folder, so addresses stay clean ({@code warwickshire/}). */
    public String target() {
        return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }
}

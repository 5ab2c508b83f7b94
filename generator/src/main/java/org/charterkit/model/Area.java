package org.charterkit.model;

import java.nio.file.Path;
import java.util.List;
import org.charterkit.diagnostic.Location;

/**
 * A local area: one folder under {@code charters/}, its charter and its extra pages.
 *
 * @param slug   the folder name, which is also the area's web address
 * @param folder the folder on disk, for copying its assets
 */
public record Area(String slug, Path folder, Charter charter, List<Page> pages, Location location) {

    /**
     * Names under an area's address that the site uses for its own pages; an extra page cannot take one.
     * Kept with the model because both the check and the planner must agree on them.
     */
    public static final List<String> RESERVED_PAGE_SLUGS = List.of("charter", "cornerstones", "spectrum",
            "levels", "assets", "v", "versions", "changes", "accessibility", "index");

    public Area {
        pages = List.copyOf(pages);
    }
}

package org.charterkit.plan;

import java.util.List;
import org.charterkit.model.Project;

/** Every page of the site, hub first, then each area's pages in reading order. */
public record SitePlan(Project project, List<PlannedPage> pages) {

    public SitePlan {
        pages = List.copyOf(pages);
    }
}

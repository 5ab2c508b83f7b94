package org.charterkit.check;

import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.model.Area;
import org.charterkit.model.Project;

/**
 * A rule whose findings in an area depend on that area alone, with the project's shared files (frameworks,
 * glossary, settings, theme): the checker runs it on several areas at once and gathers what it finds in each in
 * the areas' order, as running it on the whole project would report it.
 */
interface AreaRule extends Rule {

    /** Checks one area; may run on any thread, at the same time as the checks of other areas. */
    void check(Project project, Area area, Diagnostics out);

    /** What the rule checks outside the areas (the guides), reported after the areas; nothing, unless it says. */
    default void checkOutsideAreas(Project project, Diagnostics out) {
    }

    @Override
    default void check(Project project, Diagnostics out) {
        for (Area area : project.areas()) {
            check(project, area, out);
        }
        checkOutsideAreas(project, out);
    }
}

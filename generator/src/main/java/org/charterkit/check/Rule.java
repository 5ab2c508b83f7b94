package org.charterkit.check;

import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.model.Project;

/** One thing a project must satisfy to be published. */
@FunctionalInterface
interface Rule {
    void check(Project project, Diagnostics out);
}

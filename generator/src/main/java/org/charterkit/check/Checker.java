package org.charterkit.check;

import java.util.List;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.model.Project;

/** The entry point of the check stage: runs every rule over a loaded project. */
public final class Checker {

    private static final List<Rule> RULES = List.of(
            new FrontMatterRule(),
            new FrameworkRule(),
            new CornerstoneRule(),
            new ScaleRule(),
            new PartnerRule(),
            new DateRule(),
            new SlugRule());

    /** Adds a diagnostic for every rule a project breaks. */
    public void check(Project project, Diagnostics out) {
        for (Rule rule : RULES) {
            rule.check(project, out);
        }
    }
}

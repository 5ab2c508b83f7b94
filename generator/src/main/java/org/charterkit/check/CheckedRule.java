package org.charterkit.check;

import java.time.LocalDate;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.model.Checked;
import org.charterkit.model.GlossaryEntry;
import org.charterkit.model.KnowledgePage;
import org.charterkit.model.Project;

/**
 * Families act on the guides and the glossary: on their rights, on which body does what. Laws, bodies and
 * inspections change, so each guide and each glossary entry says when its facts were last checked, and this
 * rule warns when it does not say, or when that day is more than twelve months before the build day.
 */
final class CheckedRule implements Rule {

    private final LocalDate today;

    CheckedRule(LocalDate today) {
        this.today = today;
    }

    @Override
    public void check(Project project, Diagnostics out) {
        for (KnowledgePage page : project.knowledgePages()) {
            if (page.checked().isEmpty()) {
                out.warning(page.location(), "the page does not say when its facts were last checked",
                        "check each fact against the page's sources, then add `checked: " + today
                                + "` (the day you checked) to its front matter");
            } else {
                stale(page.checked().get(), "the page", out);
            }
        }
        for (GlossaryEntry entry : project.glossary()) {
            String what = "the glossary entry `" + entry.term() + "`";
            if (entry.checked().isEmpty()) {
                out.warning(entry.location(), what + " does not say when it was last checked",
                        "check the definition against its sources, then add `checked: " + today
                                + "` (the day you checked) under the entry's `term:`");
            } else {
                stale(entry.checked().get(), what, out);
            }
        }
    }

    private void stale(Checked checked, String what, Diagnostics out) {
        if (checked.isStale(today)) {
            out.warning(checked.location(), what + " was last checked on " + checked.date()
                            + ", more than 12 months before " + today,
                    "check it against its sources again (laws, bodies and addresses change), then change "
                            + "the date to the day you checked");
        }
    }
}

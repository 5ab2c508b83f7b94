package org.charterkit.check;

import java.time.LocalDate;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.model.Area;
import org.charterkit.model.Pledge;
import org.charterkit.model.Project;

/**
 * A pledge whose target has passed and that is not done is flagged where its target is written, as a passed
 * review date is: the pages say so too, so the forum and partners see it before families do.
 */
final class PledgeRule implements AreaRule {

    private final LocalDate today;

    PledgeRule(LocalDate today) {
        this.today = today;
    }

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        for (Pledge pledge : area.charter().overduePledges(today)) {
            out.warning(pledge.targetLocation(), "the pledge \u201c" + pledge.what() + "\u201d was due by "
                            + pledge.target().get().key() + " and is not done; the pages say it is overdue",
                    "update its `status:` (`in progress` or `done`), or agree a new `target:` with the partners"
                            + " and add a `note:` saying why");
        }
    }
}

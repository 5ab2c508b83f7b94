package org.charterkit.check;

import java.time.LocalDate;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.model.CharterDate;
import org.charterkit.model.Project;

/** A charter past its review date is flagged, so the forum and partners know it is due to be looked at again. */
final class ReviewRule implements AreaRule {

    private final LocalDate today;

    ReviewRule(LocalDate today) {
        this.today = today;
    }

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        Charter charter = area.charter();
        if (charter.isDueForReview(today)) {
            CharterDate date = charter.reviewBy().get();
            out.warning(charter.frontMatter().keys().get("review-by"), "the charter was due for review by "
                                + date + "; the pages say so",
                    "review the charter with its partners, then release the new version");
        }
    }
}

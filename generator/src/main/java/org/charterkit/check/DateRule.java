package org.charterkit.check;

import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.model.Project;

/** A charter is reviewed after it is adopted, not before. */
final class DateRule implements AreaRule {

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        Charter charter = area.charter();
        if (charter.adopted().isPresent() && charter.reviewBy().isPresent()
                && charter.reviewBy().get().compareTo(charter.adopted().get()) <= 0) {
            out.error(charter.frontMatter().keys().get("review-by"),
                    "`review-by` (" + charter.reviewBy().get() + ") is not after `adopted` ("
                            + charter.adopted().get() + ")",
                    "a charter is reviewed after it is adopted: check both dates; they are year-month-day");
        }
    }
}

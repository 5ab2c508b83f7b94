package org.charterkit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charterkit.model.CentreSection;
import org.charterkit.model.Charter;
import org.charterkit.model.CharterSection;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.FreeSection;

/**
 * One row of the poster's grid: two cornerstones side by side (one, for the last of an odd number), in the
 * order the charter gives them, so the poster reads in the same order as the charter.
 */
public record PosterRow(List<CornerstoneSection> cornerstones) {

    public PosterRow {
        cornerstones = List.copyOf(cornerstones);
    }

    /**
     * What the poster shows, in reading order.
     *
     * @param opening  the charter's opening statement: the sections it puts before its first cornerstone
     *                 (Warwickshire's "Working Together in Participation" and "Commitment", with its legal basis)
     * @param rows     the cornerstones in pairs
     * @param centre   the centre (Trust), when the charter has one
     * @param centred  whether the centre sits in the middle of a two-by-two grid, surrounded by the four
     *                 cornerstones as in the designed charters; otherwise it is a band below them
     */
    public record Plan(List<FreeSection> opening, List<PosterRow> rows, Optional<CentreSection> centre,
            boolean centred) {
    }

    static Plan plan(Charter charter) {
        List<FreeSection> opening = new ArrayList<>();
        for (CharterSection section : charter.sections()) {
            if (!(section instanceof FreeSection free)) {
                break;
            }
            opening.add(free);
        }
        List<PosterRow> rows = new ArrayList<>();
        List<CornerstoneSection> pair = new ArrayList<>();
        for (CornerstoneSection cornerstone : charter.cornerstoneSections()) {
            pair.add(cornerstone);
            if (pair.size() == 2) {
                rows.add(new PosterRow(pair));
                pair = new ArrayList<>();
            }
        }
        if (!pair.isEmpty()) {
            rows.add(new PosterRow(pair));
        }
        boolean centred = charter.centreSection().isPresent() && rows.size() == 2
                && rows.stream().allMatch(r -> r.cornerstones().size() == 2);
        return new Plan(List.copyOf(opening), List.copyOf(rows), charter.centreSection(), centred);
    }
}

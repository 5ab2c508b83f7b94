package org.charterkit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charterkit.model.CentreSection;
import org.charterkit.model.CharterSection;
import org.charterkit.model.CornerstoneSection;

/**
 * One band across the poster: two cornerstones side by side, or the centre (Trust) on its own, in the order the
 * charter gives them, so the poster reads in the same order as the charter.
 *
 * @param centre       the centre, for a centre band
 * @param cornerstones one or two cornerstones, for a cornerstone band
 */
public record PosterRow(Optional<CentreSection> centre, List<CornerstoneSection> cornerstones) {

    public PosterRow {
        cornerstones = List.copyOf(cornerstones);
    }

    /** The charter's cornerstones in pairs, with the centre as a band of its own where the charter puts it. */
    static List<PosterRow> of(List<CharterSection> sections) {
        List<PosterRow> rows = new ArrayList<>();
        List<CornerstoneSection> pair = new ArrayList<>();
        for (CharterSection section : sections) {
            if (section instanceof CornerstoneSection cornerstone) {
                pair.add(cornerstone);
                if (pair.size() == 2) {
                    rows.add(new PosterRow(Optional.empty(), pair));
                    pair = new ArrayList<>();
                }
            } else if (section instanceof CentreSection centre) {
                if (!pair.isEmpty()) {
                    rows.add(new PosterRow(Optional.empty(), pair));
                    pair = new ArrayList<>();
                }
                rows.add(new PosterRow(Optional.of(centre), List.of()));
            }
        }
        if (!pair.isEmpty()) {
            rows.add(new PosterRow(Optional.empty(), pair));
        }
        return List.copyOf(rows);
    }
}

package org.charterkit.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.Partner;
import org.charterkit.model.Project;
import org.charterkit.model.Signatory;

/**
 * One area's row in the table comparing every area's charter: the facts, worked out here so that the template
 * only shows them.
 *
 * @param reviewOverdue whether the charter's review date has passed on the day of the build
 * @param commitments   how many commitments the charter makes under each part of its framework, in its order
 * @param organisations the organisations whose people signed, each once, in the order they signed
 */
public record AreaRow(Area area, Charter charter, String framework, boolean reviewOverdue,
        List<Count> commitments, List<String> organisations) {

    public AreaRow {
        commitments = List.copyOf(commitments);
        organisations = List.copyOf(organisations);
    }

    /** The commitments under one cornerstone. */
    public record Count(String cornerstone, int commitments) {
    }

    static List<AreaRow> of(Project project, LocalDate today) {
        List<AreaRow> rows = new ArrayList<>();
        for (Area area : project.areas()) {
            Charter charter = area.charter();
            List<Count> counts = new ArrayList<>();
            for (CornerstoneSection section : charter.cornerstoneSections()) {
                counts.add(new Count(section.cornerstone().name(), section.commitments().size()));
            }
            Set<String> organisations = new LinkedHashSet<>();
            for (Signatory signatory : charter.signatories()) {
                organisations.add(charter.partner(signatory.partnerId()).map(Partner::name)
                        .orElse(signatory.partnerId()));
            }
            rows.add(new AreaRow(area, charter, charter.framework().map(f -> f.name()).orElse(charter.frameworkId()),
                    charter.isDueForReview(today), counts, new ArrayList<>(organisations)));
        }
        return rows;
    }
}

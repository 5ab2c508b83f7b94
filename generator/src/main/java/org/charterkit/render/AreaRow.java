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
        List<Count> commitments, List<String> organisations, boolean prose, String term, String terms) {

    public AreaRow {
        commitments = List.copyOf(commitments);
        organisations = List.copyOf(organisations);
    }

    /**
     * The commitments under one cornerstone.
     *
     * @param cornerstone the framework's name for it, which every area shares
     * @param ownName     the area's own name for it, or empty when it uses the framework's
     */
    public record Count(String cornerstone, int commitments, String ownName) {
    }

    static List<AreaRow> of(Project project, LocalDate today) {
        List<AreaRow> rows = new ArrayList<>();
        for (Area area : project.areas()) {
            Charter charter = area.charter();
            List<Count> counts = new ArrayList<>();
            for (CornerstoneSection section : charter.cornerstoneSections()) {
                counts.add(new Count(section.cornerstone().name(), section.commitments().size(),
                        section.ownName() ? section.name() : ""));
            }
            Set<String> organisations = new LinkedHashSet<>();
            for (Signatory signatory : charter.signatories()) {
                organisations.add(charter.partner(signatory.partnerId()).map(Partner::name)
                        .orElse(signatory.partnerId()));
            }
            rows.add(new AreaRow(area, charter, charter.framework().map(f -> f.name()).orElse(charter.frameworkId()),
                    charter.isDueForReview(today), counts, new ArrayList<>(organisations), charter.prose(),
                    charter.framework().map(f -> f.term()).orElse(""),
                    charter.framework().map(f -> f.terms()).orElse("")));
        }
        return rows;
    }
}

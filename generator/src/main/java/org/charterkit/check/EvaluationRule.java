package org.charterkit.check;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.load.Suggestions;
import org.charterkit.model.Area;
import org.charterkit.model.Project;
import org.charterkit.model.Charter;
import org.charterkit.model.Commitment;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.Evaluation;
import org.charterkit.model.Framework;
import org.charterkit.model.ScaleStep;

/**
 * A published self-evaluation rates commitments its charter version has, on steps of its framework's scale, on a
 * day that has come, once per setting and day. Commitments are judged against the version the evaluation names,
 * so an evaluation made before a commitment was reworded stays correct.
 */
final class EvaluationRule implements AreaRule {

    private final LocalDate today;

    EvaluationRule(LocalDate today) {
        this.today = today;
    }

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        Map<String, Evaluation> seen = new HashMap<>();
        for (Evaluation evaluation : area.evaluations()) {
            evaluation.date().ifPresent(date -> {
                if (date.isAfter(today)) {
                    out.error(evaluation.where("date"), "the evaluation is dated " + date
                                    + ", which is after today (" + today + ")",
                            "write the day the evaluation was made, as year-month-day");
                }
                String key = evaluation.setting()
                        .strip().toLowerCase(java.util.Locale.ROOT) + "\u0000" + date;
                Evaluation first = seen.putIfAbsent(key, evaluation);
                if (first != null && !evaluation.setting().isEmpty()) {
                    out.error(evaluation.where("date"), evaluation.setting() + " already has an evaluation dated "
                                    + date + " (" + first.file() + ")",
                            "keep one of the two files, or correct the date of the one made on another day");
                }
            });
            if (evaluation.charterVersion().isEmpty()) {
                continue;
            }
            Optional<Charter> version = area.version(evaluation.charterVersion());
            if (version.isEmpty()) {
                List<String> known = area.versions().stream().map(Charter::version).toList();
                out.error(evaluation.where("charter-version"), "the charter has no version `"
                                + evaluation.charterVersion() + "`",
                        "name the version the evaluation was made against: " + String.join(", ", known));
                continue;
            }
            checkRatings(evaluation, version.get(), out);
        }
    }

    private static void checkRatings(Evaluation evaluation, Charter charter, Diagnostics out) {
        Map<String, Commitment> commitments = new java.util.LinkedHashMap<>();
        for (CornerstoneSection section : charter.cornerstoneSections()) {
            section.commitments().forEach(c -> commitments.put(c.anchor(), c));
        }
        Optional<Framework> framework = charter.framework();
        for (Evaluation.Rating rating : evaluation.ratings()) {
            if (!commitments.containsKey(rating.commitment())) {
                Optional<String> near = Suggestions.closest(rating.commitment(), commitments.keySet());
                out.error(rating.location(), "version " + charter.version() + " of the charter has no commitment `"
                                + rating.commitment() + "`" + near.map(n -> " (did you mean `" + n + "`?)").orElse(""),
                        "name each commitment by its anchor on the charter page of that version: the part of its"
                                + " link after `#`");
            }
            if (!rating.step().isEmpty() && framework.isPresent()
                    && framework.get().evaluationStep(rating.step()).isEmpty()) {
                List<String> steps = framework.get().evaluationScale().stream()
                        .map(step -> step.id() + " (" + step.name() + ")").toList();
                out.error(rating.stepAt(), "`" + rating.step() + "` is not a step of the scale",
                        "use one of the steps of the " + framework.get().name() + " scale, by id or name: "
                                + String.join(", ", steps));
            }
        }
    }
}

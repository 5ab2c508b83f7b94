package org.charterkit.load;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.Evaluation;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Reads one published self-evaluation, {@code charters/<area>/evaluations/<setting>-<date>.yml}, or the JSON
 * file the self-evaluation page saves, published as it is: JSON is YAML, and the two use the same names. Reading
 * records what is written and where; whether the commitments and steps exist in the charter it names is the
 * check's business, since that needs the charter's versions and its framework.
 */
final class EvaluationReader {

    static final List<String> FIELDS = List.of("setting", "date", "charter-version", "sample", "commitments",
            "format", "area", "framework");
    static final List<String> RATING_FIELDS = List.of("step", "evidence", "next");

    private final Diagnostics out;

    EvaluationReader(Diagnostics out) {
        this.out = out;
    }

    Optional<Evaluation> read(SourceText source) {
        YamlTree yaml = new YamlTree(source, 1, out, "the evaluation");
        Optional<Node> root = yaml.compose(source.text());
        if (root.isEmpty()) {
            out.error(Location.of(source.path()), "the evaluation file is empty or cannot be read",
                    "see the self-evaluation guide (evaluations.md) for what an evaluation file holds");
            return Optional.empty();
        }
        Location start = yaml.locate(root.get());
        Map<String, NodeTuple> fields = yaml.mapping(root.get(), "an evaluation");
        yaml.unknownFields(fields, FIELDS, "an evaluation");
        Map<String, Location> at = new LinkedHashMap<>();
        fields.forEach((key, tuple) -> at.put(key, yaml.locate(tuple.getValueNode())));
        String setting = required(yaml, fields, "setting", start, "the name of the school, setting or service");
        String version = required(yaml, fields, "charter-version", start,
                "the version of the charter the evaluation was made against, in quotes, such as \"1.0\"");
        Optional<LocalDate> date = Optional.empty();
        String written = required(yaml, fields, "date", start, "the day of the evaluation, as year-month-day");
        if (!written.isEmpty()) {
            try {
                date = Optional.of(LocalDate.parse(written));
            } catch (DateTimeParseException e) {
                out.error(at.get("date"), "`" + written + "` is not a date",
                        "write the date as year-month-day, such as 2024-03-01");
            }
        }
        boolean sample = fields.containsKey("sample") && yaml.flag(fields.get("sample"));
        List<Evaluation.Rating> ratings = new ArrayList<>();
        if (fields.containsKey("commitments")) {
            Map<String, NodeTuple> commitments = yaml.mapping(fields.get("commitments").getValueNode(),
                    "`commitments`");
            for (var entry : commitments.entrySet()) {
                Node value = entry.getValue().getValueNode();
                Location where = yaml.locate(entry.getValue().getKeyNode());
                Map<String, NodeTuple> rating = yaml.mapping(value, "a commitment's rating");
                yaml.unknownFields(rating, RATING_FIELDS, "a commitment's rating");
                String step = required(yaml, rating, "step", where, "the step on the scale the setting is at");
                Location stepAt = rating.containsKey("step") ? yaml.locate(rating.get("step").getValueNode()) : where;
                ratings.add(new Evaluation.Rating(entry.getKey(), step, text(yaml, rating, "evidence"),
                        text(yaml, rating, "next"), where, stepAt));
            }
        } else {
            out.error(start, "the evaluation rates no commitments",
                    "add `commitments:` with one entry per commitment, named by its anchor on the charter page");
        }
        return Optional.of(new Evaluation(source.path(), setting, date, version, sample, ratings, at, start));
    }

    private String required(YamlTree yaml, Map<String, NodeTuple> fields, String key, Location where, String what) {
        String value = text(yaml, fields, key);
        if (value.isEmpty()) {
            out.error(fields.containsKey(key) ? yaml.locate(fields.get(key).getValueNode()) : where,
                    "`" + key + "` is missing", "add `" + key + ":` with " + what);
        }
        return value;
    }

    private static String text(YamlTree yaml, Map<String, NodeTuple> fields, String key) {
        NodeTuple entry = fields.get(key);
        return entry == null ? "" : yaml.text(entry).strip();
    }
}

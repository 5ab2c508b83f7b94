package org.charterkit.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.Centre;
import org.charterkit.model.Cornerstone;
import org.charterkit.model.Framework;
import org.charterkit.model.ScaleStep;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads one framework definition, {@code content/frameworks/<id>.yml}. */
final class FrameworkReader {

    private final Diagnostics out;

    FrameworkReader(Diagnostics out) {
        this.out = out;
    }

    Optional<Framework> read(SourceText source, String fileId) {
        YamlTree yaml = new YamlTree(source, 1, out, "the framework file");
        Optional<Node> root = yaml.compose(source.text());
        if (root.isEmpty()) {
            out.error(Location.of(source.path()), "the framework file is empty or cannot be read",
                    "see src/site/markdown/charter-format.md (Frameworks) for what a framework file holds");
            return Optional.empty();
        }
        Map<String, NodeTuple> fields = yaml.mapping(root.get(), "a framework");
        Location start = yaml.locate(root.get());
        String id = text(yaml, fields, "id", fileId);
        if (!id.equals(fileId)) {
            out.error(fields.containsKey("id") ? yaml.locate(fields.get("id").getValueNode()) : start,
                    "the framework id `" + id + "` does not match its file name `" + fileId + ".yml`",
                    "charters name a framework by its file name: make the two the same");
        }
        String name = required(yaml, fields, "name", start);
        String term = text(yaml, fields, "term", "cornerstone");
        List<Cornerstone> cornerstones = new ArrayList<>();
        if (fields.containsKey("cornerstones")) {
            for (Node node : yaml.sequence(fields.get("cornerstones"))) {
                Map<String, NodeTuple> part = yaml.mapping(node, "a cornerstone");
                Location at = yaml.locate(node);
                String partName = required(yaml, part, "name", at);
                cornerstones.add(new Cornerstone(text(yaml, part, "id", Slugs.slugify(partName)), partName,
                        texts(yaml, part, "aliases"), text(yaml, part, "description", ""),
                        texts(yaml, part, "indicators")));
            }
        }
        if (cornerstones.isEmpty()) {
            out.error(start, "the framework lists no cornerstones",
                    "add a `cornerstones:` list with the parts every charter on this framework must cover");
        }
        Optional<Centre> centre = Optional.empty();
        if (fields.containsKey("centre")) {
            Node node = fields.get("centre").getValueNode();
            Map<String, NodeTuple> c = yaml.mapping(node, "the centre");
            String centreName = required(yaml, c, "name", yaml.locate(node));
            centre = Optional.of(new Centre(text(yaml, c, "id", Slugs.slugify(centreName)), centreName,
                    texts(yaml, c, "aliases"), text(yaml, c, "description", "")));
        }
        String form = text(yaml, fields, "form", "list");
        if (!form.equals("list") && !form.equals("prose")) {
            out.error(yaml.locate(fields.get("form").getValueNode()), "`form` must be `list` or `prose`, not `"
                            + form + "`",
                    "write `form: prose` when each part is a statement of a sentence or three, or leave it out for"
                            + " lists of commitments");
        }
        return Optional.of(new Framework(id, name, text(yaml, fields, "description", ""),
                text(yaml, fields, "source", ""), term, text(yaml, fields, "terms", term + "s"),
                text(yaml, fields, "lead-in", "We will:"), centre, cornerstones, steps(yaml, fields, "spectrum"),
                steps(yaml, fields, "levels"), evaluationScale(yaml, fields), start,
                form.equals("prose")));
    }

    /**
     * The steps a setting rates itself on, lowest first; empty means the four default steps. A step named twice
     * would make two radio buttons mean one thing, and one step is no scale.
     */
    private List<ScaleStep> evaluationScale(YamlTree yaml, Map<String, NodeTuple> fields) {
        List<ScaleStep> steps = steps(yaml, fields, "evaluation-scale");
        if (!fields.containsKey("evaluation-scale")) {
            return steps;
        }
        List<Node> nodes = fields.get("evaluation-scale").getValueNode() instanceof org.snakeyaml.engine.v2.nodes
                .SequenceNode list ? list.getValue() : List.of();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < steps.size() && i < nodes.size(); i++) {
            Integer first = seen.putIfAbsent(steps.get(i).id(), i);
            if (first != null) {
                out.error(yaml.locate(nodes.get(i)), "the step `" + steps.get(i).id() + "` is in `evaluation-scale`"
                                + " twice (first at line " + yaml.locate(nodes.get(first)).line() + ")",
                        "give each step of the scale its own id and name, lowest first");
            }
        }
        if (steps.size() == 1) {
            out.error(yaml.locate(fields.get("evaluation-scale").getValueNode()),
                    "`evaluation-scale` has one step: a scale needs at least two",
                    "list every step a setting can be at, lowest first, or leave `evaluation-scale` out for the"
                            + " four default steps (Not yet, Starting, Doing it, Embedded)");
        }
        return steps;
    }

    private List<ScaleStep> steps(YamlTree yaml, Map<String, NodeTuple> fields, String key) {
        List<ScaleStep> steps = new ArrayList<>();
        if (fields.containsKey(key)) {
            for (Node node : yaml.sequence(fields.get(key))) {
                Map<String, NodeTuple> step = yaml.mapping(node, "a step of `" + key + "`");
                String stepName = required(yaml, step, "name", yaml.locate(node));
                steps.add(new ScaleStep(text(yaml, step, "id", Slugs.slugify(stepName)), stepName,
                        texts(yaml, step, "aliases")));
            }
        }
        return steps;
    }

    private String required(YamlTree yaml, Map<String, NodeTuple> fields, String key, Location where) {
        String value = text(yaml, fields, key, "");
        if (value.isBlank()) {
            out.error(where, "`" + key + "` is missing", "add `" + key + ": ...`");
        }
        return value;
    }

    private static String text(YamlTree yaml, Map<String, NodeTuple> fields, String key, String otherwise) {
        NodeTuple entry = fields.get(key);
        if (entry == null) {
            return otherwise;
        }
        String value = yaml.text(entry).strip();
        return value.isEmpty() ? otherwise : value;
    }

    private static List<String> texts(YamlTree yaml, Map<String, NodeTuple> fields, String key) {
        NodeTuple entry = fields.get(key);
        return entry == null ? List.of() : yaml.texts(entry);
    }
}

package org.charterkit.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.GlossaryEntry;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code content/glossary.yml}: a list of entries, each a {@code term} with its {@code definition}, and
 * optionally its {@code abbreviation}, other {@code spellings} of it, the knowledge page it {@code link}s to, and
 * the day it was {@code checked}.
 * Whether the links lead anywhere and whether a term comes twice is for the check to say.
 */
final class GlossaryReader {

    static final List<String> FIELDS = List.of("term", "abbreviation", "spellings", "definition", "link",
            CheckedField.NAME);

    private final Diagnostics out;

    GlossaryReader(Diagnostics out) {
        this.out = out;
    }

    List<GlossaryEntry> read(SourceText source) {
        List<GlossaryEntry> entries = new ArrayList<>();
        YamlTree yaml = new YamlTree(source, 1, out, "the glossary");
        Optional<Node> root = yaml.compose(source.text());
        if (root.isEmpty()) {
            return entries;
        }
        if (!(root.get() instanceof SequenceNode list)) {
            out.error(yaml.locate(root.get()), "the glossary should be a list of entries",
                    "start each entry with `- term: ...` on its own line, then `definition: ...` under it");
            return entries;
        }
        for (Node node : list.getValue()) {
            Map<String, NodeTuple> fields = yaml.mapping(node, "a glossary entry");
            Location at = yaml.locate(node);
            yaml.unknownFields(fields, FIELDS, "a glossary entry");
            String term = text(yaml, fields, "term");
            String definition = text(yaml, fields, "definition");
            if (term.isEmpty()) {
                out.error(at, "a glossary entry has no `term`", "add `term: ...` with the word or phrase it explains");
                continue;
            }
            if (definition.isEmpty()) {
                out.error(at, "the glossary entry `" + term + "` has no `definition`",
                        "add `definition: ...` saying what it means, in plain words");
            }
            List<String> spellings = fields.containsKey("spellings") ? yaml.texts(fields.get("spellings")) : List.of();
            entries.add(new GlossaryEntry(term, text(yaml, fields, "abbreviation"), spellings, definition,
                    text(yaml, fields, "link"), CheckedField.read(yaml, fields, out), at));
        }
        return entries;
    }

    private static String text(YamlTree yaml, Map<String, NodeTuple> fields, String key) {
        return fields.containsKey(key) ? yaml.text(fields.get(key)).strip() : "";
    }
}

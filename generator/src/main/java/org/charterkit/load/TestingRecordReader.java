package org.charterkit.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.model.AccessibilityTesting;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads {@code content/accessibility-testing.yml}, which the accessibility tests write. */
final class TestingRecordReader {

    private final Diagnostics out;

    TestingRecordReader(Diagnostics out) {
        this.out = out;
    }

    Optional<AccessibilityTesting> read(SourceText source) {
        YamlTree yaml = new YamlTree(source, 1, out, "the accessibility testing record");
        return yaml.compose(source.text()).map(root -> {
            Map<String, NodeTuple> f = yaml.mapping(root, "the accessibility testing record");
            int pages;
            String count = f.containsKey("pages") ? yaml.text(f.get("pages")).strip() : "0";
            try {
                pages = Integer.parseInt(count);
            } catch (NumberFormatException e) {
                out.error(yaml.locate(f.get("pages").getValueNode()), "`pages` should be a number, not `" + count + "`",
                        "run the accessibility tests again to rewrite this file");
                pages = 0;
            }
            return new AccessibilityTesting(text(yaml, f, "date"), list(yaml, f, "tools"), list(yaml, f, "checks"),
                    pages, text(yaml, f, "result"));
        });
    }

    private static String text(YamlTree yaml, Map<String, NodeTuple> f, String key) {
        return f.containsKey(key) ? yaml.text(f.get(key)).strip() : "";
    }

    private static List<String> list(YamlTree yaml, Map<String, NodeTuple> f, String key) {
        return f.containsKey(key) ? yaml.texts(f.get(key)) : List.of();
    }
}

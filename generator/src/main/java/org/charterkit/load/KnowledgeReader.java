package org.charterkit.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.KnowledgePage;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Reads one page of the knowledge base, {@code content/knowledge/<slug>.md}: YAML front matter with its title,
 * summary, place in the list, the day its facts were checked and its sources (each a research document, a
 * public address, or both), then Markdown.
 */
final class KnowledgeReader {

    static final List<String> FIELDS = List.of("title", "summary", "order", CheckedField.NAME, "sources");
    static final List<String> SOURCE_FIELDS = List.of("seed", "title", "url");

    private final Diagnostics out;

    private final org.charterkit.model.InputLimits limits;

    KnowledgeReader(Diagnostics out) {
        this(out, org.charterkit.model.InputLimits.defaults());
    }

    KnowledgeReader(Diagnostics out, org.charterkit.model.InputLimits limits) {
        this.out = out;
        this.limits = limits;
    }

    Optional<KnowledgePage> read(SourceText source, String slug) {
        Location start = source.line(1);
        if (!Slugs.isValid(slug)) {
            out.error(Location.of(source.path()), "the file name `" + slug + ".md` is not a slug",
                    "name the file in lower-case words joined by `-`, such as `" + Slugs.slugify(slug) + ".md`");
        }
        MarkdownSource md = new MarkdownSource(source, limits, out);
        if (!md.readable()) {
            return Optional.empty();
        }
        Optional<MarkdownSource.FrontMatterText> fm = md.frontMatterText();
        if (fm.isEmpty()) {
            out.error(start, "the knowledge page has no front matter",
                    "start the file with a `---` line, `title: ...`, `summary: ...`, `order: ...` and another `---`");
            return Optional.empty();
        }
        YamlTree yaml = new YamlTree(source, fm.get().firstLine(), out);
        Optional<Map<String, NodeTuple>> read = yaml.compose(fm.get().yaml())
                .map(root -> yaml.mapping(root, "a knowledge page"));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Map<String, NodeTuple> fields = read.get();
        yaml.unknownFields(fields, FIELDS, "a knowledge page");
        String title = fields.containsKey("title") ? yaml.text(fields.get("title")).strip() : "";
        if (title.isEmpty()) {
            out.error(fm.get().opening(), "the knowledge page has no title",
                    "add a line `title: ...` between the `---` lines");
        }
        String summary = fields.containsKey("summary") ? yaml.text(fields.get("summary")).strip() : "";
        return Optional.of(new KnowledgePage(slug, title, summary, order(yaml, fields), sources(yaml, fields),
                CheckedField.read(yaml, fields, out), md.markdown(md.blocks(), start), fm.get().opening()));
    }

    /** The page's place in the list; a page without one comes last, in order of file name. */
    private int order(YamlTree yaml, Map<String, NodeTuple> fields) {
        if (!fields.containsKey("order")) {
            return Integer.MAX_VALUE;
        }
        String value = yaml.text(fields.get("order")).strip();
        if (value.matches("-?[0-9]{1,9}")) {
            return Integer.parseInt(value);
        }
        out.error(yaml.locate(fields.get("order").getValueNode()),
                "`order` should be a whole number, not `" + value + "`",
                "write, for example, `order: 30`: pages are listed from the lowest number");
        return Integer.MAX_VALUE;
    }

    private List<KnowledgePage.Source> sources(YamlTree yaml, Map<String, NodeTuple> fields) {
        List<KnowledgePage.Source> sources = new ArrayList<>();
        if (!fields.containsKey("sources")) {
            return sources;
        }
        for (Node node : yaml.sequence(fields.get("sources"))) {
            Map<String, NodeTuple> source = yaml.mapping(node, "a source");
            yaml.unknownFields(source, SOURCE_FIELDS, "a source");
            String title = source.containsKey("title") ? yaml.text(source.get("title")).strip() : "";
            if (title.isEmpty()) {
                out.error(yaml.locate(node), "a source has no title",
                        "add `title: ...` with the document's title, as readers should see it");
            }
            String seed = source.containsKey("seed") ? yaml.text(source.get("seed")).strip() : "";
            String url = source.containsKey("url") ? yaml.text(source.get("url")).strip() : "";
            // Readers follow these links off the site: only a public web address will do.
            if (!url.isEmpty() && !url.matches("https?://[^\\s/]+\\.[^\\s]+")) {
                out.error(yaml.locate(source.get("url").getValueNode()), "the source's `url` is not a web address: `"
                                + url + "`",
                        "write the public address in full, starting with `https://`");
                url = "";
            }
            sources.add(new KnowledgePage.Source(seed, title, url, yaml.locate(node)));
        }
        return sources;
    }
}

package org.charterkit.load;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.Markdown;
import org.charterkit.model.Page;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Reads an extra page: YAML front matter, or JBake's {@code key=value} header closed by {@code ~~~~~~}, so
 * pages can be brought over from a JBake site unchanged.
 */
final class PageReader {

    private static final Pattern JBAKE_FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9_.-]*)\\s*=(.*)");
    private static final String JBAKE_END = "~~~~~~";

    private final Diagnostics out;

    private final org.charterkit.model.InputLimits limits;

    PageReader(Diagnostics out) {
        this(out, org.charterkit.model.InputLimits.defaults());
    }

    PageReader(Diagnostics out, org.charterkit.model.InputLimits limits) {
        this.out = out;
        this.limits = limits;
    }

    Optional<Page> read(SourceText source, String slug) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        String text = source.text();
        MarkdownSource md;
        int jbakeEnd = jbakeHeaderEnd(text);
        if (jbakeEnd >= 0) {
            String[] lines = text.substring(0, jbakeEnd).split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                Matcher m = JBAKE_FIELD.matcher(lines[i]);
                if (m.matches()) {
                    fields.put(m.group(1), m.group(2).strip());
                    keys.put(m.group(1), source.line(i + 1));
                } else if (!lines[i].isBlank() && !lines[i].startsWith(JBAKE_END)) {
                    out.error(source.line(i + 1), "this line of the page header is not `name=value`",
                            "write each header line as `name=value`, then a line `~~~~~~` before the text");
                }
            }
            // Blank out the header rather than cut it, so offsets and line numbers still match the file.
            md = new MarkdownSource(SourceText.of(source.path(),
                    text.substring(0, jbakeEnd).replaceAll("[^\\n]", " ") + text.substring(jbakeEnd)), limits, out);
        } else {
            md = new MarkdownSource(source, limits, out);
            Optional<MarkdownSource.FrontMatterText> fm = md.frontMatterText();
            if (fm.isPresent()) {
                YamlTree yaml = new YamlTree(source, fm.get().firstLine(), out);
                yaml.compose(fm.get().yaml()).map(root -> yaml.fieldMapping(root, "the page's front matter"))
                        .ifPresent(map -> {
                            for (Map.Entry<String, NodeTuple> e : map.entrySet()) {
                                fields.put(e.getKey(), yaml.text(e.getValue()).strip());
                                keys.put(e.getKey(), yaml.locate(e.getValue().getKeyNode()));
                            }
                        });
                yaml.reportRespelt();
            }
        }
        if (!md.readable()) {
            return Optional.empty();
        }
        String title = fields.getOrDefault("title", "");
        List<Node> blocks = new ArrayList<>(md.blocks());
        if (title.isEmpty() && !fields.containsKey("title") && !blocks.isEmpty()
                && blocks.get(0) instanceof com.vladsch.flexmark.ast.Heading first && first.getLevel() == 1) {
            // A page that starts with its `# ` heading, as Markdown pages do: that heading is its title, shown once.
            title = MarkdownSource.plainText(first);
            blocks.remove(0);
        }
        if (title.isEmpty()) {
            out.error(source.line(1), "the page has no title",
                    "start the file with its title as a `# ` heading, or with front matter: a `---` line, `title:"
                            + " Your page title`, and another `---`");
        }
        Markdown body = md.markdown(blocks, source.line(1));
        return Optional.of(new Page(slug, title, fields.getOrDefault("summary", ""), body,
                md.images("an image on the page"), md.rawHtml(), Location.of(source.path()).at(1, 1),
                fields.getOrDefault("language", ""), keys));
    }

    /** Where a JBake header ends (after its {@code ~~~~~~} line), or -1 when the file has none. */
    private static int jbakeHeaderEnd(String text) {
        if (text.startsWith("---")) {
            return -1;
        }
        int at = text.indexOf("\n" + JBAKE_END);
        if (at < 0 || !JBAKE_FIELD.matcher(text.lines().findFirst().orElse("")).matches()) {
            return -1;
        }
        int lineEnd = text.indexOf('\n', at + 1);
        return lineEnd < 0 ? text.length() : lineEnd + 1;
    }
}

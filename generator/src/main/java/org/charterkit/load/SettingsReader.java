package org.charterkit.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.model.InputLimits;
import org.charterkit.model.Settings;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads {@code charterkit.yml}: a project's settings, each with a located message when it is wrong. */
final class SettingsReader {

    static final List<String> FIELDS = List.of("max-file-size-kb", "base-url", "reading-ease-warning-below",
            "repository", "branch", "max-nesting", "max-table-columns");

    private final Diagnostics out;

    SettingsReader(Diagnostics out) {
        this.out = out;
    }

    Settings read(SourceText source) {
        Settings defaults = Settings.defaults();
        YamlTree yaml = new YamlTree(source, 1, out);
        Optional<Map<String, NodeTuple>> fields = yaml.compose(source.text())
                .map(root -> yaml.mapping(root, "the settings"));
        if (fields.isEmpty()) {
            return defaults;
        }
        long maxFileBytes = defaults.maxFileBytes();
        String repository = defaults.repository();
        String branch = defaults.branch();
        Optional<String> baseUrl = defaults.baseUrl();
        int readingEase = defaults.readingEaseWarningBelow();
        int nesting = defaults.limits().nesting();
        int tableColumns = defaults.limits().tableColumns();
        for (Map.Entry<String, NodeTuple> field : fields.get().entrySet()) {
            String value = yaml.text(field.getValue()).strip();
            switch (field.getKey()) {
                case "max-file-size-kb" -> {
                    if (value.matches("[1-9][0-9]{0,6}")) {
                        maxFileBytes = Long.parseLong(value) * 1000;
                    } else {
                        out.error(yaml.locate(field.getValue().getValueNode()),
                                "`max-file-size-kb` should be a whole number of kilobytes, not `" + value + "`",
                                "write, for example, `max-file-size-kb: 1000`");
                    }
                }
                case "repository" -> {
                    if (value.matches("https://[^\\s?#]+[^/\\s?#]/?")) {
                        repository = value;
                    } else {
                        out.error(yaml.locate(field.getValue().getValueNode()),
                                "`repository` should be the repository's web address, not `" + value + "`",
                                "write, for example, `repository: https://github.com/our-forum/charters`");
                    }
                }
                case "branch" -> {
                    if (value.matches("[A-Za-z0-9._/-]+") && !value.contains("..")) {
                        branch = value;
                    } else {
                        out.error(yaml.locate(field.getValue().getValueNode()),
                                "`branch` should be a branch name, not `" + value + "`", "write, for example, `branch: main`");
                    }
                }
                case "base-url" -> {
                    if (isBaseUrl(value)) {
                        baseUrl = Optional.of(value);
                    } else {
                        out.error(yaml.locate(field.getValue().getValueNode()),
                                "`base-url` should be the site's absolute address, starting with `https://` or "
                                        + "`http://` and ending with `/`, not `" + value + "`",
                                "write, for example, `base-url: https://charters.example.org/`");
                    }
                }
                case "reading-ease-warning-below" -> {
                    if (value.matches("0|[1-9][0-9]?|100")) {
                        readingEase = Integer.parseInt(value);
                    } else {
                        out.error(yaml.locate(field.getValue().getValueNode()),
                                "`reading-ease-warning-below` should be a whole number from 0 to 100, not `"
                                        + value + "`",
                                "write, for example, `reading-ease-warning-below: 50`, or 0 to turn the warning off");
                    }
                }
                case "max-nesting" -> nesting = limit(yaml, field.getValue(), value, InputLimits.MOST_NESTING,
                        "how many quotes and lists a line may sit inside", nesting);
                case "max-table-columns" -> tableColumns = limit(yaml, field.getValue(), value,
                        InputLimits.MOST_TABLE_COLUMNS, "how many columns a table may have", tableColumns);
                default -> {
                    Optional<String> near = Suggestions.closest(field.getKey(), FIELDS);
                    out.error(yaml.locate(field.getValue().getKeyNode()), "`" + field.getKey()
                                    + "` is not a setting" + near.map(n -> " (did you mean `" + n + "`?)").orElse(""),
                            near.map(n -> "rename it to `" + n + "`")
                                    .orElse("remove it; the settings are: " + String.join(", ", FIELDS)));
                }
            }
        }
        return new Settings(maxFileBytes, baseUrl, readingEase, repository, branch,
                new InputLimits(nesting, tableColumns));
    }

    /**
     * A limit on the Markdown's structure, from 1 up to the most Charterkit has been measured to read safely;
     * past that the Markdown reader runs out of stack, so a higher value is refused rather than obeyed.
     */
    private int limit(YamlTree yaml, NodeTuple field, String value, int most, String what, int otherwise) {
        String key = ((org.snakeyaml.engine.v2.nodes.ScalarNode) field.getKeyNode()).getValue();
        if (value.matches("[1-9][0-9]{0,5}") && Integer.parseInt(value) <= most) {
            return Integer.parseInt(value);
        }
        out.error(yaml.locate(field.getValueNode()), "`" + key + "` (" + what + ") should be a whole number from 1 to "
                        + most + ", not `" + value + "`",
                most + " is the most Charterkit can read safely; write, for example, `" + key + ": " + most + "`");
        return otherwise;
    }

    /** An absolute http(s) address with a host, ending with {@code /}, and no query or fragment. */
    private static boolean isBaseUrl(String value) {
        if (!value.endsWith("/") || value.contains("?") || value.contains("#") || value.matches(".*\\s.*")) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawUserInfo() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}

package org.charterkit.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.load.Suggestions;
import org.charterkit.model.Area;
import org.charterkit.model.Page;
import org.charterkit.model.Project;

/**
 * An extra page's header holds only fields Charterkit reads, as the charter's does: a misspelt one would
 * otherwise be ignored without a word (a {@code langauge: cy} page would stay English).
 */
final class PageFrontMatterRule implements AreaRule {

    /** The page's own fields, then those a JBake header carries, which are accepted and not needed. */
    static final List<String> FIELDS = List.of("title", "summary", "language");
    private static final List<String> JBAKE_FIELDS = List.of("type", "status", "date", "tags");

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        for (Page page : area.pages()) {
            for (Map.Entry<String, Location> key : page.keys().entrySet()) {
                String name = key.getKey();
                if (name.equals(FrontMatterRule.LAST_UPDATED)) {
                    FrontMatterRule.lastUpdated(out, key.getValue());
                } else if (!FIELDS.contains(name) && !JBAKE_FIELDS.contains(name)) {
                    Optional<String> near = Suggestions.closest(name, FIELDS);
                    out.error(key.getValue(), "`" + name + "` is not a field of a page"
                                    + near.map(n -> " (did you mean `" + n + "`?)").orElse(""),
                            near.map(n -> "rename it to `" + n + "`")
                                    .orElse("remove it; a page's fields are: " + String.join(", ", FIELDS)));
                }
            }
            if (!page.language().isEmpty() && !page.language().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                out.error(page.keys().get("language"), "`language` is not a language tag: `" + page.language()
                                + "`",
                        "write a tag such as `language: cy` (Welsh) or `language: en-GB`");
            }
        }
    }
}

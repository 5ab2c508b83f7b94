package org.charterkit.check;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.load.Suggestions;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.model.Framework;
import org.charterkit.model.Project;
import org.charterkit.model.ScaleLevel;
import org.charterkit.model.ScaleStep;

/**
 * The spectrum of participation and the levels of involvement name only levels their framework defines, each
 * once, so the site can show them as a true ordered scale.
 */
final class ScaleRule implements AreaRule {

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        Charter charter = area.charter();
        Optional<Framework> framework = charter.framework();
        if (framework.isEmpty()) {
            return;
        }
        charter.spectrum().ifPresent(s -> check(s.levels(), framework.get().spectrum(), s.location(),
                "spectrum of participation", out));
        charter.involvement().ifPresent(s -> check(s.levels(), framework.get().levels(), s.location(),
                "levels of involvement", out));
    }

    private static void check(List<? extends ScaleLevel> levels, List<ScaleStep> scale, Location section, String what,
            Diagnostics out) {
        if (levels.isEmpty()) {
            out.error(section, "the " + what + " names no levels",
                    "add a `### ` heading for each level, with its definition under it");
        }
        List<String> names = scale.stream().map(ScaleStep::name).toList();
        Set<String> seen = new HashSet<>();
        for (ScaleLevel level : levels) {
            if (!scale.isEmpty() && scale.stream().noneMatch(s -> s.id().equals(level.id()))) {
                Optional<String> near = Suggestions.closest(level.name(), names);
                out.error(level.location(), "`" + level.name() + "` is not a level of the " + what
                                + near.map(n -> " (did you mean `" + n + "`?)").orElse(""),
                        "use one of: " + String.join(", ", names));
            }
            if (!seen.add(level.id())) {
                out.error(level.location(), "the " + what + " names `" + level.name() + "` more than once",
                        "keep one `### " + level.name() + "` heading and its definition");
            }
        }
    }
}

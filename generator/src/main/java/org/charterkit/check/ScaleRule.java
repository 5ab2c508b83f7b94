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
import org.charterkit.model.ScaleStep;

/**
 * The spectrum of participation and the levels of involvement name only levels their framework defines, each
 * once, so the site can show them as a true ordered scale.
 */
final class ScaleRule implements Rule {

    @Override
    public void check(Project project, Diagnostics out) {
        for (Area area : project.areas()) {
            Charter charter = area.charter();
            Optional<Framework> framework = charter.framework();
            if (framework.isEmpty()) {
                continue;
            }
            charter.spectrum().ifPresent(s -> {
                List<ScaleStep> scale = framework.get().spectrum();
                if (s.levels().isEmpty()) {
                    out.error(s.location(), "the spectrum of participation names no levels",
                            "add a `### ` heading for each level, with its definition under it");
                }
                s.levels().forEach(l -> step(out, scale, l.name(), l.id(), l.location(), "spectrum of participation",
                        seen(s.levels().stream().map(x -> x.id()).toList(), l.id())));
            });
            charter.involvement().ifPresent(s -> {
                List<ScaleStep> scale = framework.get().levels();
                if (s.levels().isEmpty()) {
                    out.error(s.location(), "the levels of involvement name no levels",
                            "add a `### ` heading for each level, with its definition under it");
                }
                s.levels().forEach(l -> step(out, scale, l.name(), l.id(), l.location(), "levels of involvement",
                        seen(s.levels().stream().map(x -> x.id()).toList(), l.id())));
            });
        }
    }

    private static boolean seen(List<String> ids, String id) {
        return ids.stream().filter(id::equals).count() > 1;
    }

    private static void step(Diagnostics out, List<ScaleStep> scale, String name, String id, Location at,
            String what, boolean repeated) {
        List<String> names = scale.stream().map(ScaleStep::name).toList();
        if (!scale.isEmpty() && scale.stream().noneMatch(s -> s.id().equals(id))) {
            Optional<String> near = Suggestions.closest(name, names);
            out.error(at, "`" + name + "` is not a level of the " + what
                            + near.map(n -> " (did you mean `" + n + "`?)").orElse(""),
                    "use one of: " + String.join(", ", names));
        }
        if (repeated) {
            Set<String> once = new HashSet<>();
            if (once.add(id)) {
                out.error(at, "the " + what + " names `" + name + "` more than once",
                        "keep one `### " + name + "` heading and its definition");
            }
        }
    }
}

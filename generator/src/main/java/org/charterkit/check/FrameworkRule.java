package org.charterkit.check;

import java.util.List;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.Suggestions;
import org.charterkit.model.Area;
import org.charterkit.model.Framework;
import org.charterkit.model.Project;

/** A charter names a framework that exists under {@code content/frameworks/}. */
final class FrameworkRule implements AreaRule {

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        var charter = area.charter();
        if (charter.frameworkId().isEmpty() || charter.framework().isPresent()) {
            return;
        }
        List<String> known = project.frameworks().stream().map(Framework::id).toList();
        Optional<String> near = Suggestions.closest(charter.frameworkId(), known);
        out.error(charter.frontMatter().keys().getOrDefault("framework", charter.frontMatter().start()),
                "there is no framework `" + charter.frameworkId() + "`"
                        + near.map(n -> " (did you mean `" + n + "`?)").orElse(""),
                "use one of: " + String.join(", ", known)
                        + "; a new framework is a file in content/frameworks/");
    }
}

package org.charterkit.build;

import java.util.List;
import org.charterkit.diagnostic.Diagnostic;

/**
 * How a build or check went.
 *
 * @param diagnostics every problem found, sorted by place
 * @param areas       how many areas were read
 * @param pages       how many pages were written (0 for a check, or when errors stopped the build)
 */
public record BuildResult(List<Diagnostic> diagnostics, int areas, int pages) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean succeeded() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }
}

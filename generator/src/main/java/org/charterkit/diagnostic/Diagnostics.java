package org.charterkit.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the diagnostics of one run. Each stage adds to it and carries on, so the person running a check
 * sees every mistake at once rather than one per attempt. Not shared between runs or threads.
 */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        all.add(diagnostic);
    }

    /** Takes in what another collector gathered, such as one made for work done on another thread. */
    public void addAll(Diagnostics other) {
        all.addAll(other.all);
    }

    public void error(Location location, String message, String hint) {
        add(Diagnostic.error(location, message, hint));
    }

    public void warning(Location location, String message, String hint) {
        add(Diagnostic.warning(location, message, hint));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return all.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return all.size() - errorCount();
    }

    /** Everything collected so far, sorted by file, line and column so the output is the same every run. */
    public List<Diagnostic> sorted() {
        return all.stream().sorted().distinct().toList();
    }
}

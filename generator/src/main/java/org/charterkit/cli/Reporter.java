package org.charterkit.cli;

import java.io.PrintWriter;
import java.util.List;
import org.charterkit.build.BuildResult;
import org.charterkit.diagnostic.Diagnostic;

/** Prints diagnostics the way compilers do, so editors and CI logs can link them to the line. */
final class Reporter {

    private Reporter() {
    }

    /** Prints every diagnostic and a count to {@code err}; returns the exit code the result deserves. */
    static int report(BuildResult result, PrintWriter err) {
        return report(result.diagnostics(), err);
    }

    /** The same for diagnostics that come from no build (a release, a diff). */
    static int report(List<Diagnostic> diagnostics, PrintWriter err) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        for (Diagnostic d : diagnostics) {
            err.println(d.format());
        }
        if (!diagnostics.isEmpty()) {
            err.println(count(errors, "error") + ", " + count(diagnostics.size() - errors, "warning"));
        }
        err.flush();
        return errors == 0 ? 0 : 1;
    }

    /** 1 when there is an error, 0 otherwise: warnings alone never fail a run. */
    static int exitCode(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError) ? 1 : 0;
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}

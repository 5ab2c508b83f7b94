package org.charterkit.cli;

import java.io.PrintWriter;
import org.charterkit.build.BuildResult;
import org.charterkit.diagnostic.Diagnostic;

/** Prints diagnostics the way compilers do, so editors and CI logs can link them to the line. */
final class Reporter {

    private Reporter() {
    }

    /** Prints every diagnostic and a count to {@code err}; returns the exit code the result deserves. */
    static int report(BuildResult result, PrintWriter err) {
        for (Diagnostic d : result.diagnostics()) {
            err.println(d.format());
        }
        if (!result.diagnostics().isEmpty()) {
            err.println(count(result.errors(), "error") + ", " + count(result.warnings(), "warning"));
        }
        err.flush();
        return result.succeeded() ? 0 : 1;
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}

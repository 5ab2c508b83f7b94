package org.charterkit.cli;

import java.io.PrintWriter;
import org.charterkit.diagnostic.Fault;

/**
 * Reports a failure nobody planned for in one line on standard error, instead of a Java stack trace that
 * means nothing to the forum member who pushed a charter: what Charterkit was doing, on which file when that is
 * known, and that it is a fault in Charterkit, not in the charter. A build that fails like this has written
 * nothing, so the last site built is unchanged.
 */
final class FaultReport {

    /** The exit code of a fault, apart from 1 (the charters have errors) and 2 (the command was used wrongly). */
    static final int EXIT_CODE = 3;

    private FaultReport() {
    }

    static int report(Throwable failure, String command, PrintWriter err) {
        String what;
        if (failure instanceof Fault fault) {
            what = fault.doing() + " " + fault.file();
            failure = fault.getCause() == null ? fault : fault.getCause();
        } else {
            what = "running `charterkit " + command + "`";
        }
        String detail = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + firstLine(failure.getMessage()));
        err.println("charterkit: failed while " + what + " (" + detail + "); this is a fault in Charterkit, not in"
                + " your files: please report it." + (command.equals("build")
                        ? " Nothing was written; the last site built is unchanged." : ""));
        err.flush();
        return EXIT_CODE;
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}

package org.charterkit.cli;

import java.io.PrintWriter;
import org.charterkit.diagnostic.Progress;

/**
 * Shows a long build's progress: one line rewritten in place on a terminal, a line per step with
 * {@code --verbose}, and nothing in CI logs or pipes otherwise, where a counter is only noise.
 */
final class ProgressReport implements Progress {

    private final PrintWriter err;
    private final boolean inPlace;

    private ProgressReport(PrintWriter err, boolean inPlace) {
        this.err = err;
        this.inPlace = inPlace;
    }

    /** The progress a person will want to see from here. */
    static Progress choose(boolean verbose, PrintWriter err) {
        if (verbose) {
            return new ProgressReport(err, false);
        }
        boolean terminal = System.console() != null && System.getenv("CI") == null;
        return terminal ? new ProgressReport(err, true) : Progress.NONE;
    }

    @Override
    public synchronized void update(String stage, int done, int total) {
        String line = stage + ": " + done + " of " + total;
        if (inPlace) {
            err.print("\r" + line + "   ");
            if (done == total) {
                err.println();
            }
        } else {
            err.println(line);
        }
        err.flush();
    }
}

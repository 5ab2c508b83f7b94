package org.charterkit;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.charterkit.cli.CharterkitCommand;

/** The charterkit command run in-process as a person runs it: what it printed, where, and its exit code. */
public record CommandRun(int code, String out, String err) {

    public static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CharterkitCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(code, out.toString(), err.toString());
    }
}

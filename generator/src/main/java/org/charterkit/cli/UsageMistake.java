package org.charterkit.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a usage mistake is told: one line on standard error, saying what is wrong and which help to read, and exit
 * code 2. A whole usage screen would bury the one line that matters; exit code 1 is kept for mistakes in the
 * charters, so a script (or CI) can tell "fix the charter" from "fix the command".
 */
final class UsageMistake implements IParameterExceptionHandler {

    /** A usage mistake found by a command after parsing: a folder, an area or a revision that is not there. */
    static ParameterException of(CommandLine.Model.CommandSpec command, String what) {
        return new ParameterException(command.commandLine(), what);
    }

    @Override
    public int handleParseException(ParameterException mistake, String[] args) {
        CommandLine line = mistake.getCommandLine();
        String command = line.getCommandSpec().qualifiedName();
        String message = mistake.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
        if (mistake instanceof UnmatchedArgumentException unmatched) {
            List<String> near = unmatched.getSuggestions();
            if (!near.isEmpty()) {
                message += " (did you mean `" + String.join("` or `", near.subList(0, Math.min(3, near.size()))) + "`?)";
            }
        }
        PrintWriter err = line.getErr();
        err.println(command + ": " + message + (message.endsWith(".") ? "" : ".") + " See `" + command + " --help`.");
        err.flush();
        return line.getCommandSpec().exitCodeOnInvalidInput();
    }
}

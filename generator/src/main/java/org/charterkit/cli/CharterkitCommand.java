package org.charterkit.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; it only holds the subcommands. */
@Command(name = "charterkit",
        mixinStandardHelpOptions = true,
        versionProvider = CharterkitCommand.Version.class,
        description = "Builds accessible websites from the co-production charters of local areas.",
        subcommands = {NewCommand.class, BuildCommand.class, CheckCommand.class, ServeCommand.class, ReleaseCommand.class, DiffCommand.class,
                CompletionCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 the charters have errors, 2 the command was used wrongly,"
                + " 3 a fault in Charterkit."})
public final class CharterkitCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command with the given streams; returns the exit code. Used by {@link #main} and by tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new CharterkitCommand());
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler(new UsageMistake());
        line.setExecutionExceptionHandler((failure, command, parsed) ->
                FaultReport.report(failure, command.getCommandName(), err));
        try {
            return line.execute(args);
        } catch (RuntimeException | Error failure) {
            // picocli hands only exceptions to the handler above; an Error (a stack overflow) comes out here.
            return FaultReport.report(failure, args.length > 0 ? args[0] : "", err);
        }
    }

    @Override
    public void run() {
        List<String> names = List.copyOf(spec.subcommands().keySet());
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: "
                + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1));
    }

    /** Charterkit's version, as the jar's manifest records it. */
    static String version() {
        String v = CharterkitCommand.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** Charterkit's version and the Java it runs on: the first two facts a bug report needs. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"charterkit " + version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                            + System.getProperty("java.vm.name") + "), on " + System.getProperty("os.name") + " "
                            + System.getProperty("os.arch")};
        }
    }
}

package org.charterkit.cli;

import java.util.concurrent.Callable;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code charterkit check}: the checks alone; nothing is written. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks every charter and reports every mistake, with its file, line and column. Writes nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, on standard error), github (GitHub Actions annotations on the changed"
                    + " lines of a pull request, on standard output) or sarif (a SARIF 2.1.0 log for code scanning,"
                    + " on standard output). Default: ${DEFAULT-VALUE}.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReportFormat chosen;
        try {
            chosen = ReportFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format must be text, github or sarif, not `" + format + "`");
        }
        BuildResult result = new SiteBuild(CharterkitCommand.version()).run(BuildRequest.check(project.root()));
        if (chosen == ReportFormat.GITHUB) {
            spec.commandLine().getOut().print(ReportFormat.github(result.diagnostics()));
            spec.commandLine().getOut().flush();
        } else if (chosen == ReportFormat.SARIF) {
            spec.commandLine().getOut().print(ReportFormat.sarif(result.diagnostics(), CharterkitCommand.version()));
            spec.commandLine().getOut().flush();
        }
        int code = chosen == ReportFormat.TEXT ? Reporter.report(result, spec.commandLine().getErr())
                : Reporter.exitCode(result.diagnostics());
        if (code == 0 && chosen == ReportFormat.TEXT) {
            spec.commandLine().getOut().printf("Checked %d %s: no errors.%n", result.areas(),
                    result.areas() == 1 ? "area" : "areas");
        }
        return code;
    }
}

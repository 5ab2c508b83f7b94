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
    ReportFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult result = new SiteBuild(CharterkitCommand.version()).run(BuildRequest.check(project.root()));
        if (format == ReportFormat.github) {
            spec.commandLine().getOut().print(ReportFormat.annotations(result.diagnostics()));
            spec.commandLine().getOut().flush();
        } else if (format == ReportFormat.sarif) {
            spec.commandLine().getOut().print(ReportFormat.sarifLog(result.diagnostics(), CharterkitCommand.version()));
            spec.commandLine().getOut().flush();
        }
        int code = format == ReportFormat.text ? Reporter.report(result, spec.commandLine().getErr())
                : Reporter.exitCode(result.diagnostics());
        if (code == 0 && format == ReportFormat.text) {
            spec.commandLine().getOut().printf("Checked %d %s: no errors.%n", result.areas(),
                    result.areas() == 1 ? "area" : "areas");
        }
        return code;
    }
}

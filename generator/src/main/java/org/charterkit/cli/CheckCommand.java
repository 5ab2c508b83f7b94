package org.charterkit.cli;

import java.util.concurrent.Callable;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code charterkit check}: the checks alone; nothing is written. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks every charter and reports every mistake, with its file, line and column. Writes nothing.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildResult result = new SiteBuild(CharterkitCommand.version()).run(BuildRequest.check(project.root()));
        int code = Reporter.report(result, spec.commandLine().getErr());
        if (code == 0) {
            spec.commandLine().getOut().printf("Checked %d %s: no errors.%n", result.areas(),
                    result.areas() == 1 ? "area" : "areas");
        }
        return code;
    }
}

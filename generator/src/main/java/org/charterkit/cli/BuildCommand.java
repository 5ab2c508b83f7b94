package org.charterkit.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code charterkit build}: check, then write every area's site and the hub. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Checks the charters, then builds every area's site and the hub.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the site. Default: public/ in the project folder.")
    Path out;

    @Option(names = "--area", paramLabel = "SLUG", description = "Build only this area (its folder name).")
    String area;

    @Option(names = "--no-pdf", description = "Skip the printed charters (PDF booklet and poster): a quicker preview.")
    boolean noPdf;

    @Option(names = "--verbose", description = "Show each step of the build. (On a terminal a progress line is shown anyway;"
            + " in CI and pipes nothing is, unless this is given.)")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path root = project.root();
        Optional<String> only = Optional.ofNullable(area).map(project::area);
        Path target = out != null ? out : root.resolve("public");
        BuildResult result = new SiteBuild(CharterkitCommand.version())
                .run(BuildRequest.build(root, target).only(only).printing(!noPdf),
                        ProgressReport.choose(verbose, spec.commandLine().getErr()));
        int code = Reporter.report(result, spec.commandLine().getErr());
        if (code == 0) {
            spec.commandLine().getOut().printf("Built %d %s, %d pages, into %s%nOpen %s in a browser,"
                            + " or run `./charterkit serve` to read it at a local address.%n",
                    result.areas(), result.areas() == 1 ? "area" : "areas", result.pages(), target,
                    target.resolve("index.html"));
        } else {
            spec.commandLine().getErr().println("Nothing was written; the last site built is unchanged.");
        }
        return code;
    }
}

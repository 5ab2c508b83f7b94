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

    @Option(names = "--area", paramLabel = "SLUG", description = "Update only this area's pages (its folder name), with the hub and the pages every area"
                    + " shares; the other areas' pages are kept as the last build wrote them.")
    String area;

    @Option(names = "--drafts", description = "Publish the charters whose status is draft too (with their banner)."
            + " Without it, drafts are left out of the site: their pages, the hub, search, compare and feeds.")
    boolean drafts;

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
        java.util.Optional<String> refusal = org.charterkit.write.OutputFolder.refusal(root, target);
        if (refusal.isPresent()) {
            // A usage mistake, refused before anything is read or written.
            spec.commandLine().getErr().println("charterkit build: " + refusal.get());
            return 2;
        }
        BuildResult result = new SiteBuild(CharterkitCommand.version())
                .run(BuildRequest.build(root, target).only(only).printing(!noPdf).withDrafts(drafts),
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

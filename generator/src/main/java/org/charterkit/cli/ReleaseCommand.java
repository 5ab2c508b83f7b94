package org.charterkit.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.charterkit.build.BuildRequest;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.release.Releaser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code charterkit release <area>}: freeze the area's current charter as a released version. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Freezes an area's current charter as a released version: copies charter.md to"
                + " versions/<version>.md and records its fingerprint in versions/SHA256SUMS.",
                "Refuses when the charters have errors, the charter is not adopted, or its version is not newer"
                        + " than every released one. Then edit charter.md, with a new version number, for the next"
                        + " version."})
final class ReleaseCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Parameters(paramLabel = "AREA", description = "The area's folder name under charters/.")
    String area;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Path> released = new Releaser(project.root(), BuildRequest.currentDay()).release(project.area(area),
                diagnostics);
        int code = Reporter.report(diagnostics.sorted(), spec.commandLine().getErr());
        if (released.isPresent() && code == 0) {
            spec.commandLine().getOut().printf("Released %s as %s.%nFor the next version, edit charter.md and give"
                    + " it a new version number.%n", area, released.get());
            return 0;
        }
        return 1;
    }
}

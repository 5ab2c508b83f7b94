package org.charterkit.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.charterkit.compare.CharterComparer;
import org.charterkit.compare.CharterComparison;
import org.charterkit.compare.ComparisonText;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code charterkit diff <area>}: what changed between two versions, as text for a pull request. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Prints what changed between two versions of an area's charter, commitment by commitment,"
                + " as plain text to paste into a pull request, or as Markdown.")
final class DiffCommand implements Callable<Integer> {

    enum Format { text, markdown }

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Parameters(paramLabel = "AREA", description = "The area's folder name under charters/.")
    String area;

    @Option(names = "--from", paramLabel = "V", description = "The older version. Default: the one before --to.")
    String from;

    @Option(names = "--to", paramLabel = "V", description = "The newer version. Default: the current charter.")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or markdown. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Area> found = new ProjectLoader(project.root(), diagnostics).load(Optional.of(area)).areas()
                .stream().findFirst();
        if (found.isEmpty() || diagnostics.hasErrors()) {
            return Reporter.report(diagnostics.sorted(), spec.commandLine().getErr());
        }
        List<Charter> versions = found.get().versions();
        // The newest of the versions is the current charter, released or not.
        Optional<Charter> newer = to == null ? Optional.of(versions.get(versions.size() - 1)) : version(versions, to);
        Optional<Charter> older = newer.flatMap(n -> from == null ? found.get().predecessor(n) : version(versions, from));
        if (newer.isEmpty() || older.isEmpty()) {
            String known = String.join(", ", versions.stream().map(Charter::version).toList());
            diagnostics.error(Location.of("charters/" + area), newer.isEmpty() ? "there is no version " + to
                            : from == null ? "version " + newer.get().version() + " is the first: there is nothing"
                            + " before it to compare with" : "there is no version " + from,
                    "the versions of " + area + " are: " + known);
            return Reporter.report(diagnostics.sorted(), spec.commandLine().getErr());
        }
        CharterComparison comparison = new CharterComparer().compare(older.get(), newer.get());
        ComparisonText text = new ComparisonText();
        spec.commandLine().getOut().print(format == Format.markdown ? text.markdown(comparison)
                : text.plain(comparison));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static Optional<Charter> version(List<Charter> versions, String version) {
        return versions.stream().filter(c -> c.version().equals(version)).findFirst();
    }
}

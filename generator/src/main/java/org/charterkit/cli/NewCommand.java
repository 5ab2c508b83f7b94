package org.charterkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.Slugs;
import org.charterkit.load.Suggestions;
import org.charterkit.scaffold.Scaffolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code charterkit new <slug> --area "Name"}: start a new area's charter from its framework. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Starts a new area: writes charters/<slug>/charter.md with a heading for every cornerstone"
                + " of the framework, ready for your commitments.",
                "Refuses an area that exists already."})
final class NewCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Parameters(paramLabel = "SLUG", description = "The new area's folder name: lower-case words joined by -,"
            + " like brighton-and-hove. It becomes the area's web address.")
    String slug;

    @Option(names = "--area", required = true, paramLabel = "NAME",
            description = "The area's name, as people say it: \"Brighton and Hove\".")
    String area;

    @Option(names = "--framework", paramLabel = "ID", defaultValue = "four-cornerstones",
            description = "The framework the charter follows (a file in content/frameworks/). Default: ${DEFAULT-VALUE}.")
    String framework;

    @Option(names = "--value", paramLabel = "NAME",
            description = "A value of the area's own, written as prose (repeat for each, in order: --value \"Value"
                    + " lived experience\" --value \"Share power\"). Writes content/frameworks/<slug>-values.yml"
                    + " and a numbered heading for each value.")
    java.util.List<String> values = new java.util.ArrayList<>();

    @Option(names = "--pledges", description = "Start the charter with a list of pledged pieces of work, each"
            + " with a target and a status.")
    boolean pledges;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path root = project.folder();
        checkArguments(root);
        Diagnostics diagnostics = new Diagnostics();
        Optional<Path> file = new Scaffolder(root).create(slug, area, framework, values, pledges, diagnostics);
        int code = Reporter.report(diagnostics.sorted(), spec.commandLine().getErr());
        if (file.isEmpty()) {
            return 1;
        }
        if (!values.isEmpty()) {
            spec.commandLine().getOut().printf("Wrote content/frameworks/%s-values.yml%n", slug);
        }
        spec.commandLine().getOut().printf("Wrote %s%n%s, then run `./charterkit check`.%n",
                root.toAbsolutePath().normalize().relativize(file.get()), values.isEmpty()
                        ? "Fill in the commitments under each heading"
                        : "Under each value's heading, say what it means in a sentence or three");
        return code;
    }

    /**
     * The slug, the area's name and the framework are what the person typed: a wrong one is a usage mistake
     * (exit 2), told before anything is read or written. The scaffolder checks them again for its other callers.
     */
    private void checkArguments(Path root) {
        if (!Slugs.isValid(slug)) {
            throw UsageMistake.of(spec, "`" + slug + "` cannot be an area's folder name: use lower-case letters and"
                    + " digits in words joined by `-`, like `" + Slugs.slugify(slug) + "`");
        }
        if (Files.exists(root.resolve("charters").resolve(slug))) {
            throw UsageMistake.of(spec, "the area `" + slug + "` exists already: edit charters/" + slug
                    + "/charter.md, or choose another name for the new area");
        }
        if (area.isBlank()) {
            throw UsageMistake.of(spec, "the new area has no name: give it with --area, like"
                    + " `--area \"Brighton and Hove\"`");
        }
        List<String> frameworks = frameworks(root);
        // With --value the area's own framework is written, and --framework is not read.
        if (values.isEmpty() && !frameworks.contains(framework)) {
            throw UsageMistake.of(spec, "there is no framework `" + framework + "`"
                    + Suggestions.closest(framework, frameworks).map(f -> " (did you mean `" + f + "`?)").orElse("")
                    + "; the frameworks are " + String.join(", ", frameworks));
        }
    }

    /** The frameworks' ids: a framework is named by its file in content/frameworks/. */
    private static List<String> frameworks(Path root) {
        try (Stream<Path> files = Files.list(root.resolve("content/frameworks"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml"))
                    .map(n -> n.substring(0, n.length() - ".yml".length())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

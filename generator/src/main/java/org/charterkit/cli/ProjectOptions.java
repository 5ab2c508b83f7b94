package org.charterkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.charterkit.load.Suggestions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command shares: which project to read. A folder or an area that is not there is a usage
 * mistake (exit 2), found before any work starts, rather than an error in the charters.
 */
final class ProjectOptions {

    @Option(names = "--root", paramLabel = "DIR",
            description = "The project folder, holding charters/, content/ and themes/."
                    + " Default: $CHARTERKIT_ROOT, or the current folder.")
    Path root;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The project folder, which must hold {@code charters/}. */
    Path root() {
        Path folder = folder();
        if (!Files.isDirectory(folder.resolve("charters"))) {
            throw UsageMistake.of(command, "there is no `charters` folder in " + folder.toAbsolutePath().normalize()
                    + " (" + origin() + "): run charterkit from the project folder, or name it with --root");
        }
        return folder;
    }

    /** The project folder, which must exist but may not hold charters yet (for {@code new}). */
    Path folder() {
        Path folder = given();
        if (!Files.exists(folder)) {
            throw UsageMistake.of(command, "the project folder " + folder + " (" + origin() + ") does not exist:"
                    + " name the folder that holds charters/");
        }
        if (!Files.isDirectory(folder)) {
            throw UsageMistake.of(command, "the project folder " + folder + " (" + origin() + ") is a file:"
                    + " name the folder that holds charters/");
        }
        return folder;
    }

    /** {@code slug} when it names an area of the project (a folder under {@code charters/}). */
    String area(String slug) {
        List<String> areas = areas(root());
        if (!areas.contains(slug)) {
            throw UsageMistake.of(command, "there is no area `" + slug + "`"
                    + Suggestions.closest(slug, areas).map(s -> " (did you mean `" + s + "`?)").orElse("")
                    + (areas.isEmpty() ? "; charters/ has no areas yet" : "; the areas are " + String.join(", ", areas)));
        }
        return slug;
    }

    private Path given() {
        if (root != null) {
            return root;
        }
        String env = System.getenv("CHARTERKIT_ROOT");
        return Path.of(env == null || env.isBlank() ? "." : env);
    }

    /** Where the folder was named, so the person knows what to change. */
    private String origin() {
        if (root != null) {
            return "given by --root";
        }
        String env = System.getenv("CHARTERKIT_ROOT");
        return env == null || env.isBlank() ? "the current folder" : "given by $CHARTERKIT_ROOT";
    }

    private static List<String> areas(Path root) {
        try (Stream<Path> children = Files.list(root.resolve("charters"))) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}

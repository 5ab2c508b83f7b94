package org.charterkit.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command shares: which project to read. */
final class ProjectOptions {

    @Option(names = "--root", paramLabel = "DIR",
            description = "The project folder, holding charters/, content/ and themes/."
                    + " Default: $CHARTERKIT_ROOT, or the current folder.")
    Path root;

    Path root() {
        if (root != null) {
            return root;
        }
        String env = System.getenv("CHARTERKIT_ROOT");
        return Path.of(env == null || env.isBlank() ? "." : env);
    }
}

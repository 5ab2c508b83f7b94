package org.charterkit.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build.
 *
 * @param root the project folder ({@code charters/}, {@code content/}, {@code themes/})
 * @param out  where the site goes; empty for a check that writes nothing
 * @param area only this area, when given
 */
public record BuildRequest(Path root, Optional<Path> out, Optional<String> area) {

    public static BuildRequest check(Path root) {
        return new BuildRequest(root, Optional.empty(), Optional.empty());
    }

    public static BuildRequest build(Path root, Path out) {
        return new BuildRequest(root, Optional.of(out), Optional.empty());
    }
}

package org.charterkit.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a site may go. The output folder is replaced whole, so it must never be, or be inside, or hold, the
 * folders a project is made of: a site written into {@code themes/default} would replace the theme.
 */
public final class OutputFolder {

    /** The project's own folders, which no site may be written into. */
    private static final List<String> SOURCES = List.of("charters", "content", "themes");

    private OutputFolder() {
    }

    /**
     * Why {@code out} cannot hold the site of the project in {@code root}, or empty when it can. Links are
     * followed first, so a link into {@code themes/} is refused as {@code themes/} itself would be.
     */
    public static Optional<String> refusal(Path root, Path out) {
        Path project = real(root);
        Path site = real(out);
        if (site.equals(project)) {
            return Optional.of("--out " + out + " is the project folder itself; the site goes in a folder of its"
                    + " own, such as public/");
        }
        if (project.startsWith(site)) {
            return Optional.of("--out " + out + " holds the project folder " + root + "; the site goes in a folder"
                    + " of its own, such as public/");
        }
        for (String source : SOURCES) {
            Path folder = real(project.resolve(source));
            if (site.startsWith(folder)) {
                return Optional.of("--out " + out + " is inside the project's " + source + "/ folder, which the"
                        + " site would replace or be read back from; choose a folder outside it, such as public/");
            }
        }
        return Optional.empty();
    }

    /**
     * The folder {@code path} names once every link is followed, for a path that may not exist yet: its nearest
     * existing ancestor is resolved, the rest appended. A dangling link is followed to where it points.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(absolute); hops++) {
            try {
                absolute = absolute.resolveSibling(Files.readSymbolicLink(absolute)).normalize();
            } catch (IOException e) {
                break;
            }
        }
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            Path real = existing.toRealPath();
            Path rest = existing.relativize(absolute);
            return rest.toString().isEmpty() ? real : real.resolve(rest).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}

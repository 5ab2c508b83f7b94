package org.charterkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;

/** The real project the tests build, and throwaway projects made from it. */
public final class TestProjects {

    /** The day the real site is built for in tests, fixed so pages that depend on the date do not drift. */
    public static final java.time.LocalDate BUILD_DAY = java.time.LocalDate.of(2026, 1, 1);

    private TestProjects() {
    }

    /** The repository root: the real charters, content and themes. */
    public static Path repositoryRoot() {
        return Path.of(System.getProperty("charterkit.root", "..")).toAbsolutePath().normalize();
    }

    /** Builds the real project into {@code out}; fails the test if the build reports any error. */
    public static BuildResult buildRealSite(Path out) {
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(repositoryRoot(), out).on(BUILD_DAY));
        if (!result.succeeded()) {
            throw new AssertionError("the real charters do not build: " + result.diagnostics());
        }
        return result;
    }

    /**
     * A project in {@code dir} with the real {@code content/} and {@code themes/} and no charters yet, for a
     * test to add the charters it needs.
     */
    public static Path emptyProject(Path dir) {
        copyTree(repositoryRoot().resolve("content"), dir.resolve("content"));
        copyTree(repositoryRoot().resolve("themes"), dir.resolve("themes"));
        try {
            Files.createDirectories(dir.resolve("charters"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** A project in {@code dir} that is a copy of the real one. */
    public static Path copyOfRealProject(Path dir) {
        emptyProject(dir);
        copyTree(repositoryRoot().resolve("charters"), dir.resolve("charters"));
        return dir;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                // Links are copied as links: some fixtures are about a link that leads out of its area.
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties a folder a test made, so it can make a fresh project there. */
    public static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds {@code count} synthetic areas made by the bench's {@code gen.py} (HTML only) into {@code dir/site},
     * as the bench builds them; skips the test where python3 is missing. Returns the built site.
     */
    public static Path buildBenchAreas(Path dir, int count) throws IOException, InterruptedException {
        Path root = emptyProject(dir.resolve("project"));
        Process python;
        try {
            python = new ProcessBuilder("python3", repositoryRoot().resolve("bench/gen.py").toString(),
                    "--areas", String.valueOf(count), "--framework",
                    root.resolve("content/frameworks/four-cornerstones.yml").toString(), "--charterkit",
                    root.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false,
                    "python3 is needed to generate the bench's areas: " + e.getMessage());
            throw e;
        }
        String said = new String(python.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertEquals(0, python.waitFor(), said);
        Path built = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(root, built).on(BUILD_DAY).printing(false));
        org.junit.jupiter.api.Assertions.assertTrue(result.succeeded(), result.diagnostics().toString());
        return built;
    }
}

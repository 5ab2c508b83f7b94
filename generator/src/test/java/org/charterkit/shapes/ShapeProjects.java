package org.charterkit.shapes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;

/**
 * The fixture projects of charters shaped as real areas write them ({@code src/test/resources/shapes/}): each
 * folder holds an area's {@code charters/} and, where it needs one, its own {@code content/} (a local framework),
 * laid over the real content and theme.
 */
public final class ShapeProjects {

    public static final Path FIXTURES = Path.of("src/test/resources/shapes");

    /**
     * The shapes, each one area: own names and changed lead-ins, prose values, pledges, page extras, and
     * cornerstones gathered under a heading of their own with dates, spectrum and levels in the charter's words.
     */
    public static final java.util.List<String> SHAPES = java.util.List.of("telford-and-wrekin", "hillingdon",
            "tameside", "shropshire", "kent");

    /** The area whose charter is written right to left, in Urdu ({@code language: ur}). */
    public static final String URDU = "bradford";

    /** The day the shapes are built for: after one pledge's target (March 2026), before another's (Q3 2026). */
    public static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    private ShapeProjects() {
    }

    /** A project in {@code dir} holding every shape. */
    public static Path project(Path dir) {
        Path project = TestProjects.emptyProject(dir);
        for (String shape : SHAPES) {
            for (String part : java.util.List.of("charters", "content")) {
                Path from = FIXTURES.resolve(shape).resolve(part);
                if (Files.isDirectory(from)) {
                    TestProjects.copyTree(from, project.resolve(part));
                }
            }
        }
        return project;
    }

    /** A project in {@code dir} holding every shape and the Urdu area. */
    public static Path projectWithUrdu(Path dir) {
        return withUrdu(project(dir));
    }

    /** Adds the Urdu area to a project. */
    public static Path withUrdu(Path project) {
        TestProjects.copyTree(FIXTURES.resolve(URDU).resolve("charters"), project.resolve("charters"));
        return project;
    }

    /** Builds every shape, with the printed charters, into {@code out}; fails on any error. */
    public static BuildResult build(Path project, Path out) {
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, out).on(DAY));
        if (!result.succeeded()) {
            throw new AssertionError("the shapes do not build: " + result.diagnostics());
        }
        return result;
    }
}

package org.charterkit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.charterkit.TestProjects;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.Project;
import org.charterkit.plan.PageKind;
import org.charterkit.plan.Planner;
import org.charterkit.plan.SitePlan;
import org.charterkit.render.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} tells whether each poster fits without printing it, and without laying out the posters whose
 * word count already proves they fit: shown by counting the layouts it does.
 */
class PosterCheckWorkTest {

    private static int layouts(Path root, Diagnostics out) {
        Project project = new ProjectLoader(root, out).load(Optional.empty());
        SitePlan plan = new Planner(true).plan(project);
        return new SiteRenderer(root.resolve("themes/default"), "test", TestProjects.BUILD_DAY).checkPrint(plan, out);
    }

    private static long posters(Path root) {
        Project project = new ProjectLoader(root, new Diagnostics()).load(Optional.empty());
        return new Planner(true).plan(project).pages().stream().filter(p -> p.kind() == PageKind.POSTER).count();
    }

    @Test
    void aShortCharterIsClearedByItsWordCountAlone(@TempDir Path dir) {
        Path project = TestProjects.emptyProject(dir);
        TestProjects.copyTree(Path.of("src/test/resources/print/signed-charter/charters"), project.resolve("charters"));
        Diagnostics out = new Diagnostics();
        assertEquals(2, posters(project), "the current charter and its version page");
        assertEquals(0, layouts(project, out));
        assertEquals(0, out.sorted().size(), out.sorted().toString());
    }

    @Test
    void theRealChartersNeedNoLayoutAndALongOneIsLaidOutOnce(@TempDir Path dir) throws Exception {
        Diagnostics out = new Diagnostics();
        // Five posters (SE7 current and released 1.0; Warwickshire current, its unreleased 1.0.1 and released
        // 1.0): every one cleared by its word count.
        assertEquals(5, posters(TestProjects.repositoryRoot()));
        assertEquals(0, layouts(TestProjects.repositoryRoot(), out));

        // Warwickshire with 40 more (invented) commitments under Communicate, as a new version 1.1: its poster
        // and the page of version 1.1 show the same words, so one layout tells about both; 1.0 is cleared.
        Path root = TestProjects.copyOfRealProject(dir);
        Path charter = root.resolve("charters/warwickshire/charter.md");
        StringBuilder more = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            more.append("- test commitment ").append(i).append(": write down what was agreed\n");
        }
        java.nio.file.Files.writeString(charter, java.nio.file.Files.readString(charter)
                .replace("- be transparent about what we are doing and why\n",
                        "- be transparent about what we are doing and why\n" + more)
                .replace("version: \"1.0.1\"", "version: \"1.1\"")
                .replace("adopted: 2022-11-01", "adopted: 2025-06-01")
                .replace("review-by: 2024-11-01", "review-by: 2027-06-01"));
        Diagnostics long_ = new Diagnostics();
        assertEquals(5, posters(root));
        assertEquals(1, layouts(root, long_));
        assertEquals(1, long_.sorted().stream().filter(d -> d.message().contains("printed over two sides")).count(),
                long_.sorted().toString());
    }
}

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
    void theRealChartersAreEachLaidOutOnceAtMost() {
        Path root = TestProjects.repositoryRoot();
        Diagnostics out = new Diagnostics();
        // Four posters (two areas, each current and released 1.0, the same words): Warwickshire and SE7 are
        // long enough to need a look, and each released version prints exactly as its current charter.
        assertEquals(4, posters(root));
        assertEquals(2, layouts(root, out));
        assertEquals(0, out.sorted().stream().filter(d -> d.message().contains("poster")).count(),
                out.sorted().toString());
    }
}

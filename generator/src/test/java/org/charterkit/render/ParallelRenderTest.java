package org.charterkit.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.charterkit.TestProjects;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.ProjectLoader;
import org.charterkit.plan.Planner;
import org.charterkit.plan.SitePlan;
import org.junit.jupiter.api.Test;

/**
 * The pages of the real charters made one at a time and four at a time: the same files, in the same order,
 * with the same bytes, and the progress told in the same order. Making pages at once must not change the site.
 */
class ParallelRenderTest {

    @Test
    void pagesMadeFourAtATimeAreTheSameAsOneAtATime() {
        Path root = TestProjects.repositoryRoot();
        Diagnostics loaded = new Diagnostics();
        SitePlan plan = new Planner(false).plan(new ProjectLoader(root, loaded).load(Optional.empty()));
        List<String> progressOne = new java.util.ArrayList<>();
        List<String> progressFour = new java.util.ArrayList<>();
        Diagnostics outOne = new Diagnostics();
        Diagnostics outFour = new Diagnostics();
        RenderedSite one = new SiteRenderer(root.resolve("themes/default"), "test", TestProjects.BUILD_DAY, 1)
                .render(plan, outOne, (stage, done, total) -> progressOne.add(stage + done + "/" + total));
        RenderedSite four = new SiteRenderer(root.resolve("themes/default"), "test", TestProjects.BUILD_DAY, 4)
                .render(plan, outFour, (stage, done, total) -> progressFour.add(stage + done + "/" + total));
        assertTrue(one.pages().size() > 30, "pages: " + one.pages().size());
        assertEquals(one.pages().stream().map(RenderedPage::path).toList(),
                four.pages().stream().map(RenderedPage::path).toList());
        for (int i = 0; i < one.pages().size(); i++) {
            assertArrayEquals(one.pages().get(i).content(), four.pages().get(i).content(),
                    one.pages().get(i).path());
        }
        assertEquals(progressOne, progressFour);
        assertEquals(outOne.sorted(), outFour.sorted());
        assertTrue(one.pages().stream().anyMatch(p -> p.path().equals("warwickshire/search-index.js")));
    }
}

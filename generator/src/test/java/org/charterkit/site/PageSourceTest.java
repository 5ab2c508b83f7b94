package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every area page says when its words last changed, and where to propose a change, once a repository is set. */
class PageSourceTest {

    @TempDir
    Path dir;

    private Path build(String settings) throws IOException {
        Path root = TestProjects.copyOfRealProject(dir.resolve("project"));
        if (!settings.isEmpty()) {
            Files.writeString(root.resolve("charterkit.yml"), settings);
        }
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(root, site).on(TestProjects.BUILD_DAY)
                .printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        return site;
    }

    @Test
    void suggestAChangeOpensThePageSourceInTheRepositoryEditor() throws IOException {
        Path site = build("repository: https://github.com/our-forum/charters\nbranch: live\n");
        assertEquals("https://github.com/our-forum/charters/edit/live/charters/warwickshire/charter.md",
                suggestion(SiteFiles.page(site, "warwickshire/cornerstones/communicate/index.html")).attr("href"));
        assertEquals("https://github.com/our-forum/charters/edit/live/charters/warwickshire/pages/journey.md",
                suggestion(SiteFiles.page(site, "warwickshire/journey/index.html")).attr("href"));
        assertEquals("https://github.com/our-forum/charters/edit/live/content/knowledge/welcome-and-care.md",
                suggestion(SiteFiles.page(site, "knowledge/welcome-and-care/index.html")).attr("href"));
        // A released version is frozen: there is nothing to suggest there.
        Document released = SiteFiles.page(site, "warwickshire/v/1.0/index.html");
        assertNull(suggestion(released));
        assertTrue(released.selectFirst("footer").text().contains("This is a released version: its words will not"
                + " change."));
        // 1.0.1 is charter.md, not released yet: its version page and what changed since 1.0 say nothing of being
        // released, and offer to suggest a change to charter.md.
        for (String page : new String[] {"warwickshire/v/1.0.1/index.html",
                "warwickshire/changes/1.0-to-1.0.1/index.html"}) {
            Document current = SiteFiles.page(site, page);
            assertTrue(!current.selectFirst("footer").text().contains("released version"), page);
            assertEquals("https://github.com/our-forum/charters/edit/live/charters/warwickshire/charter.md",
                    suggestion(current).attr("href"), page);
        }
        // SE7's 1.0 is released, and is also its current text: frozen.
        assertTrue(SiteFiles.page(site, "se7/v/1.0/index.html").selectFirst("footer").text()
                .contains("This is a released version"));
    }

    @Test
    void everyAreaPageSaysWhenItsWordsLastChangedAndNoLinkWithoutARepository() throws IOException {
        Path site = build("");
        for (String page : new String[] {"warwickshire/index.html", "warwickshire/charter/index.html",
                "warwickshire/journey/index.html"}) {
            Document doc = SiteFiles.page(site, page);
            assertTrue(doc.selectFirst("footer").text().contains("Last changed: 1 November 2022 (version 1.0.1)."),
                    page + ": " + doc.selectFirst("footer").text());
            assertNull(suggestion(doc), page);
        }
        assertTrue(SiteFiles.page(site, "se7/index.html").selectFirst("footer").text()
                .contains("Last changed: November 2011 (version 1.0)."));
    }

    private static Element suggestion(Document page) {
        assertNotNull(page.selectFirst("footer"));
        return page.selectFirst("footer a:containsOwn(Suggest a change to this page)");
    }
}

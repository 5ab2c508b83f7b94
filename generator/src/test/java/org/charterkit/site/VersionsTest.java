package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.diagnostic.Diagnostic;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.release.Releaser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An area released three times, the way a forum does it: release, edit charter.md with a new version, release
 * again. Every version keeps its own page and text; the history lists them; a released file cannot be changed.
 */
class VersionsTest {

    static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    @TempDir
    static Path dir;

    static Path project;
    static Path site;

    static String charter(String version, String adopted, String welcome, String changes) {
        return """
                ---
                title: Working Together Charter for Testshire
                area: Testshire
                version: "%s"
                status: adopted
                adopted: %s
                framework: four-cornerstones
                contact:
                  email: charter@testshire.example
                changes:
                %s
                partners:
                  - id: council
                    name: Testshire Council
                signatories:
                  - name: Alex Example
                    partner: council
                ---

                ## Welcome and Care

                We will:

                - %s

                ## Value and Include

                We will:

                - keep families central to everything we do

                ## Communicate

                We will:

                - communicate clearly and honestly

                ## Work in Partnership

                We will:

                - co-produce before we start
                """.formatted(version, adopted, changes, welcome);
    }

    static Path charterFile() {
        return project.resolve("charters/testshire/charter.md");
    }

    static void release() {
        Diagnostics out = new Diagnostics();
        assertTrue(new Releaser(project, DAY).release("testshire", out).isPresent(), out.sorted().toString());
    }

    @BeforeAll
    static void releaseThreeVersions() {
        project = TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.write(charterFile(), charter("1.0", "2022-11-01", "create a welcoming space",
                "  - The first charter."));
        release();
        TestProjects.write(charterFile(), charter("2.0", "2023-11-01", "create a welcoming and caring space",
                "  - Welcome and Care now says caring."));
        release();
        TestProjects.write(charterFile(), charter("3.0", "2024-11-01", "introduce everyone and their role",
                "  - A new first promise under Welcome and Care."));
        release();
        site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, site).on(DAY));
        assertTrue(result.succeeded(), result.diagnostics().toString());
    }

    @Test
    void everyVersionHasAPermanentPageWithItsOwnText() {
        assertEquals(List.of("create a welcoming space"), welcome("testshire/v/1.0/index.html"));
        assertEquals(List.of("create a welcoming and caring space"), welcome("testshire/v/2.0/index.html"));
        assertEquals(List.of("introduce everyone and their role"), welcome("testshire/v/3.0/index.html"));
        assertEquals(List.of("introduce everyone and their role"), welcome("testshire/charter/index.html"));
    }

    private static List<String> welcome(String page) {
        return SiteFiles.page(site, page).select("#welcome-and-care ul.commitments > li").eachText();
    }

    @Test
    void anOldVersionSaysSoInWordsAndLinksToTheCurrentOne() {
        Document old = SiteFiles.page(site, "testshire/v/1.0/index.html");
        String notice = old.selectFirst("main .notice").text();
        assertTrue(notice.startsWith("This is version 1.0, adopted 1 November 2022. It was replaced by version 2.0 on"
                + " 1 November 2023. Read the current charter."), notice);
        assertEquals("../../charter/", old.selectFirst("main .notice a").attr("href"));
        assertEquals("Working Together Charter for Testshire, version 1.0", old.selectFirst("h1").text());
        String current = SiteFiles.page(site, "testshire/v/3.0/index.html").selectFirst("main .notice").text();
        assertTrue(current.startsWith("This is version 3.0, adopted 1 November 2024. It is the current version."),
                current);
    }

    @Test
    void theHistoryListsEveryVersionNewestFirstWithWhoSignedAndWhatChanged() {
        Document history = SiteFiles.page(site, "testshire/versions/index.html");
        assertEquals(List.of("Version 3.0", "Version 2.0", "Version 1.0"),
                history.select("ol.history > li > h2").eachText());
        assertEquals(List.of("A new first promise under Welcome and Care."),
                history.select("#version-3\\.0 ul.changes > li").eachText());
        assertEquals(List.of("Welcome and Care now says caring."),
                history.select("#version-2\\.0 ul.changes > li").eachText());
        assertEquals(List.of("Alex Example, Testshire Council"),
                history.select("#version-1\\.0 ul.signed > li").eachText());
        assertEquals("../v/2.0/", history.selectFirst("#version-2\\.0 h2 a").attr("href"));
    }

    @Test
    void releaseRefusesAVersionThatIsNotNewer() throws Exception {
        Path copy = TestProjects.copyOfRealProject(dir.resolve("copy"));
        TestProjects.copyTree(project.resolve("charters/testshire"), copy.resolve("charters/testshire"));
        Path file = copy.resolve("charters/testshire/charter.md");
        Files.writeString(file, Files.readString(file).replace("version: \"3.0\"", "version: \"2.5\""));
        Diagnostics out = new Diagnostics();
        assertFalse(new Releaser(copy, DAY).release("testshire", out).isPresent());
        String messages = out.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::format)
                .collect(Collectors.joining("\n"));
        assertTrue(messages.contains("charters/testshire/charter.md:4:1: error: charter.md says version 2.5, older"
                + " than the released version 3.0"), messages);
        assertFalse(Files.exists(copy.resolve("charters/testshire/versions/2.5.md")));
    }

    @Test
    void tamperingWithAReleasedFileFailsTheCheckWithItsPath() throws Exception {
        Path copy = dir.resolve("tampered");
        TestProjects.emptyProject(copy);
        TestProjects.copyTree(project.resolve("charters"), copy.resolve("charters"));
        Path released = copy.resolve("charters/testshire/versions/2.0.md");
        Files.writeString(released, Files.readString(released).replace("caring space", "caring place"));
        BuildResult result = new SiteBuild("test").run(BuildRequest.check(copy).on(DAY));
        assertFalse(result.succeeded());
        assertEquals(List.of("charters/testshire/versions/2.0.md: error: this released version has been changed"
                + " since it was released"), result.diagnostics().stream().filter(Diagnostic::isError)
                .map(Diagnostic::headline).toList());
    }
}

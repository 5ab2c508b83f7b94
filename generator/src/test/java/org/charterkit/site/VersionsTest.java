package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.charterkit.CommandRun;
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

    static String charter(String version, String adopted, String changes, String body) {
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
                  - %s
                partners:
                  - id: council
                    name: Testshire Council
                signatories:
                  - name: Alex Example
                    partner: council
                ---
                %s""".formatted(version, adopted, changes, body);
    }

    static final String BODY_1 = """

            ## Welcome and Care

            We will:

            - create a welcoming and caring space
            - introduce everyone, their role and why they are there
            - provide clear purpose for involvement

            ## Value and Include

            We will:

            - keep families central to everything we do
            - support each other to enable participation

            ## Communicate

            We will:

            - communicate clearly and honestly
            - be transparent about what we are doing and why

            ## Work in Partnership

            We will:

            - co-produce before we start
            """;

    /**
     * Version 2: one commitment reworded by a third of its words, two swapped in their list, one moved to another
     * cornerstone, one removed, one added.
     */
    static final String BODY_2 = """

            ## Welcome and Care

            We will:

            - introduce everyone, their job and why they joined us
            - create a welcoming and caring space
            - always consider who needs to be involved

            ## Value and Include

            We will:

            - support each other to enable participation
            - keep families central to everything we do

            ## Communicate

            We will:

            - communicate clearly and honestly

            ## Work in Partnership

            We will:

            - co-produce before we start
            - be transparent about what we are doing and why
            """;

    static final String SPECTRUM = """

            ## Spectrum of Participation

            ### Information

            is giving families the information they need

            ### Co-production

            is where everyone works together
            """;

    /** Version 3: one commitment reworded, a spectrum definition reworded, and a second signatory. */
    static final String BODY_3 = BODY_2.replace("- keep families central to everything we do",
            "- keep children, young people and families central to everything we do")
            + SPECTRUM.replace("is where everyone works together", "is where everyone works together as equals");

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
        TestProjects.write(charterFile(), charter("1.0", "2022-11-01", "The first charter.", BODY_1));
        release();
        TestProjects.write(charterFile(), charter("2.0", "2023-11-01", "Welcome and Care rewritten.",
                BODY_2 + SPECTRUM));
        release();
        TestProjects.write(charterFile(), charter("3.0", "2024-11-01", "Children and young people named.", BODY_3)
                .replace("    partner: council\n", "    partner: council\n  - name: Sam Example\n    partner: council\n"));
        release();
        site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, site).on(DAY));
        assertTrue(result.succeeded(), result.diagnostics().toString());
    }

    @Test
    void everyVersionHasAPermanentPageWithItsOwnText() {
        assertEquals("create a welcoming and caring space", welcome("testshire/v/1.0/index.html").get(0));
        assertEquals("introduce everyone, their job and why they joined us",
                welcome("testshire/v/2.0/index.html").get(0));
        assertEquals(List.of("support each other to enable participation",
                "keep children, young people and families central to everything we do"),
                SiteFiles.page(site, "testshire/v/3.0/index.html")
                        .select("#value-and-include ul.commitments > li").eachText());
        assertEquals(List.of("support each other to enable participation",
                "keep families central to everything we do"),
                SiteFiles.page(site, "testshire/v/2.0/index.html")
                        .select("#value-and-include ul.commitments > li").eachText());
        assertEquals(welcome("testshire/v/3.0/index.html"), welcome("testshire/charter/index.html"));
    }

    @Test
    void theWhatChangedPageClassifiesEveryKindOfChange() {
        Document changes = SiteFiles.page(site, "testshire/changes/1.0-to-2.0/index.html");
        assertEquals("What changed from version 1.0 to version 2.0", changes.selectFirst("h1").text());
        assertEquals(List.of("1 added", "1 removed", "1 reworded", "2 moved"),
                changes.select("ul.change-counts > li").eachText());
        List<String> welcome = changes.select("#changes-welcome-and-care li.change").eachText();
        assertEquals(List.of(
                "Reworded: introduce everyone, their [removed words: role] [added words: job] and why they"
                        + " [removed words: are there] [added words: joined us] Before: “introduce everyone, their role"
                        + " and why they are there”",
                "Removed: provide clear purpose for involvement",
                "Added: always consider who needs to be involved"), welcome);
        assertEquals(List.of("Moved: support each other to enable participation (from number 2 to number 1 in the"
                + " list)"), changes.select("#changes-value-and-include li.change").eachText());
        assertEquals(List.of("Moved: be transparent about what we are doing and why (from Communicate)"),
                changes.select("#changes-work-in-partnership li.change").eachText());
        // The difference never rests on colour alone: changed words are marked up and labelled in words.
        assertEquals(List.of("role", "are there"), changes.select("li.change--reworded del").stream()
                .map(e -> e.ownText().strip()).toList());
        assertEquals(List.of("job", "joined us"), changes.select("li.change--reworded ins").stream()
                .map(e -> e.ownText().strip()).toList());
        Document history = SiteFiles.page(site, "testshire/versions/index.html");
        assertEquals("../changes/1.0-to-2.0/",
                history.selectFirst("#version-2\\.0 a[href*=changes]").attr("href"));
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
        assertEquals(List.of("Children and young people named."),
                history.select("#version-3\\.0 ul.changes > li").eachText());
        assertEquals(List.of("Welcome and Care rewritten."),
                history.select("#version-2\\.0 ul.changes > li").eachText());
        assertEquals(List.of("Alex Example, Testshire Council"),
                history.select("#version-1\\.0 ul.signed > li").eachText());
        assertEquals("../v/2.0/", history.selectFirst("#version-2\\.0 h2 a").attr("href"));
    }

    @Test
    void theWhatChangedPageShowsSignatoriesAndDefinitionsThatChanged() {
        Document changes = SiteFiles.page(site, "testshire/changes/2.0-to-3.0/index.html");
        assertEquals(List.of("0 added", "0 removed", "1 reworded", "0 moved"),
                changes.select("ul.change-counts > li").eachText());
        assertEquals(List.of("Signatory added: Sam Example, Testshire Council"),
                changes.select("section:has(> h2#changes-people) li").eachText());
        assertEquals(List.of("Spectrum level reworded: Co-production"),
                changes.select("section:has(> h2#changes-definitions) li").eachText());
    }

    @Test
    void releaseRefusesWhenTheChartersHaveErrors() throws Exception {
        Path copy = dir.resolve("broken");
        TestProjects.emptyProject(copy);
        TestProjects.copyTree(project.resolve("charters"), copy.resolve("charters"));
        Path file = copy.resolve("charters/testshire/charter.md");
        Files.writeString(file, Files.readString(file).replace("version: \"3.0\"", "version: \"4.0\"")
                .replace("## Communicate", "## Comunicate"));
        Diagnostics out = new Diagnostics();
        assertFalse(new Releaser(copy, DAY).release("testshire", out).isPresent());
        assertTrue(out.sorted().stream().anyMatch(d -> d.isError() && d.message().contains("did you mean `Communicate`?")),
                out.sorted().toString());
        assertFalse(Files.exists(copy.resolve("charters/testshire/versions/4.0.md")));
    }

    @Test
    void theDiffCommandPrintsTheSameComparisonForAPullRequest() {
        CommandRun text = CommandRun.of("diff", "testshire", "--root", project.toString(), "--from", "1.0", "--to",
                "2.0");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().startsWith("Changes from version 1.0 to version 2.0"), text.out());
        assertTrue(text.out().contains("~ reworded: \"introduce everyone, their role and why they are there\" ->"
                + " \"introduce everyone, their job and why they joined us\""), text.out());
        assertTrue(text.out().contains("- removed: \"provide clear purpose for involvement\""), text.out());
        assertTrue(text.out().contains("+ added: \"always consider who needs to be involved\""), text.out());
        CommandRun markdown = CommandRun.of("diff", "testshire", "--root", project.toString(), "--format", "markdown");
        assertEquals(0, markdown.code(), markdown.err());
        assertTrue(markdown.out().startsWith("## Changes from version 2.0 to version 3.0"), markdown.out());
        CommandRun unknown = CommandRun.of("diff", "testshire", "--root", project.toString(), "--from", "9.9");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("there is no version 9.9"), unknown.err());
    }

    @Test
    void theAtomFeedsAnnounceEachReleasedVersionNewestFirst() throws Exception {
        org.jsoup.nodes.Document feed = org.jsoup.Jsoup.parse(Files.readString(site.resolve("testshire/feed.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        assertEquals("http://www.w3.org/2005/Atom", feed.selectFirst("feed").attr("xmlns"));
        assertEquals(List.of("Testshire: Working Together Charter for Testshire, version 3.0",
                "Testshire: Working Together Charter for Testshire, version 2.0",
                "Testshire: Working Together Charter for Testshire, version 1.0"),
                feed.select("entry > title").eachText());
        assertEquals(List.of("2024-11-01T00:00:00Z", "2023-11-01T00:00:00Z", "2022-11-01T00:00:00Z"),
                feed.select("entry > updated").eachText());
        assertEquals("2024-11-01T00:00:00Z", feed.selectFirst("feed > updated").text());
        assertEquals(3, feed.select("entry > id").eachText().stream().distinct().count());
        for (var link : feed.select("entry > link")) {
            assertTrue(Files.isRegularFile(site.resolve("testshire").resolve(link.attr("href")).resolve("index.html")),
                    link.attr("href"));
        }
        assertTrue(feed.selectFirst("entry > summary").text().endsWith("Children and young people named."));
        org.jsoup.nodes.Document hub = org.jsoup.Jsoup.parse(Files.readString(site.resolve("feed.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        assertEquals("testshire/v/3.0/", hub.selectFirst("entry > link").attr("href"));
        assertEquals("feed.xml", SiteFiles.page(site, "testshire/index.html")
                .selectFirst("link[type=application/atom+xml]").attr("href"));
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

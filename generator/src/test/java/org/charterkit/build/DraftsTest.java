package org.charterkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.charterkit.CommandRun;
import org.charterkit.TestProjects;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A charter with {@code status: draft} stays out of a built site unless {@code --drafts} is given: no pages of
 * its own, and no mention on the hub, the compare page, the A to Z, in search, the sitemap or the feeds.
 */
class DraftsTest {

    @TempDir
    Path dir;

    Path project;

    @BeforeEach
    void aProjectWithADraft() throws IOException {
        project = TestProjects.copyOfRealProject(dir.resolve("project"));
        // A sitemap is made only for a site with an address.
        Files.writeString(project.resolve("charterkit.yml"), "base-url: https://charters.example/\n");
        // The SE7 charter, as another area's forum would begin from it: not yet adopted, never released.
        Path draft = project.resolve("charters/draftshire");
        TestProjects.copyTree(project.resolve("charters/se7"), draft);
        TestProjects.deleteTree(draft.resolve("versions"));
        Files.delete(draft.resolve("versions"));
        Path charter = draft.resolve("charter.md");
        Files.writeString(charter, Files.readString(charter).replace("status: adopted", "status: draft")
                .replace("area: SE7 (South East 7)", "area: Draftshire"));
        CommandRun check = CommandRun.of("check", "--root", project.toString());
        assertEquals(0, check.code(), check.err());
    }

    private CommandRun build(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--no-pdf", "--root", project.toString(),
                "--out", out.toString()));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    /** The files that list or link every area: where a draft would show if it leaked. */
    private static final List<String> SHARED = List.of("index.html", "compare/index.html", "a-z/index.html",
            "search-index.js", "sitemap.xml", "feed.xml", "knowledge/communicate/index.html");

    @Test
    void aBuildLeavesDraftsOutEverywhere() throws IOException {
        Path out = dir.resolve("site");
        CommandRun run = build(out);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Built 2 areas"), run.out());
        assertFalse(Files.exists(out.resolve("draftshire")));
        for (String file : SHARED) {
            String text = Files.readString(out.resolve(file));
            assertFalse(text.contains("draftshire") || text.contains("Draftshire"), file);
        }
        assertTrue(Files.readString(out.resolve("index.html")).contains("se7/"), "published areas are there");
    }

    @Test
    void withDraftsTheyArePublishedWithTheirBanner() throws IOException {
        Path out = dir.resolve("site");
        CommandRun run = build(out, "--drafts");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Built 3 areas"), run.out());
        assertTrue(Jsoup.parse(out.resolve("draftshire/charter/index.html").toFile()).text()
                .contains("This charter is a draft."), "with its banner");
        assertFalse(Jsoup.parse(out.resolve("index.html").toFile()).select("a[href=draftshire/]").isEmpty(),
                "the hub links to the draft");
        assertTrue(Files.readString(out.resolve("search-index.js")).contains("Draftshire"));
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("https://charters.example/draftshire/"));

        // A later build without --drafts takes the draft away again.
        assertEquals(0, build(out).code());
        assertFalse(Files.exists(out.resolve("draftshire")));
    }

    @Test
    void buildingADraftAreaAloneAsksForDrafts() {
        CommandRun run = build(dir.resolve("site"), "--area", "draftshire");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("the charter of `draftshire` is a draft, and drafts are left out of the site"),
                run.err());
        assertTrue(run.err().contains("add `--drafts` to build it"), run.err());
        assertEquals(0, build(dir.resolve("site"), "--area", "draftshire", "--drafts").code());
    }

    @Test
    void theCheckStillChecksDrafts() throws IOException {
        Path charter = project.resolve("charters/draftshire/charter.md");
        Files.writeString(charter, Files.readString(charter).replace("framework: se7-pathfinder",
                "framework: se8-pathfinder"));
        assertTrue(Files.readString(charter).contains("framework: se8-pathfinder"));
        CommandRun check = CommandRun.of("check", "--root", project.toString());
        assertEquals(1, check.code(), check.err());
        assertTrue(check.err().contains("charters/draftshire/charter.md"), check.err());
    }
}

package org.charterkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.charterkit.CommandRun;
import org.charterkit.TestProjects;
import org.charterkit.load.Fingerprints;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --area X} updates that area's pages, and the pages every area shares, in place: the other
 * areas' files stay exactly as the last build wrote them, and the swap is as safe as a whole build's.
 */
class AreaBuildTest {

    @TempDir
    Path dir;

    Path project;
    Path out;

    @BeforeEach
    void aBuiltSite() {
        project = TestProjects.copyOfRealProject(dir.resolve("project"));
        out = dir.resolve("site");
        assertEquals(0, build().code());
    }

    private CommandRun build(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--no-pdf", "--root", project.toString(),
                "--out", out.toString()));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    /** A word on every page, changed in the theme: a page shows the new word only if it was made again. */
    private void renameTheSkipLink() throws IOException {
        Path messages = project.resolve("themes/default/messages/layout.properties");
        Files.writeString(messages, Files.readString(messages)
                .replace("layout.skipLink=Skip to main content", "layout.skipLink=Jump to the main content"));
    }

    private String skipLink(String page) throws IOException {
        return Jsoup.parse(out.resolve(page).toFile()).selectFirst("a[href=#main]").text();
    }

    @Test
    void buildingOneAreaUpdatesItAndTheHubAndKeepsTheOtherAreasFiles() throws IOException {
        Map<String, String> se7Before = files("se7/");
        renameTheSkipLink();
        Path journey = project.resolve("charters/warwickshire/pages/journey.md");
        Files.writeString(journey, Files.readString(journey) + "\nA paragraph added for this build.\n");

        CommandRun run = build("--area", "warwickshire");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Built 1 area"), run.out());
        assertTrue(Files.readString(out.resolve("warwickshire/journey/index.html"))
                .contains("A paragraph added for this build."));
        assertEquals("Jump to the main content", skipLink("warwickshire/index.html"), "the area is made again");
        assertEquals("Jump to the main content", skipLink("index.html"), "so is the hub");
        assertEquals("Jump to the main content", skipLink("compare/index.html"), "and the compare page");
        assertEquals("Skip to main content", skipLink("se7/index.html"), "the other area is kept as it was");
        assertEquals(se7Before, files("se7/"), "byte for byte");
        assertTrue(Jsoup.parse(out.resolve("index.html").toFile()).select("a[href=se7/]").size() > 0,
                "and the hub still links to it");

        // The kept files are in the marker too: the next whole build proves the folder ours and replaces it.
        assertEquals(0, build().code());
        assertEquals("Jump to the main content", skipLink("se7/index.html"));
        assertNotEquals(se7Before, files("se7/"));
    }

    @Test
    void aFailedBuildOfOneAreaLeavesTheSiteAsItWas() throws IOException {
        Map<String, String> before = files("");
        Path charter = project.resolve("charters/warwickshire/charter.md");
        Files.writeString(charter, Files.readString(charter).replace("## Communicate", "## Comunicate"));
        CommandRun run = build("--area", "warwickshire");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("Nothing was written"), run.err());
        assertEquals(before, files(""));
    }

    @Test
    void anAreaTheSiteDoesNotHaveYetIsMadeWhole() throws IOException {
        TestProjects.copyTree(project.resolve("charters/se7"), project.resolve("charters/se8"));
        renameTheSkipLink();
        CommandRun run = build("--area", "se7");
        assertEquals(0, run.code(), run.err());
        assertEquals("Jump to the main content", skipLink("se7/index.html"));
        assertTrue(Files.isRegularFile(out.resolve("se8/index.html")), "an area the site lacked is made");
        assertEquals("Skip to main content", skipLink("warwickshire/index.html"));
        // An area removed from the project goes from the site.
        TestProjects.deleteTree(project.resolve("charters/se8"));
        Files.delete(project.resolve("charters/se8"));
        assertEquals(0, build("--area", "se7").code());
        assertFalse(Files.exists(out.resolve("se8")));
        assertTrue(Files.isRegularFile(out.resolve("warwickshire/index.html")));
        // An area whose files someone deleted from the site is made again, rather than kept with holes.
        Files.delete(out.resolve("warwickshire/journey/index.html"));
        assertEquals(0, build("--area", "se7").code());
        assertTrue(Files.isRegularFile(out.resolve("warwickshire/journey/index.html")));
        assertEquals("Jump to the main content", skipLink("warwickshire/index.html"));
    }

    @Test
    void anUnknownAreaIsNamed() {
        CommandRun run = build("--area", "nowhere");
        assertEquals(2, run.code(), "an unknown area is a usage mistake");
        assertTrue(run.err().contains("there is no area `nowhere`"), run.err());
    }

    private Map<String, String> files(String under) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String path = out.relativize(p).toString();
                if (path.startsWith(under)) {
                    files.put(path, Fingerprints.sha256(Files.readAllBytes(p)));
                }
            }
        }
        return files;
    }
}

package org.charterkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.charterkit.TestProjects;
import org.charterkit.render.RenderedPage;
import org.charterkit.render.RenderedSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the live preview reuses after an edit of one charter, shown by counting the work: on a project of four
 * areas, the edited area's files alone are read and checked again, and only its pages and the shared pages that
 * show it are made; the site that results is byte for byte what a whole render makes.
 */
class LiveReuseTest {

    private static BuildRequest request(Path project, Path dir) {
        return BuildRequest.build(project, dir.resolve("unused")).on(TestProjects.BUILD_DAY).printing(false)
                .withDrafts(true);
    }

    /** The real project with a copy of each of its two areas beside them: four areas, two frameworks. */
    private static Path fourAreas(Path dir) {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        TestProjects.copyTree(project.resolve("charters/se7"), project.resolve("charters/se7-copy"));
        TestProjects.copyTree(project.resolve("charters/warwickshire"), project.resolve("charters/warwickshire-copy"));
        return project;
    }

    private static Map<String, byte[]> files(RenderedSite site) {
        Map<String, byte[]> files = new HashMap<>();
        for (RenderedPage page : site.pages()) {
            files.put(page.path(), page.content());
        }
        return files;
    }

    /** The shown site after a render of one area: its old files gone, the rendered ones over the rest. */
    private static Map<String, byte[]> shown(Map<String, byte[]> before, String area, RenderedSite rendered) {
        Map<String, byte[]> now = new HashMap<>(before);
        now.keySet().removeIf(path -> path.startsWith(area + "/"));
        now.putAll(files(rendered));
        return now;
    }

    private static void assertSameSite(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()));
        expected.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, actual.get(path)), path));
    }

    @Test
    void anEditOfOneCharterReadsChecksAndRendersThatAreaAndTheSharedPagesThatShowIt(@TempDir Path dir)
            throws Exception {
        Path project = fourAreas(dir);
        SiteRender render = new SiteRender("test");
        SiteRender.Rendered first = render.run(request(project, dir), Optional.empty());
        assertTrue(first.result().succeeded(), first.result().diagnostics().toString());
        assertEquals(4, first.work().areasLoaded());
        assertEquals(4, first.work().areasChecked());
        Map<String, byte[]> site = files(first.site().orElseThrow());

        // A sentence outside every commitment: no guide shows it.
        Path charter = project.resolve("charters/warwickshire/charter.md");
        Files.writeString(charter, Files.readString(charter) + "\n\nA sentence added while the preview ran.\n");
        SiteRender.Rendered again = render.run(request(project, dir), Optional.of("warwickshire"));
        assertTrue(again.result().succeeded(), again.result().diagnostics().toString());

        long areaFiles;
        try (Stream<Path> walk = Files.walk(project.resolve("charters/warwickshire"))) {
            areaFiles = walk.filter(Files::isRegularFile).count();
        }
        assertEquals(areaFiles, again.work().filesRead(), "only the edited area's files are read");
        assertTrue(again.work().filesRead() < first.work().filesRead() / 4, first.work() + " then " + again.work());
        assertEquals(1, again.work().areasLoaded());
        assertEquals(1, again.work().areasChecked());

        Set<String> made = new TreeSet<>(files(again.site().orElseThrow()).keySet());
        assertEquals(made.size(), again.work().pagesRendered() + again.work().pagesReused());
        assertTrue(made.contains("warwickshire/charter/index.html"), made.toString());
        for (String shared : List.of("index.html", "compare/index.html", "a-z/index.html", "search-index.js")) {
            assertTrue(made.contains(shared), shared + " shows every area, so it is made again: " + made);
        }
        for (String path : made) {
            assertFalse(path.startsWith("se7/") || path.startsWith("se7-copy/")
                    || path.startsWith("warwickshire-copy/"), path + " is another area's");
            assertFalse(path.startsWith("knowledge/") || path.startsWith("glossary/"),
                    path + " shows nothing of the edit");
        }
        // The other areas' files, the guides and the glossary are many times what was made.
        assertTrue(made.size() * 3 < site.size(), made.size() + " of " + site.size());

        Map<String, byte[]> shown = shown(site, "warwickshire", again.site().orElseThrow());
        SiteRender.Rendered whole = new SiteRender("test").run(request(project, dir));
        assertSameSite(files(whole.site().orElseThrow()), shown);
        assertEquals(whole.result().diagnostics(), again.result().diagnostics());
        assertTrue(new String(shown.get("warwickshire/charter/index.html"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("A sentence added while the preview ran."));

        // A commitment changed: the guide on its cornerstone lists it, so that guide is made again, no other.
        Files.writeString(charter, Files.readString(charter).replace("- create a welcoming and caring space",
                "- create a welcoming, warm and caring space"));
        SiteRender.Rendered third = render.run(request(project, dir), Optional.of("warwickshire"));
        assertTrue(third.result().succeeded(), third.result().diagnostics().toString());
        List<String> guides = files(third.site().orElseThrow()).keySet().stream()
                .filter(p -> p.startsWith("knowledge/")).toList();
        assertEquals(List.of("knowledge/welcome-and-care/index.html"), guides);
        // Of the cornerstone pages, only the edited one's is made.
        Set<String> reusedNow = third.site().orElseThrow().reused();
        assertFalse(reusedNow.contains("warwickshire/cornerstones/welcome-and-care/index.html"), reusedNow.toString());
        assertTrue(reusedNow.contains("warwickshire/cornerstones/communicate/index.html"), reusedNow.toString());
        // The form asks the changed commitment: made again, with the new words.
        assertFalse(reusedNow.contains("warwickshire/self-evaluation/index.html"), reusedNow.toString());
        assertEquals(1, third.work().areasLoaded());
        shown = shown(shown, "warwickshire", third.site().orElseThrow());
        assertSameSite(files(new SiteRender("test").run(request(project, dir)).site().orElseThrow()), shown);
    }

    @Test
    void theHistoryPagesAreMadeAgainOnlyWhenSomethingTheyShowChanged(@TempDir Path dir) throws Exception {
        Path project = fourAreas(dir);
        SiteRender render = new SiteRender("test");
        SiteRender.Rendered first = render.run(request(project, dir), Optional.empty());
        assertTrue(first.result().succeeded(), first.result().diagnostics().toString());
        assertEquals(0, first.work().pagesReused(), "nothing was made before");
        Map<String, byte[]> site = files(first.site().orElseThrow());
        // Warwickshire has released 1.0 and is preparing 1.0.1: two version pages and what changed between them.
        List<String> history = List.of("warwickshire/v/1.0/index.html", "warwickshire/v/1.0.1/index.html",
                "warwickshire/changes/1.0-to-1.0.1/index.html");
        history.forEach(path -> assertTrue(site.containsKey(path), path));

        // A sentence added to the current charter: version 1.0's page shows nothing of it.
        Path charter = project.resolve("charters/warwickshire/charter.md");
        Files.writeString(charter, Files.readString(charter) + "\n\nA sentence added while the preview ran.\n");
        SiteRender.Rendered again = render.run(request(project, dir), Optional.of("warwickshire"));
        assertTrue(again.result().succeeded(), again.result().diagnostics().toString());
        Set<String> reused = again.site().orElseThrow().reused();
        assertEquals(reused.size(), again.work().pagesReused());
        assertTrue(reused.contains("warwickshire/v/1.0/index.html"), reused.toString());
        assertFalse(reused.contains("warwickshire/v/1.0.1/index.html"), "it shows the new sentence: " + reused);
        // Its extra pages have files of their own, and show the charter's header and footer only; the cornerstone,
        // spectrum and levels pages show one part of it each, which the sentence (added after them all) left alone;
        // the self-evaluation form asks only the commitments.
        for (String own : List.of("warwickshire/journey/index.html", "warwickshire/quotes/index.html",
                "warwickshire/cornerstones/communicate/index.html", "warwickshire/spectrum/index.html",
                "warwickshire/levels/index.html", "warwickshire/self-evaluation/index.html")) {
            assertTrue(reused.contains(own), own + " " + reused);
        }
        // The Easy Read page offers the charter's data, whose size the sentence changed.
        assertFalse(reused.contains("warwickshire/easy-read/index.html"), reused.toString());
        assertFalse(reused.contains("warwickshire/charter/index.html"), reused.toString());
        Map<String, byte[]> shown = shown(site, "warwickshire", again.site().orElseThrow());
        assertSameSite(files(new SiteRender("test").run(request(project, dir)).site().orElseThrow()), shown);
        assertTrue(new String(shown.get("warwickshire/v/1.0.1/index.html"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("A sentence added while the preview ran."));

        // The same save again: nothing any history page shows has changed, so none is made.
        Files.writeString(charter, Files.readString(charter) + "\nAnd another.\n");
        SiteRender.Rendered same = render.run(request(project, dir), Optional.of("warwickshire"));
        assertTrue(same.site().orElseThrow().reused().contains("warwickshire/v/1.0/index.html"),
                same.work().toString());
        shown = shown(shown, "warwickshire", same.site().orElseThrow());
        assertSameSite(files(new SiteRender("test").run(request(project, dir)).site().orElseThrow()), shown);

        // A cornerstone renamed: the area's menu on every page, the old versions' too, says the new name.
        Files.writeString(charter, Files.readString(charter).replace("## Welcome and Care", "## Welcome and Warmth")
                .replace("framework: four-cornerstones\n",
                        "framework: four-cornerstones\ncornerstones:\n  Welcome and Warmth: welcome-and-care\n"));
        SiteRender.Rendered renamed = render.run(request(project, dir), Optional.of("warwickshire"));
        assertTrue(renamed.result().succeeded(), renamed.result().diagnostics().toString());
        assertEquals(0, renamed.work().pagesReused(), "every history page shows the menu: " + renamed.work());
        shown = shown(shown, "warwickshire", renamed.site().orElseThrow());
        assertSameSite(files(new SiteRender("test").run(request(project, dir)).site().orElseThrow()), shown);
        assertTrue(new String(shown.get("warwickshire/v/1.0/index.html"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("Welcome and Warmth"));
    }

    @Test
    void aTranslatedAreasReusedPagesAreThoseAWholeRenderMakes(@TempDir Path dir) throws Exception {
        // The bilingual fixture of the translations tests: each language's pages have their own header, menu and
        // alternates, which what a reused page shows must take in.
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        Path fixture = Path.of("src/test/resources/translations");
        TestProjects.copyTree(fixture.resolve("charters"), project.resolve("charters"));
        TestProjects.copyTree(fixture.resolve("content"), project.resolve("content"));
        SiteRender render = new SiteRender("test");
        SiteRender.Rendered first = render.run(request(project, dir), Optional.empty());
        assertTrue(first.result().succeeded(), first.result().diagnostics().toString());
        Map<String, byte[]> shown = files(first.site().orElseThrow());
        Path welsh = project.resolve("charters/herefordshire/charter.cy.md");
        Path english = project.resolve("charters/herefordshire/charter.md");
        for (Path edited : List.of(welsh, english, welsh)) {
            Files.writeString(edited, Files.readString(edited) + "\n\nBrawddeg newydd / a new sentence.\n");
            SiteRender.Rendered again = render.run(request(project, dir), Optional.of("herefordshire"));
            assertTrue(again.result().succeeded(), again.result().diagnostics().toString());
            assertFalse(again.site().orElseThrow().reused().isEmpty(), "some pages show nothing of the edit");
            shown = shown(shown, "herefordshire", again.site().orElseThrow());
            assertSameSite(files(new SiteRender("test").run(request(project, dir)).site().orElseThrow()), shown);
        }
    }

    @Test
    void aMistakeInTheEditedAreaIsFoundAndTheOthersWarningsAreKept(@TempDir Path dir) throws Exception {
        Path project = fourAreas(dir);
        SiteRender render = new SiteRender("test");
        SiteRender.Rendered first = render.run(request(project, dir), Optional.empty());
        assertTrue(first.result().succeeded(), first.result().diagnostics().toString());
        Path charter = project.resolve("charters/se7-copy/charter.md");
        String text = Files.readString(charter);
        Files.writeString(charter, text.replace("framework: se7-pathfinder", "framework: no-such-framework"));
        SiteRender.Rendered broken = render.run(request(project, dir), Optional.of("se7-copy"));
        assertFalse(broken.result().succeeded());
        assertEquals(1, broken.work().areasChecked());
        SiteRender.Rendered whole = new SiteRender("test").run(request(project, dir));
        assertEquals(whole.result().diagnostics(), broken.result().diagnostics());
    }

    /**
     * A save of the charter does not read the area's released versions again while their files are unchanged,
     * yet what reading them found is still reported, exactly as a whole read reports it.
     */
    @Test
    void releasedVersionsAreReadAgainOnlyWhenTheirFilesChange(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        // Version 1.0 released with its commitments of Welcome and Care numbered: read with a warning.
        Path released = project.resolve("charters/warwickshire/versions/1.0.md");
        String numbered = Files.readString(released).replace("- create a welcoming and caring space",
                "1. create a welcoming and caring space").replace("- introduce everyone, their role",
                "2. introduce everyone, their role").replace("- provide clear purpose for involvement",
                "3. provide clear purpose for involvement").replace("- outline the commitment needed",
                "4. outline the commitment needed").replace("- ensure everyone's well-being",
                "5. ensure everyone's well-being");
        Files.writeString(released, numbered);
        Path sums = project.resolve("charters/warwickshire/versions/SHA256SUMS");
        Files.writeString(sums, org.charterkit.load.Fingerprints.sha256(numbered.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)) + "  1.0.md\n");
        SiteRender render = new SiteRender("test");
        SiteRender.Rendered first = render.run(request(project, dir), Optional.empty());
        assertTrue(first.result().succeeded(), first.result().diagnostics().toString());
        String file = "charters/warwickshire/versions/1.0.md";
        assertTrue(first.result().diagnostics().stream().anyMatch(d -> d.location().file().equals(file)
                && d.message().contains("numbered list")), first.result().diagnostics().toString());
        assertEquals(0, render.releasesReused());

        Path charter = project.resolve("charters/warwickshire/charter.md");
        Files.writeString(charter, Files.readString(charter) + "\n\nA sentence added while the preview ran.\n");
        SiteRender.Rendered again = render.run(request(project, dir), Optional.of("warwickshire"));
        assertTrue(again.result().succeeded(), again.result().diagnostics().toString());
        assertEquals(1, render.releasesReused(), "version 1.0 was taken as read, not read again");
        SiteRender.Rendered whole = new SiteRender("test").run(request(project, dir));
        assertEquals(whole.result().diagnostics(), again.result().diagnostics(), "its warning is still reported");
        Map<String, byte[]> shown = shown(files(first.site().orElseThrow()), "warwickshire",
                again.site().orElseThrow());
        assertSameSite(files(whole.site().orElseThrow()), shown);

        // The released file changed (and its sum with it): read again, and its new words shown.
        String changed = numbered.replace("1. create a welcoming and caring space",
                "1. create a welcoming, caring space");
        Files.writeString(released, changed);
        Files.writeString(sums, org.charterkit.load.Fingerprints.sha256(changed.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)) + "  1.0.md\n");
        SiteRender.Rendered third = render.run(request(project, dir), Optional.of("warwickshire"));
        assertTrue(third.result().succeeded(), third.result().diagnostics().toString());
        assertEquals(1, render.releasesReused(), "the changed file was read again");
        assertTrue(new String(files(third.site().orElseThrow()).get("warwickshire/v/1.0/index.html"),
                java.nio.charset.StandardCharsets.UTF_8).contains("create a welcoming, caring space"));
    }
}

package org.charterkit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live preview on a copy of the real project: edits on disk show in the site it serves. */
class LivePreviewTest {

    static final long WAIT_MS = 60_000;

    static void waitFor(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long until = System.currentTimeMillis() + WAIT_MS;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("waited " + WAIT_MS + " ms for " + what);
            }
            Thread.sleep(20);
        }
    }

    static Document page(LivePreview preview, String path) throws Exception {
        return Jsoup.parse(new String(preview.file(path).orElseThrow(), StandardCharsets.UTF_8));
    }

    @Test
    void anEditIsShownAndOnlyThePagesItTouchesAreReloaded(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        List<LivePreview.Report> reports = new CopyOnWriteArrayList<>();
        try (LivePreview preview = new LivePreview(BuildRequest.build(project, dir.resolve("unused"))
                .on(TestProjects.BUILD_DAY).printing(false), "test", new LiveReload(), reports::add)) {
            LivePreview.Report first = preview.start();
            assertTrue(first.result().succeeded(), first.result().diagnostics().toString());
            assertEquals("Warwickshire", page(preview, "warwickshire/index.html").selectFirst("h1").text());
            Path charter = project.resolve("charters/warwickshire/charter.md");
            String text = Files.readString(charter);
            assertTrue(text.matches("(?s).*\nversion: \"[^\"]+\"\n.*"), text);
            int before = reports.size();
            Files.writeString(charter, text.replaceFirst("\nversion: \"[^\"]+\"\n", "\nversion: \"99.1\"\n")
                    + "\n\nA sentence added while the preview ran.\n");
            waitFor(() -> reports.size() > before, "a render after the edit");
            LivePreview.Report again = reports.get(reports.size() - 1);
            assertEquals(List.of("charters/warwickshire/charter.md"), again.edited());
            assertTrue(again.changed().contains("warwickshire/charter/index.html"), again.changed() + " " + again.result().diagnostics());
            assertFalse(again.changed().contains("se7/index.html"), again.changed().toString());
            assertTrue(page(preview, "warwickshire/charter/index.html").text()
                    .contains("A sentence added while the preview ran."));
            // The work done: Warwickshire's files and the shared pages that show it were rendered, not SE7's,
            // nor the glossary (LiveReuseTest counts it on four areas).
            assertEquals(java.util.Optional.of("warwickshire"), again.area());
            long notSe7 = preview.site().files().keySet().stream().filter(p -> !p.startsWith("se7/")).count();
            assertTrue(again.result().pages() < notSe7, again.result().pages() + " " + notSe7);
            assertFalse(again.changed().contains("glossary/index.html"), again.changed().toString());
            assertTrue(again.result().pages() < first.result().pages());
            // And the site shown is exactly the one a whole render makes now, file for file, byte for byte.
            var whole = new org.charterkit.build.SiteRender("test").run(BuildRequest.build(project, dir.resolve("unused"))
                    .on(TestProjects.BUILD_DAY).printing(false)).site().orElseThrow();
            assertEquals(whole.pages().size(), preview.site().files().size());
            for (var file : whole.pages()) {
                assertTrue(java.util.Arrays.equals(file.content(), preview.site().files().get(file.path())),
                        file.path());
            }
            assertEquals("SE7 (South East 7)", page(preview, "se7/index.html").selectFirst("h1").text());
            assertTrue(page(preview, "index.html").text().contains("Warwickshire"));
        }
    }

    @Test
    void anEditToTheThemeRendersEveryPageWithTheNewTemplate(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        List<LivePreview.Report> reports = new CopyOnWriteArrayList<>();
        try (LivePreview preview = new LivePreview(BuildRequest.build(project, dir.resolve("unused"))
                .on(TestProjects.BUILD_DAY).printing(false), "test", new LiveReload(), reports::add)) {
            LivePreview.Report first = preview.start();
            Path words = project.resolve("themes/default/messages/layout.properties");
            String text = Files.readString(words);
            assertTrue(text.contains("layout.skipLink=Skip to main content"));
            int before = reports.size();
            Files.writeString(words, text.replace("layout.skipLink=Skip to main content",
                    "layout.skipLink=Jump to the main content"));
            waitFor(() -> reports.size() > before, "a render after the theme's edit");
            LivePreview.Report again = reports.get(reports.size() - 1);
            assertEquals(java.util.Optional.empty(), again.area());
            assertEquals(first.result().pages(), again.result().pages());
            assertEquals("Jump to the main content", page(preview, "se7/index.html").selectFirst(".skip-link").text());
            assertEquals("Jump to the main content", page(preview, "index.html").selectFirst(".skip-link").text());

            // A stylesheet changes no page, but every open page reloads to show it.
            int beforeCss = reports.size();
            Path css = project.resolve("themes/default/assets/charterkit.css");
            Files.writeString(css, Files.readString(css) + "\n/* edited */\n");
            waitFor(() -> reports.size() > beforeCss, "a render after the stylesheet's edit");
            assertEquals(java.util.Set.of(LiveReload.EVERYTHING), reports.get(reports.size() - 1).changed());
            assertTrue(new String(preview.file("assets/charterkit.css").orElseThrow(), StandardCharsets.UTF_8)
                    .endsWith("/* edited */\n"));
        }
    }

    @Test
    void aMistakeShowsTheProblemPageEverywhereAndItsFixBringsTheSiteBack(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        List<LivePreview.Report> reports = new CopyOnWriteArrayList<>();
        try (LivePreview preview = new LivePreview(BuildRequest.build(project, dir.resolve("unused"))
                .on(TestProjects.BUILD_DAY).printing(false), "test", new LiveReload(), reports::add)) {
            preview.start();
            Path charter = project.resolve("charters/se7/charter.md");
            String text = Files.readString(charter);
            int before = reports.size();
            Files.writeString(charter, text.replace("framework: se7-pathfinder", "framework: no-such-framework"));
            waitFor(() -> reports.size() > before, "a render after the mistake");
            assertFalse(reports.get(reports.size() - 1).result().succeeded());
            for (String path : new String[] {"index.html", "warwickshire/index.html", "se7/charter/index.html"}) {
                Document shown = page(preview, path);
                assertEquals("The site cannot be shown yet", shown.selectFirst("h1").text(), path);
                assertTrue(shown.selectFirst(".serve-problem__where").text().startsWith("charters/se7/charter.md:"),
                        shown.text());
                assertFalse(shown.select(".serve-problem__hint").isEmpty(), shown.text());
                assertFalse(shown.text().contains("??"), shown.text());
                assertTrue(shown.text().contains("because of 2 problems in the files you are editing. Fix them and save"), shown.text());
            }
            int beforeFix = reports.size();
            Files.writeString(charter, text);
            waitFor(() -> reports.size() > beforeFix, "a render after the fix");
            assertTrue(reports.get(reports.size() - 1).result().succeeded());
            assertEquals(java.util.Set.of(LiveReload.EVERYTHING), reports.get(reports.size() - 1).changed());
            assertEquals("SE7 (South East 7)", page(preview, "se7/index.html").selectFirst("h1").text());
        }
    }

    @Test
    void theSettingsFileIsWatchedAndTheProjectsOtherFoldersAreNot(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        List<LivePreview.Report> reports = new CopyOnWriteArrayList<>();
        try (LivePreview preview = new LivePreview(BuildRequest.build(project, dir.resolve("unused"))
                .on(TestProjects.BUILD_DAY).printing(false), "test", new LiveReload(), reports::add)) {
            preview.start();
            assertTrue(preview.file("sitemap.xml").isEmpty());
            int before = reports.size();
            // Folders beside the sources (a built site, git's own) are not sources: writing there renders nothing.
            TestProjects.write(project.resolve("public/index.html"), "<p>an old site</p>");
            TestProjects.write(project.resolve(".git/HEAD"), "ref: refs/heads/main");
            Thread.sleep(500);
            assertEquals(before, reports.size());
            Files.writeString(project.resolve("charterkit.yml"), "base-url: https://charters.example.org/\n");
            waitFor(() -> reports.size() > before, "a render after charterkit.yml was written");
            LivePreview.Report again = reports.get(reports.size() - 1);
            assertEquals(List.of("charterkit.yml"), again.edited());
            assertTrue(new String(preview.file("sitemap.xml").orElseThrow(), StandardCharsets.UTF_8)
                    .contains("https://charters.example.org/warwickshire/"));
        }
    }

    @Test
    void thePrintedChartersFollowThePages(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        List<LivePreview.Report> reports = new CopyOnWriteArrayList<>();
        try (LivePreview preview = new LivePreview(BuildRequest.build(project, dir.resolve("unused"))
                .on(TestProjects.BUILD_DAY), "test", new LiveReload(), reports::add)) {
            LivePreview.Report pagesFirst = preview.start();
            assertFalse(pagesFirst.printed());
            assertTrue(preview.site().files().keySet().stream().noneMatch(p -> p.endsWith(".pdf")));
            waitFor(() -> reports.stream().anyMatch(LivePreview.Report::printed), "the printed charters");
            List<String> pdfs = preview.site().files().keySet().stream().filter(p -> p.endsWith(".pdf")).toList();
            assertFalse(pdfs.isEmpty());
            assertTrue(pdfs.stream().anyMatch(p -> p.startsWith("warwickshire/")), pdfs.toString());
            byte[] pdf = preview.file(pdfs.get(0)).orElseThrow();
            assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
            // The pages that offer them have been made again, with their links.
            assertFalse(page(preview, "warwickshire/charter/index.html").select("a[href$=.pdf]").isEmpty());
            LivePreview.Report printed = reports.stream().filter(LivePreview.Report::printed).findFirst().orElseThrow();
            assertTrue(printed.changed().contains("warwickshire/charter/index.html"), printed.changed().toString());
        }
    }
}

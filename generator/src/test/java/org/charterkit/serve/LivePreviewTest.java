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
            assertTrue(text.contains("version: \"1.0\""), text);
            int before = reports.size();
            Files.writeString(charter, text.replace("version: \"1.0\"", "version: \"1.1\"")
                    + "\n\nA sentence added while the preview ran.\n");
            waitFor(() -> reports.size() > before, "a render after the edit");
            LivePreview.Report again = reports.get(reports.size() - 1);
            assertEquals(List.of("charters/warwickshire/charter.md"), again.edited());
            assertTrue(again.changed().contains("warwickshire/charter/index.html"), again.changed() + " " + again.result().diagnostics());
            assertFalse(again.changed().contains("se7/index.html"), again.changed().toString());
            assertTrue(page(preview, "warwickshire/charter/index.html").text()
                    .contains("A sentence added while the preview ran."));
        }
    }
}

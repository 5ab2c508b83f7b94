package org.charterkit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code charterkit:serve} is the live preview: started on a copy of the repository's real project, on a free
 * port, it serves the charter's page with the reload script, and after the charter is edited on disk the same
 * address serves the new words without the goal being run again.
 */
class ServeMojoTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static Document get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return Jsoup.parse(response.body(), url);
    }

    @Test
    void anEditedCharterIsServedWithItsNewWordsWhileTheGoalRuns(@TempDir Path dir) throws Exception {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        Path project = dir.resolve("project");
        for (String part : new String[] {"charters", "content", "themes"}) {
            copy(repository.resolve(part), project.resolve(part));
        }
        servesEdits(project);
    }

    /**
     * A forum's folder with only its charters (no theme, no guides, no pom): the goal previews it with the
     * plugin's own theme, and an edit saved in the forum's own folder still reaches the served page.
     */
    @Test
    void aFolderWithOnlyChartersIsPreviewedLiveToo(@TempDir Path dir) throws Exception {
        Path repository = Path.of("..").toAbsolutePath().normalize();
        Path project = dir.resolve("forum");
        copy(repository.resolve("charters/warwickshire"), project.resolve("charters/warwickshire"));
        servesEdits(project);
        assertTrue(!Files.exists(project.resolve("themes")) && !Files.exists(project.resolve("content")),
                "nothing was added to the forum's own folder beside charters/");
    }

    private static void servesEdits(Path project) throws Exception {
        ServeMojo mojo = new ServeMojo();
        mojo.root = project.toFile();
        mojo.host = "127.0.0.1";
        mojo.port = 0;
        mojo.noPdf = true;
        CountDownLatch stop = new CountDownLatch(1);
        AtomicReference<String> address = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread serving = new Thread(() -> {
            try {
                mojo.serve(url -> {
                    address.set(url);
                    started.countDown();
                }, stop);
            } catch (Throwable e) {
                failed.set(e);
                started.countDown();
            }
        });
        serving.start();
        try {
            assertTrue(started.await(120, TimeUnit.SECONDS), "the preview started");
            assertEquals(null, failed.get());
            String page = address.get().replaceAll("/$", "") + "/warwickshire/charter/";
            Document before = get(page);
            assertTrue(before.select("script[src]").stream().anyMatch(s -> s.attr("src").contains("reload")),
                    "the served page carries the reload script: " + before.select("script"));
            assertTrue(!before.text().contains("A sentence added while Maven served it."));

            Path charter = project.resolve("charters/warwickshire/charter.md");
            Files.writeString(charter, Files.readString(charter) + "\n\nA sentence added while Maven served it.\n");
            boolean shown = false;
            for (int i = 0; i < 300 && !shown; i++) {
                Thread.sleep(100);
                shown = get(page).text().contains("A sentence added while Maven served it.");
            }
            assertTrue(shown, "the served page has the new words without the goal being run again");
        } finally {
            stop.countDown();
            serving.join(30_000);
        }
        assertEquals(null, failed.get());
    }
}

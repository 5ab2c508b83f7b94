package org.charterkit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local server, spoken to over a real socket on 127.0.0.1. */
class SiteServerTest {

    @TempDir
    static Path dir;

    static SiteServer server;
    static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws IOException {
        Path site = dir.resolve("site");
        TestProjects.buildRealSite(site);
        Files.writeString(dir.resolve("secret.txt"), "not for the web");
        server = SiteServer.start(site, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request line exactly as written, for paths an HTTP client would tidy up first. */
    static String raw(String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.substring(0, response.indexOf("\r\n"));
        }
    }

    @Test
    void servesPagesWithTheirTypeAndNoSniffing() throws Exception {
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
        HttpResponse<String> home = get("/warwickshire/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(home.body().contains("<h1>Warwickshire</h1>"));
        HttpResponse<String> css = get("/assets/charterkit.css");
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("text/plain; charset=utf-8", get("/robots.txt").headers().firstValue("Content-Type")
                .orElseThrow());
        assertEquals("application/json", get("/warwickshire/charter.json").headers().firstValue("Content-Type")
                .orElseThrow());
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedSoRelativeLinksWork() throws Exception {
        HttpResponse<String> response = get("/warwickshire");
        assertEquals(301, response.statusCode());
        assertEquals("/warwickshire/", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void missingPagesAreNotFound() throws Exception {
        assertEquals(404, get("/nowhere/").statusCode());
    }

    @Test
    void nothingOutsideTheSiteCanBeReached() throws Exception {
        for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/%252e%252e/secret.txt",
                "/..%2fsecret.txt", "/..\\secret.txt", "/assets/..%5c..%5csecret.txt", "//etc/passwd",
                "/%2Fetc%2Fpasswd", "/C:%5CWindows%5Cwin.ini", "/" + dir.resolve("secret.txt")}) {
            String status = raw("GET " + path + " HTTP/1.1");
            assertTrue(status.contains(" 400 ") || status.contains(" 404 "), path + " gave " + status);
        }
    }

    @Test
    void twoHundredConcurrentRequestsAreEachAnsweredCorrectly() throws Exception {
        String home = get("/warwickshire/").body();
        String css = get("/assets/charterkit.css").body();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(50);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean page = i % 2 == 0;
                answers.add(pool.submit(() -> {
                    HttpResponse<String> r = get(page ? "/warwickshire/" : "/assets/charterkit.css");
                    return r.statusCode() == 200 && r.body().equals(page ? home : css);
                }));
            }
            int correct = 0;
            for (var answer : answers) {
                correct += answer.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(200, correct);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        assertTrue(raw("HEAD /index.html HTTP/1.1").contains(" 200 "));
        assertTrue(raw("POST /index.html HTTP/1.1").contains(" 405 "));
        assertTrue(raw("DELETE /index.html HTTP/1.1").contains(" 405 "));
    }
}

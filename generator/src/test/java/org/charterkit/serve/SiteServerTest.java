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

    /** Sends bytes exactly as written and reads until the server closes the connection or {@code limit} passes. */
    static String exchange(String request, java.time.Duration limit) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(Math.toIntExact(limit.toMillis()));
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) >= 0; ) {
                    got.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException e) {
                // What arrived before the limit is the answer.
            }
            return got.toString(StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void eightStalledConnectionsDoNotStopOthersBeingAnswered() throws Exception {
        java.util.List<Socket> stalled = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.getOutputStream().write("GET /warwickshire/ HT".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            HttpClient client = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
            for (int i = 0; i < 6; i++) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(server.url() + "warwickshire/"))
                        .timeout(java.time.Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode());
                assertTrue(answer.body().contains("<h1>Warwickshire</h1>"));
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aConnectionThatStallsMidRequestIsClosedAfterTheReadTimeout() throws Exception {
        try (SiteServer quick = SiteServer.start(new FolderFiles(dir.resolve("site")), java.util.Optional.empty(),
                "127.0.0.1", 0, java.time.Duration.ofMillis(500));
                Socket socket = new Socket("127.0.0.1", quick.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /warwickshire/ HT".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // The server gives up on the request and closes the connection: the read ends, well before 10 s.
            InputStream in = socket.getInputStream();
            byte[] rest = in.readAllBytes();
            assertTrue(new String(rest, StandardCharsets.ISO_8859_1).isEmpty()
                    || new String(rest, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 4"));
        }
    }

    @Test
    void pipelinedRequestsAreAllAnsweredInOrder() throws Exception {
        String one = "GET /robots.txt HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String two = "GET /nowhere/ HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String three = "HEAD /warwickshire/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        String answers = exchange(one + two + three, java.time.Duration.ofSeconds(10));
        java.util.List<String> statuses = answers.lines().filter(l -> l.startsWith("HTTP/1.1 ")).toList();
        assertEquals(java.util.List.of("HTTP/1.1 200 OK", "HTTP/1.1 404 Not Found", "HTTP/1.1 200 OK"), statuses);
        assertTrue(answers.contains("User-agent: *"), answers);
    }

    static HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String aPdf() throws IOException {
        try (var walk = Files.walk(dir.resolve("site"))) {
            Path pdf = walk.filter(p -> p.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
            return "/" + dir.resolve("site").relativize(pdf).toString().replace('\\', '/');
        }
    }

    @Test
    void aPrintedCharterCanBeFetchedInPartsSoADownloadCanResume() throws Exception {
        String pdf = aPdf();
        byte[] whole = getBytes(pdf).body();
        assertTrue(whole.length > 2000);
        HttpResponse<byte[]> head = getBytes(pdf, "Range", "bytes=0-1023");
        assertEquals(206, head.statusCode());
        assertEquals("bytes 0-1023/" + whole.length, head.headers().firstValue("Content-Range").orElseThrow());
        assertEquals("application/pdf", head.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(java.util.Arrays.equals(java.util.Arrays.copyOfRange(whole, 0, 1024), head.body()));
        // The rest, as a download that resumes asks for it, only while the file is the same one.
        String etag = head.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> rest = getBytes(pdf, "Range", "bytes=1024-", "If-Range", etag);
        assertEquals(206, rest.statusCode());
        assertTrue(java.util.Arrays.equals(java.util.Arrays.copyOfRange(whole, 1024, whole.length), rest.body()));
        HttpResponse<byte[]> changed = getBytes(pdf, "Range", "bytes=1024-", "If-Range", "\"another-file\"");
        assertEquals(200, changed.statusCode());
        assertEquals(whole.length, changed.body().length);
        HttpResponse<byte[]> tail = getBytes(pdf, "Range", "bytes=-100");
        assertEquals(206, tail.statusCode());
        assertTrue(java.util.Arrays.equals(java.util.Arrays.copyOfRange(whole, whole.length - 100, whole.length),
                tail.body()));
    }

    @Test
    void aRangePastTheEndIsNotSatisfiable() throws Exception {
        String pdf = aPdf();
        long size = getBytes(pdf).body().length;
        HttpResponse<byte[]> past = getBytes(pdf, "Range", "bytes=" + (size + 10) + "-");
        assertEquals(416, past.statusCode());
        assertEquals("bytes */" + size, past.headers().firstValue("Content-Range").orElseThrow());
    }

    @Test
    void aLinkInsideTheSiteLeadingOutIsNotFollowed() throws Exception {
        Path link = dir.resolve("site").resolve("leak.txt");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, dir.resolve("secret.txt"));
        try {
            assertEquals(404, get("/leak.txt").statusCode());
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void onlyTheLivePreviewAddsItsReloadScriptAndTheBuiltSiteHasNone() throws Exception {
        // The site on disk, and the same site served plainly, know nothing of the preview.
        try (var walk = Files.walk(dir.resolve("site"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                assertTrue(!Files.readString(file).contains("_charterkit"), file.toString());
            }
        }
        String plain = get("/warwickshire/").body();
        assertTrue(!plain.contains("_charterkit") && !plain.contains("connect-src"));
        try (SiteServer live = SiteServer.start(new FolderFiles(dir.resolve("site")),
                java.util.Optional.of(new LiveReload()), "127.0.0.1", 0, SiteServer.READ_TIMEOUT)) {
            String served = CLIENT.send(HttpRequest.newBuilder(URI.create(live.url() + "warwickshire/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(served);
            String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertTrue(policy.contains("script-src 'self';"), policy);
            assertTrue(policy.endsWith("; connect-src 'self'"), policy);
            assertEquals(1, page.select("script[src=/_charterkit/live-reload.js]").size());
            // Every script is a file of the site's own origin: nothing inline for script-src 'self' to refuse.
            for (org.jsoup.nodes.Element script : page.select("script")) {
                assertTrue(script.hasAttr("src") && script.data().isBlank(), script.outerHtml());
            }
            // Nothing else in the page changed.
            assertEquals(org.jsoup.Jsoup.parse(plain).select("main").outerHtml(), page.select("main").outerHtml());
            HttpResponse<String> script = CLIENT.send(HttpRequest.newBuilder(URI.create(live.url()
                    + "_charterkit/live-reload.js")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(script.body().contains("new EventSource('/_charterkit/events')"));
            HttpResponse<java.io.InputStream> events = CLIENT.send(HttpRequest.newBuilder(URI.create(live.url()
                    + "_charterkit/events")).build(), HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream stream = events.body()) {
                assertEquals(200, events.statusCode());
                assertTrue(events.headers().firstValue("Content-Type").orElseThrow().startsWith("text/event-stream"));
            }
        }
        assertEquals(404, get("/_charterkit/live-reload.js").statusCode());
    }
}

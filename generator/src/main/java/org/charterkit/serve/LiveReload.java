package org.charterkit.serve;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.sse.ServerSentEventConnection;
import io.undertow.server.handlers.sse.ServerSentEventHandler;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What makes an open page reload itself in the live preview: a small script, served as a file from the site's
 * own address so the pages' {@code script-src 'self'} allows it, and a stream of Server-Sent Events that tells it
 * which pages changed. Only the server adds the script, to the pages it sends; a built site never has it.
 */
public final class LiveReload implements AutoCloseable {

    static final String PREFIX = "/_charterkit/";
    /** The reload script's address. */
    public static final String SCRIPT = PREFIX + "live-reload.js";
    /** The event stream's address. */
    public static final String EVENTS = PREFIX + "events";
    /** Sent instead of a list of pages when every open page should reload. */
    public static final String EVERYTHING = "*";

    private final ServerSentEventHandler events = new ServerSentEventHandler(
            (connection, lastEventId) -> connection.setKeepAliveTime(15_000));
    private final byte[] script;

    public LiveReload() {
        try (InputStream in = LiveReload.class.getResourceAsStream("live-reload.js")) {
            script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the reload script is missing from Charterkit's jar", e);
        }
    }

    boolean handles(String path) {
        return path.startsWith(PREFIX);
    }

    /** Whether the request is for the event stream, which is answered on the I/O thread and never blocks. */
    static boolean isEventStream(HttpServerExchange exchange) {
        return exchange.getRequestPath().equals(EVENTS);
    }

    void openStream(HttpServerExchange exchange) throws Exception {
        events.handleRequest(exchange);
    }

    void handle(String path, HttpServerExchange exchange) {
        if (path.equals(SCRIPT)) {
            exchange.getResponseHeaders().put(io.undertow.util.Headers.CONTENT_TYPE, "text/javascript; charset=utf-8");
            exchange.getResponseHeaders().put(io.undertow.util.Headers.CACHE_CONTROL, "no-store");
            exchange.setResponseContentLength(script.length);
            exchange.getResponseSender().send(java.nio.ByteBuffer.wrap(script));
        } else {
            SiteServer.send(exchange, StatusCodes.NOT_FOUND, "Not found");
        }
    }

    /**
     * The page as the preview sends it: with the reload script, and with {@code connect-src 'self'} added to its
     * Content Security Policy so the script may open the event stream. Nothing else in the page changes.
     */
    byte[] inject(byte[] html) {
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        page.outputSettings().prettyPrint(false);
        Element policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
        if (policy != null && !policy.attr("content").contains("connect-src")) {
            policy.attr("content", policy.attr("content") + "; connect-src 'self'");
        }
        page.head().appendElement("script").attr("src", SCRIPT).attr("defer", true);
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    /** Tells every open page which files changed ({@code index.html} paths), or {@link #EVERYTHING}. */
    public void changed(Collection<String> paths) {
        String data = paths.stream().map(LiveReload::quoted).collect(Collectors.joining(",", "[", "]"));
        for (ServerSentEventConnection connection : events.getConnections()) {
            connection.send(data);
        }
    }

    /** How many pages are listening: a test or benchmark waits for its browser before it edits. */
    public int listeners() {
        return events.getConnections().size();
    }

    private static String quoted(String path) {
        return '"' + path.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public void close() {
        for (ServerSentEventConnection connection : events.getConnections()) {
            connection.shutdown();
        }
    }
}

package org.charterkit.serve;

import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.ByteRange;
import io.undertow.util.ETag;
import io.undertow.util.ETagUtils;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.xnio.Options;

/**
 * The local server of {@code charterkit serve}: a site read in a browser before it is published, on this machine
 * only unless told otherwise. It answers GET and HEAD only and never serves a file outside the site.
 *
 * <p>It runs on Undertow rather than the JDK's own HTTP server, which gave a thread to every open connection
 * with no read timeout (eight idle sockets froze it), dropped pipelined requests, and could not hold an event
 * stream open without holding a thread. Undertow reads requests without blocking, closes a connection that
 * stalls, answers pipelined requests in order, and parses {@code Range} and {@code If-Range}.
 */
public final class SiteServer implements AutoCloseable {

    /** How long a connection may take to send its request before it is closed. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private static final HttpString NOSNIFF = new HttpString("X-Content-Type-Options");

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/atom+xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("pdf", "application/pdf"));

    private final SiteFiles files;
    private final Optional<LiveReload> live;
    private final Undertow server;
    private final InetSocketAddress address;

    private SiteServer(SiteFiles files, Optional<LiveReload> live, String host, int port, Duration readTimeout)
            throws IOException {
        this.files = files;
        this.live = live;
        int timeout = Math.toIntExact(readTimeout.toMillis());
        this.server = Undertow.builder()
                .addHttpListener(port, host)
                // Reading is non-blocking, so two I/O threads serve any number of idle connections; files are
                // read on the worker threads.
                .setIoThreads(2)
                .setWorkerThreads(16)
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, timeout)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, timeout)
                // Paths are decoded here, once, so the checks below see exactly what was asked for.
                .setServerOption(UndertowOptions.DECODE_URL, false)
                .setServerOption(UndertowOptions.ALWAYS_SET_DATE, false)
                // As Java's own server sockets: a port can be taken again at once after serve stops, though old
                // connections linger; on Windows that option would let a second server take a port in use.
                .setSocketOption(Options.REUSE_ADDRESSES,
                        !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"))
                .setHandler(this::handle)
                .build();
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            // The port is taken, or the address is not this machine's: the caller says so in one line.
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        this.address = (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
    }

    /** Serves the built site in the folder {@code site} on {@code host}:{@code port}; port 0 picks a free one. */
    public static SiteServer start(Path site, String host, int port) throws IOException {
        return new SiteServer(new FolderFiles(site), Optional.empty(), host, port, READ_TIMEOUT);
    }

    /**
     * Serves {@code files}, with the given read timeout; with {@code live}, every HTML page also loads the
     * reload script, and the event stream that tells it when to reload is open.
     */
    public static SiteServer start(SiteFiles files, Optional<LiveReload> live, String host, int port,
            Duration readTimeout) throws IOException {
        return new SiteServer(files, live, host, port, readTimeout);
    }

    /** The address a browser opens. */
    public String url() {
        return "http://" + address.getHostString() + ":" + address.getPort() + "/";
    }

    public int port() {
        return address.getPort();
    }

    private void handle(HttpServerExchange exchange) throws Exception {
        if (live.isPresent() && LiveReload.isEventStream(exchange)) {
            live.get().openStream(exchange);
            return;
        }
        if (exchange.isInIoThread()) {
            // Reading a file blocks: not on the threads that read every connection's requests.
            exchange.dispatch(this::handle);
            return;
        }
        exchange.getResponseHeaders().put(NOSNIFF, "nosniff");
        String method = exchange.getRequestMethod().toString();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().put(Headers.ALLOW, "GET, HEAD");
            send(exchange, StatusCodes.METHOD_NOT_ALLOWED, "Method not allowed");
            return;
        }
        String raw = exchange.getRequestPath();
        String path;
        try {
            path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            send(exchange, StatusCodes.BAD_REQUEST, "Bad request");
            return;
        }
        if (!path.startsWith("/") || path.contains("\\") || path.contains("\0") || path.contains("%")
                || path.contains(":") || hasDotOrEmptySegment(path)) {
            send(exchange, StatusCodes.BAD_REQUEST, "Bad request");
            return;
        }
        if (live.isPresent() && live.get().handles(path)) {
            live.get().handle(path, exchange);
            return;
        }
        String relative = path.substring(1);
        Optional<byte[]> body;
        if (relative.isEmpty() || relative.endsWith("/")) {
            body = files.file(relative + "index.html");
            relative = relative + "index.html";
        } else if (files.folder(relative)) {
            exchange.getResponseHeaders().put(Headers.LOCATION, raw + "/");
            send(exchange, StatusCodes.MOVED_PERMANENTLY, "Moved");
            return;
        } else {
            body = files.file(relative);
        }
        if (body.isEmpty()) {
            send(exchange, StatusCodes.NOT_FOUND, "Not found");
            return;
        }
        String type = type(relative);
        byte[] bytes = body.get();
        if (live.isPresent() && type.startsWith("text/html")) {
            bytes = live.get().inject(bytes);
        }
        sendFile(exchange, type, bytes);
    }

    /**
     * Sends a file whole, or the one byte range asked for ({@code 206}), or {@code 416} for a range past its
     * end. An {@code If-Range} that no longer matches, or several ranges at once, get the whole file.
     */
    private static void sendFile(HttpServerExchange exchange, String type, byte[] bytes) {
        ETag etag = new ETag(false, digest(bytes));
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        exchange.getResponseHeaders().put(Headers.ACCEPT_RANGES, "bytes");
        exchange.getResponseHeaders().put(Headers.ETAG, etag.toString());
        if (!ETagUtils.handleIfNoneMatch(exchange, etag, false)) {
            exchange.setStatusCode(StatusCodes.NOT_MODIFIED);
            exchange.endExchange();
            return;
        }
        int start = 0;
        int length = bytes.length;
        ByteRange range = ByteRange.parse(exchange.getRequestHeaders().getFirst(Headers.RANGE));
        if (range != null && range.getRanges() == 1) {
            ByteRange.RangeResponseResult result = range.getResponseResult(bytes.length,
                    exchange.getRequestHeaders().getFirst(Headers.IF_RANGE), null, etag.toString());
            if (result != null && result.getStatusCode() == StatusCodes.REQUEST_RANGE_NOT_SATISFIABLE) {
                exchange.getResponseHeaders().put(Headers.CONTENT_RANGE, "bytes */" + bytes.length);
                send(exchange, StatusCodes.REQUEST_RANGE_NOT_SATISFIABLE, "Range not satisfiable");
                return;
            }
            if (result != null) {
                exchange.setStatusCode(result.getStatusCode());
                exchange.getResponseHeaders().put(Headers.CONTENT_RANGE, result.getContentRange());
                start = Math.toIntExact(result.getStart());
                length = Math.toIntExact(result.getContentLength());
            }
        }
        exchange.setResponseContentLength(length);
        if (exchange.getRequestMethod().toString().equals("HEAD")) {
            exchange.endExchange();
            return;
        }
        exchange.getResponseSender().send(ByteBuffer.wrap(bytes, start, length));
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static boolean hasDotOrEmptySegment(String path) {
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            // The last segment may be empty: that is the slash of a folder's address.
            if (segment.equals("..") || segment.equals(".") || (segment.isEmpty() && i < segments.length - 1)) {
                return true;
            }
        }
        return false;
    }

    static String type(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals("sitemap.xml")) {
            return "application/xml; charset=utf-8";
        }
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    static void send(HttpServerExchange exchange, int status, String message) {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
        exchange.setResponseContentLength(body.length);
        if (exchange.getRequestMethod().toString().equals("HEAD")) {
            exchange.endExchange();
            return;
        }
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }

    @Override
    public void close() {
        live.ifPresent(LiveReload::close);
        server.stop();
    }
}

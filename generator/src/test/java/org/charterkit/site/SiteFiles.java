package org.charterkit.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reading a built site as a browser would: pages parsed with jsoup. */
final class SiteFiles {

    private SiteFiles() {
    }

    static Document page(Path site, String path) {
        Path file = site.resolve(path);
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "http://localhost/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException("no page " + path, e);
        }
    }

    static List<Path> htmlFiles(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

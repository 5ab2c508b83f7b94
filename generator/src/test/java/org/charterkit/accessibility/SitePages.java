package org.charterkit.accessibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The addresses of every page of a built site, as a browser asks for them. */
final class SitePages {

    private SitePages() {
    }

    static List<String> all(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.getFileName().toString().equals("index.html")).sorted()
                    .map(p -> site.relativize(p.getParent()).toString().replace('\\', '/'))
                    .map(p -> p.isEmpty() ? "" : p + "/").toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

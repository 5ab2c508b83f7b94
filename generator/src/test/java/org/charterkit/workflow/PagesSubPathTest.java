package org.charterkit.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.charterkit.TestProjects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GitHub Pages publishes a project's site under {@code https://<owner>.github.io/<repo>/}. Every link, image,
 * stylesheet and feed of every page, read from that address, must stay under the sub-path and reach a file
 * the build wrote.
 */
class PagesSubPathTest {

    private static final URI PAGES = URI.create("https://forum.github.io/charters/");

    @TempDir
    Path site;

    @Test
    void everyLinkWorksUnderAPagesSubPath() throws IOException {
        TestProjects.buildRealSite(site);
        List<String> broken = new ArrayList<>();
        int checked = 0;
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path file : pages) {
            String path = site.relativize(file).toString().replace('\\', '/');
            URI address = PAGES.resolve(path);
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element element : page.select("a[href], link[href], img[src]")) {
                String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (target.startsWith("#") || target.matches("(?i)^(https?|mailto|tel):.*")) {
                    continue;
                }
                URI resolved = address.resolve(target);
                checked++;
                if (!resolved.getPath().startsWith(PAGES.getPath())) {
                    broken.add(path + ": " + target + " leaves " + PAGES.getPath());
                    continue;
                }
                Path local = site.resolve(resolved.getPath().substring(PAGES.getPath().length()));
                if (Files.isDirectory(local)) {
                    local = local.resolve("index.html");
                }
                if (!Files.isRegularFile(local)) {
                    broken.add(path + ": " + target + " reaches nothing");
                }
            }
        }
        assertTrue(checked > 300, "links checked: " + checked);
        assertEquals(List.of(), broken);
    }
}

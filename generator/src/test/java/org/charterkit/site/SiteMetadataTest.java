package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.diagnostic.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the site tells search engines and link previews: with {@code base-url} set in {@code charterkit.yml},
 * a sitemap, canonical addresses and Open Graph tags; without it, nothing absolute at all. {@code robots.txt}
 * either way.
 */
class SiteMetadataTest {

    static final String BASE = "https://charters.example.org/send/";

    static BuildResult build(Path project, Path out) {
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, out).on(TestProjects.BUILD_DAY)
                .printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        return result;
    }

    static String address(Path site, Path html) {
        String path = site.relativize(html).toString().replace('\\', '/');
        return BASE + (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path);
    }

    @Test
    void withABaseAddressEveryPageNamesItsOwnAndTheSitemapListsThemAll(@TempDir Path dir, @TempDir Path site)
            throws IOException {
        Path project = TestProjects.copyOfRealProject(dir);
        TestProjects.write(project.resolve("charterkit.yml"), "base-url: " + BASE + "\n");
        build(project, site);

        List<Path> pages = SiteFiles.htmlFiles(site);
        List<String> expected = pages.stream().map(p -> address(site, p)).sorted().toList();
        Document sitemap = Jsoup.parse(Files.readString(site.resolve("sitemap.xml")), "", Parser.xmlParser());
        assertEquals(expected, sitemap.select("urlset > url > loc").eachText());
        assertTrue(expected.contains(BASE) && expected.contains(BASE + "warwickshire/charter/")
                && expected.contains(BASE + "compare/"), expected.toString());

        for (Path html : pages) {
            Document page = Jsoup.parse(html.toFile(), "UTF-8");
            String url = address(site, html);
            assertEquals(url, page.select("link[rel=canonical]").attr("href"), html.toString());
            assertEquals(url, page.select("meta[property=og:url]").attr("content"), html.toString());
            assertEquals(page.title(), page.select("meta[property=og:title]").attr("content"),
                    html.toString());
            assertFalse(page.select("meta[property=og:description]").attr("content").isBlank(), html.toString());
            assertEquals(url.equals(BASE) ? "website" : "article",
                    page.select("meta[property=og:type]").attr("content"), html.toString());
        }
        Document charter = SiteFiles.page(site, "warwickshire/charter/index.html");
        assertTrue(charter.select("meta[property=og:description]").attr("content")
                .startsWith("How children and young people with SEND"), "a charter is described by its summary");

        assertEquals("User-agent: *\nDisallow:\n\nSitemap: " + BASE + "sitemap.xml\n",
                Files.readString(site.resolve("robots.txt")));
    }

    @Test
    void withoutABaseAddressNothingAbsoluteAppears(@TempDir Path site) throws IOException {
        TestProjects.buildRealSite(site);
        assertFalse(Files.exists(site.resolve("sitemap.xml")), "a sitemap needs absolute addresses");
        assertEquals("User-agent: *\nDisallow:\n", Files.readString(site.resolve("robots.txt")));
        for (Path html : SiteFiles.htmlFiles(site)) {
            Document page = Jsoup.parse(html.toFile(), "UTF-8");
            assertTrue(page.select("link[rel=canonical], meta[property^=og:]").isEmpty(), html.toString());
        }
    }

    @Test
    void aBaseAddressThatIsNotAbsoluteIsAMistakeAtItsPlace(@TempDir Path dir) {
        Path project = TestProjects.copyOfRealProject(dir);
        for (String wrong : List.of("charters.example.org/", "https://charters.example.org", "ftp://example.org/")) {
            TestProjects.write(project.resolve("charterkit.yml"), "max-file-size-kb: 1000\nbase-url: " + wrong + "\n");
            BuildResult result = new SiteBuild("test").run(BuildRequest.check(project).on(TestProjects.BUILD_DAY));
            assertFalse(result.succeeded(), wrong);
            List<String> messages = result.diagnostics().stream().filter(Diagnostic::isError)
                    .map(Diagnostic::format).toList();
            assertEquals(1, messages.size(), messages.toString());
            assertTrue(messages.get(0).startsWith("charterkit.yml:2:11: error: `base-url` should be the site's "
                    + "absolute address"), messages.get(0));
        }
    }
}

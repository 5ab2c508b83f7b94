package org.charterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The header and footer made once for the pages that share them (render/Chrome): every page reads as if each
 * had made its own, links climb from each page's own folder, and a theme that reaches for a variable the parts
 * are not made from gets nothing rather than another page's words.
 */
class ChromeTest {

    private static final String HEADER_SLOT = "[(${siteHeader})]";
    private static final String FOOTER_SLOT = "[(${siteFooter})]";

    @TempDir
    Path dir;

    /**
     * The real project (Warwickshire, SE7, the guides in English and Welsh) built as it is, and built with a
     * layout that includes chrome.html's parts on each page itself, as a theme made before chrome.html writes
     * them: the same pages, byte for byte but for the blank lines around the parts.
     */
    @Test
    void everyPageHasTheHeaderAndFooterItWouldHaveMadeItself() throws IOException {
        Path shared = build(TestProjects.copyOfRealProject(dir.resolve("shared")), dir.resolve("shared-site"));
        Path root = TestProjects.copyOfRealProject(dir.resolve("each"));
        Path layout = root.resolve("themes/default/templates/layout.html");
        String text = Files.readString(layout);
        assertTrue(text.contains(HEADER_SLOT) && text.contains(FOOTER_SLOT), "the layout has moved on: " + layout);
        Files.writeString(layout, text
                .replace(HEADER_SLOT, "<th:block th:replace=\"~{chrome :: site-header}\"></th:block>")
                .replace(FOOTER_SLOT, "<th:block th:replace=\"~{chrome :: site-footer}\"></th:block>"));
        Path each = build(root, dir.resolve("each-site"));

        List<String> pages = htmlPages(shared);
        assertEquals(pages, htmlPages(each));
        List<String> different = new ArrayList<>();
        int deep = 0;
        for (String page : pages) {
            String one = Files.readString(shared.resolve(page));
            String other = Files.readString(each.resolve(page));
            if (!withoutBlankLines(one).equals(withoutBlankLines(other))) {
                different.add(page);
            }
            if (page.chars().filter(c -> c == '/').count() >= 3) {
                deep++;
            }
        }
        assertTrue(pages.size() > 40 && deep > 5, pages.size() + " pages, " + deep + " three folders deep");
        assertTrue(different.isEmpty(), "differ: " + different);

        // What a reader sees: the area's name in the header, links that lead home from each folder.
        Document cornerstone = Jsoup.parse(Files.readString(
                shared.resolve("warwickshire/cornerstones/welcome-and-care/index.html")));
        assertEquals("../../../", cornerstone.selectFirst("header a.site-name").attr("href"));
        assertEquals("Warwickshire", cornerstone.selectFirst("header .site-area").text());
        assertEquals("../../../a-z/", cornerstone.selectFirst("form.site-search").attr("action"));
        Document home = Jsoup.parse(Files.readString(shared.resolve("warwickshire/index.html")));
        assertEquals("../", home.selectFirst("header a.site-name").attr("href"));
        assertEquals("accessibility/", home.selectFirst("footer a[href$=accessibility/]").attr("href"));
        Document se7 = Jsoup.parse(Files.readString(shared.resolve("se7/index.html")));
        assertFalse(se7.selectFirst("header .site-area").text().contains("Warwickshire"));
    }

    /**
     * A theme's chrome.html that shows the page's title, which the parts are not made from, shows nothing there:
     * not the title of whichever page made the part first.
     */
    @Test
    void aVariableThePartsAreNotMadeFromIsNotThere() throws IOException {
        Path root = TestProjects.copyOfRealProject(dir.resolve("project"));
        Path chrome = root.resolve("themes/default/templates/chrome.html");
        String text = Files.readString(chrome);
        String footer = "<footer class=\"site-footer\">";
        assertTrue(text.contains(footer));
        Files.writeString(chrome, text.replace(footer,
                footer + "<p class=\"page-said\" th:text=\"${page == null ? 'no page' : page.title()}\">x</p>"));
        Path site = build(root, dir.resolve("site"));
        for (String page : List.of("warwickshire/charter/index.html", "warwickshire/spectrum/index.html")) {
            Document read = Jsoup.parse(Files.readString(site.resolve(page)));
            assertEquals("no page", read.selectFirst("footer .page-said").text(), page);
        }
    }

    /** A part whose words hold the marks' own characters cannot be shared: it is made for each page instead. */
    @Test
    void marksAreReadOnlyWhenTheyAreAllThereWhole() {
        Chrome.Marks marks = new Chrome.Marks();
        String home = marks.to("");
        String az = marks.exact("a-z/");
        assertTrue(marks.readable("<a href=\"" + home + "\">Home</a><form action=\"" + az + "\">"));
        assertFalse(marks.readable("<a href=\"" + home + "\">Home</a>"), "one mark missing");
        assertFalse(marks.readable("<a href=\"" + home + "\">\uE000Home</a><form action=\"" + az + "\">"),
                "a charter's own mark character");
        Chrome.Marks spaced = new Chrome.Marks();
        String odd = spaced.to("our area/");
        assertFalse(spaced.readable("<a href=\"" + odd + "\">"), "a target HTML would escape");
    }

    private static Path build(Path root, Path out) {
        BuildResult built = new SiteBuild("test").run(BuildRequest.build(root, out).on(TestProjects.BUILD_DAY)
                .printing(false));
        assertTrue(built.succeeded(), built.diagnostics().toString());
        return out;
    }

    private static List<String> htmlPages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString())
                    .sorted().toList();
        }
    }

    /** The page without lines that hold only spaces, and without the spaces that start a line. */
    private static String withoutBlankLines(String page) {
        return page.replaceAll("(?m)^[ \\t]+", "").replaceAll("\\n+", "\n");
    }
}

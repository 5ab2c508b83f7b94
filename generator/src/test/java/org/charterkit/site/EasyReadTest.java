package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildResult;
import org.charterkit.diagnostic.Diagnostic;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.Area;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.EasyRead;
import org.charterkit.model.Project;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real areas' Easy Read editions, as a reader meets them on the built site: every item a picture with alt
 * text and short sentences, one a line; every cornerstone and every commitment explained; the page reached from
 * every page of the area; the pictures credited.
 */
class EasyReadTest {

    @org.junit.jupiter.api.io.TempDir
    static Path site;

    static BuildResult result;
    static Project project;

    @BeforeAll
    static void build() {
        result = TestProjects.buildRealSite(site);
        project = new ProjectLoader(TestProjects.repositoryRoot(), new Diagnostics()).load(java.util.Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"warwickshire", "se7"})
    void everyItemHasAPictureWithAltTextAndShortSentencesOneALine(String slug) {
        Document page = SiteFiles.page(site, slug + "/easy-read/index.html");
        List<Element> items = page.select("main .easy-read__item");
        assertTrue(items.size() >= 20, slug + " has " + items.size() + " items");
        for (Element item : items) {
            Element img = item.selectFirst("img.easy-read__picture");
            assertTrue(img != null, "an item with no picture: " + item.text());
            assertFalse(img.attr("alt").isBlank(), "a picture with no alt text: " + img);
            Path file = site.resolve(slug + "/easy-read/").resolve(img.attr("src")).normalize();
            assertTrue(Files.isRegularFile(file), "the picture is not on the site: " + file);
            assertTrue(file.toString().endsWith(".svg") && file.startsWith(site.resolve("assets/easy-read/pictures")),
                    file.toString());
            List<Element> lines = item.select(".easy-read__words > p");
            assertTrue(lines.size() >= 1 && lines.size() <= 4, "one to three ideas, one a line: " + item.text());
            for (Element line : lines) {
                for (String sentence : line.text().split("(?<=[.!?])\\s+")) {
                    int words = sentence.split("\\s+").length;
                    assertTrue(words <= 15, words + " words: " + sentence);
                }
            }
        }
        // Every cornerstone of the charter has its part, headed as the charter heads it.
        List<String> headings = page.select("main h2").eachText();
        for (CornerstoneSection s : area(slug).charter().cornerstoneSections()) {
            assertTrue(headings.contains(s.heading()), headings + " lacks " + s.heading());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"warwickshire", "se7"})
    void everyCommitmentIsExplainedByAnItem(String slug) {
        Area area = area(slug);
        EasyRead easyRead = area.easyRead().orElseThrow();
        List<String> unexplained = new ArrayList<>();
        for (CornerstoneSection s : area.charter().cornerstoneSections()) {
            Set<Integer> covered = new TreeSet<>();
            easyRead.section(s.cornerstone().id()).orElseThrow().items().forEach(i -> covered.addAll(i.explains()));
            for (int n = 1; n <= s.commitments().size(); n++) {
                if (!covered.contains(n)) {
                    unexplained.add(s.heading() + " " + n);
                }
            }
            assertTrue(covered.stream().allMatch(n -> n >= 1 && n <= s.commitments().size()), covered.toString());
        }
        assertEquals(List.of(), unexplained);
        // And the check, which says the same to the area, has nothing to say about either edition.
        List<Diagnostic> aboutEasyRead = result.diagnostics().stream()
                .filter(d -> d.location().file().endsWith("easy-read.md")).toList();
        assertEquals(List.of(), aboutEasyRead);
    }

    @ParameterizedTest
    @ValueSource(strings = {"warwickshire", "se7"})
    void everyPageOfTheAreaLinksToItAndItCreditsThePictures(String slug) throws Exception {
        List<Path> pages;
        try (var files = Files.walk(site.resolve(slug))) {
            pages = files.filter(p -> p.toString().endsWith("index.html")).filter(p -> !p.toString().contains("/v/"))
                    .filter(p -> !p.toString().contains("/changes/")).toList();
        }
        assertTrue(pages.size() > 5, pages.toString());
        for (Path p : pages) {
            Document d = SiteFiles.page(site, site.relativize(p).toString());
            Element link = d.select(".area-nav a").stream().filter(a -> a.text().equals("Easy Read")).findFirst()
                    .orElse(null);
            assertTrue(link != null, p + " has no Easy Read link");
            assertTrue(site.resolve(site.relativize(p.getParent()).toString()).resolve(link.attr("href"))
                    .normalize().equals(site.resolve(slug + "/easy-read")), link.attr("href"));
        }
        Document page = SiteFiles.page(site, slug + "/easy-read/index.html");
        Element credit = page.selectFirst(".easy-read__credit");
        assertTrue(credit.select("a[href=https://openmoji.org/]").text().equals("OpenMoji"), credit.html());
        assertTrue(credit.select("a[href=https://creativecommons.org/licenses/by-sa/4.0/]").text()
                .equals("CC BY-SA 4.0"), credit.html());
        assertTrue(Files.isRegularFile(site.resolve("assets/easy-read/LICENSE.txt")));
        // Search finds it too, by its own plain words.
        String index = Files.readString(site.resolve("search-index.js"));
        int at = index.indexOf("\"u\":\"" + slug + "/easy-read/\"");
        assertTrue(at > 0, "the search index has no Easy Read edition of " + slug);
    }

    @org.junit.jupiter.api.Test
    void theSetIsACuratedPartOfOpenMojiEachPictureNamedWithAltText() throws Exception {
        Path folder = TestProjects.repositoryRoot().resolve("themes/default/assets/easy-read");
        var pictures = new org.charterkit.load.PictureSetReader().read(TestProjects.repositoryRoot()
                .resolve("themes/default")).pictures();
        List<String> files;
        try (var list = Files.list(folder.resolve("pictures"))) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(pictures.size() >= 40 && pictures.size() <= 80, pictures.size() + " pictures");
        assertEquals(files, pictures.values().stream().map(p -> p.file()).sorted().toList(),
                "every file shipped is named, and every name has its file");
        assertTrue(pictures.values().stream().noneMatch(p -> p.alt().isBlank() || p.alt().equals("null")));
        assertTrue(Files.readString(folder.resolve("LICENSE.txt")).startsWith("Attribution-ShareAlike 4.0"));
    }

    @org.junit.jupiter.api.Test
    void anAreasOwnPictureIsShownWithItsAltTextOnThePageAndInThePdf(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path out = builtFixture(dir, "easy-read-own-picture-with-alt-is-fine", true);
        Element own = familyDayPicture(SiteFiles.page(out, "testshire/easy-read/index.html"));
        assertTrue(Files.isRegularFile(out.resolve("testshire/easy-read/").resolve(own.attr("src")).normalize()),
                own.attr("src"));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("testshire/easy-read.pdf").toFile())) {
            List<String> alts = new ArrayList<>();
            figures(pdf.getDocumentCatalog().getStructureTreeRoot(), alts);
            assertTrue(alts.contains("Families and staff at our family day"), alts.toString());
        }
    }

    /**
     * Easy Read set as a paragraph with the area's picture as a Markdown image, as a word processor lays it out:
     * the paragraph is an item, the image its picture with the image's alt text, the words after it its line.
     */
    @org.junit.jupiter.api.Test
    void aParagraphWithAMarkdownImageIsAnItemWithThatPicture(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path out = builtFixture(dir, "easy-read-as-paragraphs-with-images", false);
        Element own = familyDayPicture(SiteFiles.page(out, "testshire/easy-read/index.html"));
        Element item = own.closest("li");
        assertTrue(item != null && item.text().equals("You and your family matter most to us."),
                item == null ? "no item" : item.text());
    }

    /** Builds a check fixture's charters into {@code dir/site}, with or without the PDFs; fails unless it builds. */
    private static Path builtFixture(Path dir, String fixture, boolean printing) {
        Path project = TestProjects.emptyProject(dir.resolve("p"));
        TestProjects.copyTree(TestProjects.repositoryRoot().resolve(
                "generator/src/test/resources/check-fixtures/" + fixture + "/charters"), project.resolve("charters"));
        Path out = dir.resolve("site");
        BuildResult built = new org.charterkit.build.SiteBuild("test").run(
                org.charterkit.build.BuildRequest.build(project, out).on(TestProjects.BUILD_DAY).printing(printing));
        assertTrue(built.succeeded(), built.diagnostics().toString());
        return out;
    }

    /** The fixtures' own picture of their family day, found by its alt text. */
    private static Element familyDayPicture(Document page) {
        return page.select("img.easy-read__picture").stream()
                .filter(i -> i.attr("alt").equals("Families and staff at our family day")).findFirst().orElseThrow();
    }

    private static void figures(org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode node,
            List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(String.valueOf(e.getAlternateDescription()));
                }
                figures(e, alts);
            }
        }
    }

    private static Area area(String slug) {
        return project.areas().stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow();
    }
}

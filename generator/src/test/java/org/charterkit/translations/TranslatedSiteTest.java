package org.charterkit.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Welsh-border area publishing its charter in English and in Welsh ({@code src/test/resources/translations/}):
 * {@code charter.md} and {@code charter.cy.md}, each with a released version 1.0 and a current 1.1. The site is
 * built once and read as a reader would meet it: every page of both languages in its own language and linked to
 * the other, the Welsh booklet's text layer, the open data and the search index in Welsh. Nothing here depends
 * on the theme's own words being Welsh.
 */
class TranslatedSiteTest {

    static final Path FIXTURE = Path.of("src/test/resources/translations");

    @TempDir
    static Path dir;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.copyTree(FIXTURE.resolve("charters"), project.resolve("charters"));
        // A knowledge page of the fixture's own, with its Welsh translation, laid over the real knowledge base.
        TestProjects.copyTree(FIXTURE.resolve("content"), project.resolve("content"));
        site = dir.resolve("site");
        result = new SiteBuild("test").run(BuildRequest.build(project, site).on(TestProjects.BUILD_DAY));
        assertTrue(result.succeeded(), () -> "the bilingual area does not build: " + result.diagnostics());
    }

    private static Document page(String path) throws IOException {
        Path file = site.resolve(path);
        return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
    }

    private static List<String> htmlPages(String folder) throws IOException {
        try (Stream<Path> walk = Files.walk(site.resolve(folder))) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString()
                    .replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void theWelshEditionSpeaksNoEnglishWordOfTheTheme() throws IOException {
        // The theme's words follow the translation's language as they follow a charter written in Welsh; the
        // untranslated guides shown in English are left out, since they say so and are marked lang="en-GB".
        List<String> welsh = htmlPages("herefordshire/cy");
        assertTrue(welsh.size() >= 12, welsh.toString());
        assertEquals(List.of(), org.charterkit.site.EnglishThemeWords.on(site, welsh));
    }

    /** Where a relative link on {@code page} leads, as a file of the site. */
    private static Path target(String page, String href) {
        Path resolved = site.resolve(page).getParent().resolve(href).normalize();
        return Files.isDirectory(resolved) ? resolved.resolve("index.html") : resolved;
    }

    @Test
    void theTranslationDoesNotDisagreeWithItsCharter() {
        // The fixture is a translation kept up to date: the agreement check says nothing about it.
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.location().file().endsWith("charter.cy.md")),
                () -> result.diagnostics().toString());
    }

    @Test
    void everyPageOfBothLanguagesSaysItsLanguageAndLinksToTheOther() throws IOException {
        List<String> pages = htmlPages("herefordshire");
        List<String> welsh = pages.stream().filter(p -> p.startsWith("herefordshire/cy/")).toList();
        assertTrue(welsh.size() >= 12, () -> "the Welsh pages: " + welsh);
        assertTrue(pages.size() - welsh.size() >= 12);
        for (String path : pages) {
            boolean isWelsh = path.startsWith("herefordshire/cy/");
            Document doc = page(path);
            assertEquals(isWelsh ? "cy" : "en-GB", doc.selectFirst("html").attr("lang"), path);
            Element toWelsh = doc.selectFirst("head link[rel=alternate][hreflang=cy]");
            Element toEnglish = doc.selectFirst("head link[rel=alternate][hreflang=en-GB]");
            assertNotNull(toWelsh, path + " has no hreflang=cy");
            assertNotNull(toEnglish, path + " has no hreflang=en-GB");
            Path welshPage = target(path, toWelsh.attr("href"));
            Path englishPage = target(path, toEnglish.attr("href"));
            assertTrue(Files.isRegularFile(welshPage), path + " -> " + welshPage);
            assertTrue(Files.isRegularFile(englishPage), path + " -> " + englishPage);
            assertEquals("cy", Jsoup.parse(welshPage.toFile()).selectFirst("html").attr("lang"), path);
            assertEquals("en-GB", Jsoup.parse(englishPage.toFile()).selectFirst("html").attr("lang"), path);
            // Each page's counterpart is the same page, at the same address under the language's folder.
            String english = isWelsh ? path.replace("herefordshire/cy/", "herefordshire/") : path;
            assertEquals(site.resolve(english).normalize(), englishPage, path);
            assertEquals(site.resolve(english.replace("herefordshire/", "herefordshire/cy/")).normalize(), welshPage,
                    path);
        }
    }

    @Test
    void theSwitcherNamesEachLanguageInItself() throws IOException {
        for (String path : htmlPages("herefordshire")) {
            boolean isWelsh = path.startsWith("herefordshire/cy/");
            Element switcher = page(path).selectFirst("header nav.language-switcher");
            assertNotNull(switcher, path);
            Element link = switcher.selectFirst("a[href]");
            assertEquals(isWelsh ? "English" : "Cymraeg", link.text(), path);
            assertEquals(isWelsh ? "en-GB" : "cy", link.attr("lang"), path);
            assertEquals(isWelsh ? "en-GB" : "cy", link.attr("hreflang"), path);
            Element here = switcher.selectFirst("[aria-current]");
            assertEquals(isWelsh ? "Cymraeg" : "English", here.text(), path);
            assertEquals(isWelsh ? "cy" : "en-GB", here.attr("lang"), path);
        }
    }

    @Test
    void anAreaWithoutTranslationsHasNoSwitcher() throws IOException {
        Document hub = page("index.html");
        assertTrue(hub.select("nav.language-switcher, link[hreflang]").isEmpty());
        // The hub lists the area once, under its English name: the translation is not an area of its own.
        assertEquals(1, hub.select("a[href='herefordshire/']").size());
        assertTrue(hub.select("a[href^='herefordshire/cy']").isEmpty());
    }

    @Test
    void theWelshPagesShowTheWelshTextAndTheSharedFacts() throws IOException {
        Document charter = page("herefordshire/cy/charter/index.html");
        String text = charter.select("main").text();
        assertTrue(text.contains("Ysgrifennodd y grŵp llywio o rieni"), text);
        assertTrue(text.contains("Rŷn ni'n cyhoeddi'r siarter"), text);
        List<String> headings = charter.select("main h2").eachText();
        for (String cornerstone : List.of("Croeso a Gofal", "Cyfathrebu", "Gwerthfawrogi a Chynnwys",
                "Gweithio mewn Partneriaeth")) {
            assertTrue(headings.stream().anyMatch(h -> h.contains(cornerstone)), headings::toString);
        }
        assertTrue(text.contains("heb i deulu orfod gofyn amdani"), text);
        assertFalse(text.contains("create a welcoming and caring space"), text);
        // The signatories and the version are the charter's own: one agreement, in two languages.
        assertTrue(text.contains("Rhian Powell") && text.contains("Sian Morgan"), text);
        assertEquals("Siarter Gweithio Gyda'n Gilydd ar gyfer SEND yn Swydd Henffordd",
                charter.selectFirst("h1").text());
        assertTrue(page("herefordshire/cy/cornerstones/communicate/index.html").select("main").text()
                .contains("cyfathrebu'n glir ac yn onest"));
    }

    @Test
    void theWelshWhatChangedPageShowsTheWelshChange() throws IOException {
        String welsh = page("herefordshire/cy/changes/1.0-to-1.1/index.html").select("main").text();
        assertTrue(welsh.contains("pan fydd teulu'n gofyn amdani"), welsh);
        assertTrue(welsh.contains("Cyfathrebu"), welsh);
        String english = page("herefordshire/changes/1.0-to-1.1/index.html").select("main").text();
        assertTrue(english.contains("when a family asks for it"), english);
        // The released Welsh version keeps its own words at its permanent address.
        assertTrue(page("herefordshire/cy/v/1.0/index.html").select("main").text()
                .contains("rhoi gwybodaeth yn Saesneg ac yn Gymraeg pan fydd teulu'n gofyn amdani"));
    }

    @Test
    void theWelshBookletGivesBackCircumflexedLettersExactly() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("herefordshire/cy/charter.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("grŵp llywio"), text);
            assertTrue(text.contains("Rŷn ni'n"), text);
            assertTrue(text.contains("Gwerthfawrogi a Chynnwys"), text);
            assertEquals("cy", pdf.getDocumentCatalog().getLanguage());
        }
        try (PDDocument poster = Loader.loadPDF(site.resolve("herefordshire/cy/charter-poster.pdf").toFile())) {
            String text = new PDFTextStripper().getText(poster).replaceAll("\\s+", " ");
            assertTrue(text.contains("cyfathrebu'n glir ac yn onest"), text);
            assertEquals("cy", poster.getDocumentCatalog().getLanguage());
        }
        // The English booklet is still English.
        try (PDDocument pdf = Loader.loadPDF(site.resolve("herefordshire/charter.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("The steering group of parents"), text);
            assertFalse(text.contains("grŵp"), text);
        }
    }

    @Test
    void theWelshPagesOfferTheWelshBooklet() throws IOException {
        Document charter = page("herefordshire/cy/charter/index.html");
        List<String> pdfs = new ArrayList<>();
        charter.select("a[href$=.pdf]").forEach(a -> pdfs.add(target("herefordshire/cy/charter/index.html",
                a.attr("href")).toString()));
        assertTrue(pdfs.contains(site.resolve("herefordshire/cy/charter.pdf").toString()), pdfs::toString);
        assertFalse(pdfs.contains(site.resolve("herefordshire/charter.pdf").toString()), pdfs::toString);
    }

    @Test
    void theWelshOpenDataIsInWelshWithTheSharedFacts() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode welsh = json.readTree(site.resolve("herefordshire/cy/charter.json").toFile());
        JsonNode english = json.readTree(site.resolve("herefordshire/charter.json").toFile());
        assertEquals("cy", welsh.get("language").asText());
        assertEquals("en-GB", english.get("language").asText());
        assertEquals("Swydd Henffordd", welsh.get("area").get("name").asText());
        assertEquals("herefordshire", welsh.get("area").get("slug").asText());
        assertEquals(english.get("version"), welsh.get("version"));
        assertEquals(english.get("adopted"), welsh.get("adopted"));
        assertEquals(english.get("signatories"), welsh.get("signatories"));
        assertTrue(welsh.get("introduction").asText().contains("grŵp llywio"));
    }

    @Test
    void theWelshFeedAnnouncesTheWelshVersions() throws IOException {
        Document feed = Jsoup.parse(Files.readString(site.resolve("herefordshire/cy/feed.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        assertEquals(1, feed.select("entry").size());
        assertTrue(feed.select("entry title").text().contains("1.0"), feed.toString());
    }

    @Test
    void searchFindsWelshWordsInWelshPagesAndSaysTheirLanguage() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String script = Files.readString(site.resolve("herefordshire/cy/search-index.js"), StandardCharsets.UTF_8);
        JsonNode own = json.readTree(script.substring(script.indexOf("] = ") + 4, script.lastIndexOf(';')));
        List<JsonNode> documents = new ArrayList<>();
        own.get("documents").forEach(documents::add);
        assertTrue(documents.stream().allMatch(d -> d.get("l").asText().equals("cy")
                && d.get("n").asText().equals("Cymraeg")));
        JsonNode overview = documents.get(0);
        assertTrue(overview.get("x").asText().contains("grŵp llywio"), overview::toString);
        assertTrue(overview.get("u").asText().startsWith("herefordshire/cy/"));
        assertTrue(documents.stream().anyMatch(d -> d.get("t").asText().equals("cyfathrebu'n glir ac yn onest")
                && d.get("u").asText().startsWith("herefordshire/cy/charter/#")));
        // The top-level index lists the Welsh edition as an index of its own, and the English pages say theirs.
        String top = Files.readString(site.resolve("search-index.js"), StandardCharsets.UTF_8);
        JsonNode index = json.readTree(top.substring(top.indexOf("= ") + 2, top.lastIndexOf(';')));
        List<String> areas = new ArrayList<>();
        index.get("areas").forEach(a -> areas.add(a.get("a").asText()));
        assertEquals(List.of("herefordshire", "herefordshire/cy"), areas);
        String english = Files.readString(site.resolve("herefordshire/search-index.js"), StandardCharsets.UTF_8);
        JsonNode englishOwn = json.readTree(english.substring(english.indexOf("] = ") + 4, english.lastIndexOf(';')));
        assertEquals("English", englishOwn.get("documents").get(0).get("n").asText());
    }

    @Test
    void aTranslatedGuideIsInWelshAndLinkedToItsEnglishPage() throws IOException {
        Document welsh = page("knowledge/cy/welsh-and-english/index.html");
        assertEquals("cy", welsh.selectFirst("html").attr("lang"));
        assertEquals("Siarteri yn Gymraeg ac yn Saesneg", welsh.selectFirst("h1").text());
        assertTrue(welsh.select(".translation-fallback").isEmpty());
        assertEquals(site.resolve("knowledge/welsh-and-english/index.html"),
                target("knowledge/cy/welsh-and-english/index.html",
                        welsh.selectFirst("head link[hreflang=en-GB]").attr("href")));
        Document english = page("knowledge/welsh-and-english/index.html");
        assertEquals("Cymraeg", english.selectFirst("nav.language-switcher a[lang=cy]").text());
        // The Welsh index lists the translated page under its Welsh title.
        assertTrue(page("knowledge/cy/index.html").select("main a").eachText()
                .contains("Siarteri yn Gymraeg ac yn Saesneg"));
    }

    @Test
    void aGuideWithNoTranslationIsShownInEnglishAndSaysSoInWelsh() throws IOException {
        java.util.Properties welshWords = new java.util.Properties();
        try (var reader = Files.newBufferedReader(TestProjects.repositoryRoot()
                .resolve("themes/default/messages/translations_cy.properties"), StandardCharsets.UTF_8)) {
            welshWords.load(reader);
        }
        for (String path : List.of("knowledge/cy/trust/index.html")) {
            Document doc = page(path);
            // The page is English, and says so: it claims no Welsh it does not have.
            assertEquals("en-GB", doc.selectFirst("html").attr("lang"), path);
            assertTrue(doc.select("link[hreflang=cy]").isEmpty(), path);
            Element notice = doc.selectFirst(".translation-fallback");
            assertNotNull(notice, path);
            assertEquals("cy", notice.attr("lang"), path);
            assertEquals(welshWords.getProperty("translations.fallback"), notice.text(), path);
        }
        assertEquals(page("knowledge/trust/index.html").selectFirst("h1").text(),
                page("knowledge/cy/trust/index.html").selectFirst("h1").text());
    }

    @Test
    void welshPagesLeadToTheGuidesInWelsh() throws IOException {
        String path = "herefordshire/cy/charter/index.html";
        List<Path> guides = new ArrayList<>();
        page(path).select("a[href*=knowledge/]").forEach(a -> guides.add(target(path, a.attr("href"))));
        assertFalse(guides.isEmpty());
        assertTrue(guides.stream().allMatch(p -> p.startsWith(site.resolve("knowledge/cy"))), guides::toString);
        String english = "herefordshire/charter/index.html";
        page(english).select("a[href*=knowledge/]").forEach(a -> assertFalse(
                target(english, a.attr("href")).startsWith(site.resolve("knowledge/cy")), a.toString()));
    }

    @Test
    void aTranslatedGlossaryIsInWelshAndLeadsToTheWelshGuides() throws IOException {
        Document welsh = page("glossary/cy/index.html");
        assertEquals("cy", welsh.selectFirst("html").attr("lang"));
        assertTrue(welsh.select(".translation-fallback").isEmpty());
        String text = welsh.select("main").text();
        assertTrue(text.contains("cydgynhyrchu") && text.contains("Teuluoedd a gweithwyr proffesiynol"), text);
        assertFalse(text.contains("Families and professionals working together"), text);
        assertEquals(site.resolve("glossary/index.html"), target("glossary/cy/index.html",
                welsh.selectFirst("head link[hreflang=en-GB]").attr("href")));
        welsh.select("main a[href*=knowledge/]").forEach(a -> assertTrue(target("glossary/cy/index.html",
                a.attr("href")).startsWith(site.resolve("knowledge/cy")), a.toString()));
    }
}

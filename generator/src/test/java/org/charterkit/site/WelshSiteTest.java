package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A charter written in Welsh ({@code language: cy}) gets Welsh pages: the fixture is Herefordshire's charter as a
 * border area would write it in Welsh (src/test/resources/welsh), with two versions and six pledges. Its pages
 * are read back with jsoup and held to the Welsh bundle: the language they say they are in, no English word of
 * the theme, Welsh dates and Welsh plural forms.
 */
class WelshSiteTest {

    private static final Path FIXTURE = Path.of("src/test/resources/welsh");
    private static final Path MESSAGES = TestProjects.repositoryRoot().resolve("themes/default/messages");
    /** After two pledges' targets (2025-Q4, 2026-01) and before the others'. */
    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.copyTree(FIXTURE.resolve("charters"), project.resolve("charters"));
        site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, site).on(DAY));
        assertTrue(result.succeeded(), () -> "the Welsh area does not build: " + result.diagnostics());
    }

    private static List<Path> areaPages() {
        try (Stream<Path> walk = Files.walk(site.resolve("herefordshire"))) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyPageOfTheAreaSaysItIsInWelsh() {
        List<Path> pages = areaPages();
        assertTrue(pages.size() >= 12, pages.toString());
        for (Path page : pages) {
            Document doc = SiteFiles.page(site, site.relativize(page).toString());
            assertEquals("cy", doc.selectFirst("html").attr("lang"), page.toString());
        }
        // The pages of no area still speak English.
        assertEquals("en-GB", SiteFiles.page(site, "index.html").selectFirst("html").attr("lang"));
    }

    @Test
    void noEnglishWordOfTheThemeOnTheWelshPages() {
        assertEquals(List.of(), EnglishThemeWords.on(site, areaPages().stream()
                .map(p -> site.relativize(p).toString()).toList()));
    }

    @Test
    void theFeedIsInWelsh() throws IOException {
        Document feed = Jsoup.parse(Files.readString(site.resolve("herefordshire/feed.xml")), "", Parser.xmlParser());
        assertEquals("Fersiynau newydd: Siarter Cydweithio Swydd Henffordd", feed.selectFirst("feed > title").text());
        // The feed announces released versions: 1.0 is released, 2.0 is the current text.
        assertEquals("Swydd Henffordd: Siarter Cydweithio Swydd Henffordd, fersiwn 1.0",
                feed.selectFirst("entry > title").text());
        assertEquals("Fersiwn 1.0 o siarter Swydd Henffordd, a fabwysiadwyd ar 1 Tachwedd 2022.",
                feed.selectFirst("entry > summary").text());
    }

    @Test
    void datesAreWrittenInWelsh() {
        Document versions = SiteFiles.page(site, "herefordshire/versions/index.html");
        List<String> adopted = versions.select("#version-1\\.0 dd time, #version-2\\.0 dd time").eachText();
        // 1.0 adopted, and to be reviewed by the day 2.0 was adopted; 2.0 to be reviewed two years on.
        assertEquals(List.of("1 Tachwedd 2022", "1 Tachwedd 2024", "1 Tachwedd 2024", "1 Tachwedd 2026"),
                adopted.stream().sorted().toList());
        assertEquals("Mabwysiadwyd", versions.select("#version-2\\.0 dt").get(1).text());
        assertTrue(versions.selectFirst("footer").text().contains("mabwysiadwyd ar 1 Tachwedd 2024"),
                versions.selectFirst("footer").text());
        Document pledges = SiteFiles.page(site, "herefordshire/pledges/index.html");
        assertTrue(pledges.text().contains("Targed Mawrth 2025"), pledges.text());
        assertTrue(pledges.text().contains("Hydref i Ragfyr 2025"), pledges.text());
        for (Path page : areaPages()) {
            String text = SiteFiles.page(site, site.relativize(page).toString()).text();
            assertFalse(text.contains("November"), page + " names a month in English");
        }
    }

    @Test
    void howWeAreDoingSpeaksWelshWithTheChartersOwnNames() {
        Document how = SiteFiles.page(site, "herefordshire/how-we-are-doing/index.html");
        assertEquals(List.of("10 Mawrth 2025", "6 Hydref 2025", "6 Hydref 2025"),
                how.select(".evaluate-table tbody time").eachText().subList(0, 3));
        assertTrue(how.selectFirst("main > p.lead").text().startsWith(
                "Dyma, wedi’u casglu ynghyd, yr hyn a ddywedodd 2 o ysgolion, lleoliadau a gwasanaethau yn ardal "
                        + "Swydd Henffordd"), how.selectFirst("main > p.lead").text());
        assertEquals(List.of("Croeso a Gofal", "Cyfathrebu", "Gwerthfawrogi a Chynnwys", "Gweithio mewn Partneriaeth"),
                how.select(".evaluate-cornerstone h3").eachText());
        assertTrue(how.select(".evaluate-chart-date").eachText().contains("10 Mawrth 2025"));
    }

    @Test
    void countsTakeTheWelshPluralForms() {
        Document pledges = SiteFiles.page(site, "herefordshire/pledges/index.html");
        // Six is "many" in Welsh and takes the singular noun; one done is "wedi'i", three planned "wedi'u".
        assertEquals("6 addewid: 1 wedi’i gwblhau, 2 ar y gweill, 3 wedi’u cynllunio.",
                pledges.select("main > p").get(1).text());
        assertEquals("Mae 2 addewid wedi pasio’u targed heb eu cwblhau.", pledges.selectFirst(".notice").text());
        Document changes = SiteFiles.page(site, "herefordshire/changes/1.0-to-2.0/index.html");
        assertEquals(List.of("2 wedi’u hychwanegu", "0 wedi’u dileu", "1 wedi’i aileirio", "0 wedi’u symud"),
                changes.select(".change-counts li").eachText());
        Document home = SiteFiles.page(site, "herefordshire/index.html");
        assertTrue(home.text().contains("5 ymrwymiad"), home.text());
        assertFalse(home.text().contains("commitments"), home.text());
    }

    @Test
    void titlesAndLinkNamesFromThePlanAreSaidInWelsh() {
        Document changes = SiteFiles.page(site, "herefordshire/changes/1.0-to-2.0/index.html");
        assertEquals("Beth newidiodd rhwng fersiwn 1.0 a fersiwn 2.0", changes.selectFirst("h1").text());
        assertEquals("Beth newidiodd rhwng fersiwn 1.0 a fersiwn 2.0 – Swydd Henffordd – Siarteri cyd-gynhyrchu",
                changes.title());
        assertEquals(List.of("Pob siarter", "Swydd Henffordd", "Fersiynau’r siarter",
                "Beth newidiodd rhwng fersiwn 1.0 a fersiwn 2.0"), changes.select("nav.breadcrumbs li").eachText());
        Document home = SiteFiles.page(site, "herefordshire/index.html");
        List<String> navigation = home.select("nav.area-nav li").eachText();
        assertEquals("Trosolwg", navigation.get(0));
        assertEquals("Y siarter yn llawn", navigation.get(1));
        assertTrue(navigation.containsAll(List.of("Ein haddewidion", "Hunanwerthuso", "Fersiynau’r siarter",
                "Datganiad hygyrchedd")), navigation.toString());
    }

    @Test
    void thePrintedBookletIsInWelsh() throws IOException {
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                site.resolve("herefordshire/charter.pdf").toFile())) {
            assertEquals("cy", pdf.getDocumentCatalog().getLanguage());
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        for (String welsh : List.of("Statws Mabwysiadwyd ar 1 Tachwedd 2024",
                "Adolygu erbyn", "1 Tachwedd 2026", "Llofnodwyr", "ar ran Llais Ifanc Swydd Henffordd",
                "Llofnodwyd 1 Tachwedd 2024", "Fersiwn 2.0", "Tudalen 1 o",
                // ŵ and ŷ come back from the text layer as they were written.
                "grŵp o bobl ifanc", "Nhŷ’r Gymuned")) {
            assertTrue(text.contains(welsh), "the booklet lacks “" + welsh + "”: " + text);
        }
        for (String english : List.of("Signatories", "Review by", "Adopted", "on behalf of", "Signed", "November",
                "Page 1 of")) {
            assertFalse(text.contains(english), "the booklet says “" + english + "”");
        }
    }

    @Test
    void theSearchIndexNamesTheAreasPartsInWelsh() throws IOException {
        String index = Files.readString(site.resolve("herefordshire/search-index.js"));
        assertTrue(index.contains("\"c\":\"Trosolwg\""), index);
        assertTrue(index.contains("\"c\":\"Conglfaen\""), index);
        assertFalse(index.contains("\"Overview\"") || index.contains("\"Cornerstone\""), index);
    }
}

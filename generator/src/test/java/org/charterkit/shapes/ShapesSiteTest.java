package org.charterkit.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.charterkit.build.BuildResult;
import org.charterkit.diagnostic.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The charters other English areas actually write, built as they are written: Telford &amp; Wrekin's own names
 * for the Four Cornerstones and its changed lead-ins, Hillingdon's five numbered values in prose, Tameside's dated
 * pledges, and Shropshire's feedback link and page in Welsh. Read back as a reader meets them: pages with jsoup,
 * PDFs with PDFBox, the open data with Jackson.
 */
class ShapesSiteTest {

    private static final List<String> TELFORD_NAMES = List.of("Feel valued and included", "Open communication",
            "Feel welcomed and cared for", "Working in partnership");

    @TempDir
    static Path dir;

    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() {
        Path project = ShapeProjects.project(dir.resolve("project"));
        site = dir.resolve("site");
        result = ShapeProjects.build(project, site);
    }

    static Document page(String path) {
        try {
            return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", "http://localhost/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pdfText(String path) {
        try (PDDocument pdf = Loader.loadPDF(site.resolve(path).toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String path) {
        try {
            return new ObjectMapper().readTree(site.resolve(path).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> htmlPages(String area) {
        try (Stream<Path> walk = Files.walk(site.resolve(area))) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyShapesDataFollowsThePublishedSchemaAndItsRulesForPledges() throws IOException {
        com.networknt.schema.JsonSchema schema = com.networknt.schema.JsonSchemaFactory
                .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(site.resolve("schema/charter.schema.json").toFile()));
        for (String path : List.of("telford-and-wrekin/charter.json", "telford-and-wrekin/v/1.0/charter.json",
                "hillingdon/charter.json", "tameside/charter.json", "shropshire/charter.json", "kent/charter.json")) {
            assertEquals(java.util.Set.of(), schema.validate(json(path)), path);
        }
        com.fasterxml.jackson.databind.node.ObjectNode wrong = (com.fasterxml.jackson.databind.node.ObjectNode)
                json("tameside/charter.json").get("pledges").get(0);
        wrong.put("target", "April 2026");
        JsonNode whole = json("tameside/charter.json");
        ((com.fasterxml.jackson.databind.node.ArrayNode) whole.get("pledges")).set(0, wrong);
        assertFalse(schema.validate(whole).isEmpty(), "a target in the data has one spelling");
    }

    @Test
    void everyWordOnTheShapesPagesComesFromTheThemesMessages() throws IOException {
        for (String area : ShapeProjects.SHAPES) {
            for (Path file : htmlPages(area)) {
                assertFalse(Files.readString(file).contains("??"), file + " has a word the theme lacks");
            }
        }
    }

    // 1. An area's own names for the cornerstones.

    @Test
    void telfordsNavigationAndHomeUseItsOwnNamesInItsOrder() {
        Document home = page("telford-and-wrekin/index.html");
        List<String> nav = home.select(".area-nav a[href*=cornerstones/]").eachText();
        assertEquals(TELFORD_NAMES, nav);
        assertEquals(TELFORD_NAMES, home.select(".cornerstones__name").eachText());
        assertFalse(home.select("main").text().contains("Welcome and Care"),
                "the framework's name does not replace the area's own on its home page");
    }

    @Test
    void telfordsCornerstonePageIsHeadedWithItsNameAndItsOwnLeadIn() {
        Document welcome = page("telford-and-wrekin/cornerstones/welcome-and-care/index.html");
        assertEquals("Feel welcomed and cared for", welcome.selectFirst("h1").text());
        assertEquals("To make sure you feel welcomed and cared for, we will do the following:",
                welcome.selectFirst(".lead-in").text());
        assertTrue(welcome.title().startsWith("Feel welcomed and cared for"), welcome.title());
        assertTrue(welcome.select("main p").eachText().contains(
                "In this charter, the cornerstone Welcome and Care is called \u201cFeel welcomed and cared for\u201d."));
    }

    @Test
    void crossAreaViewsGroupByTheFrameworkAndShowEachAreasOwnName() {
        Element row = page("compare/index.html").select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Telford & Wrekin")).findFirst().orElseThrow();
        assertTrue(row.select(".compare__list li").eachText().contains(
                "Welcome and Care (called \u201cFeel welcomed and cared for\u201d): 2"), row.text());
        Document guide = page("knowledge/welcome-and-care/index.html");
        Element telford = guide.select(".area-commitments h3").stream()
                .filter(h -> h.text().equals("Telford & Wrekin")).findFirst().orElseThrow();
        assertEquals("Telford & Wrekin calls it \u201cFeel welcomed and cared for\u201d.",
                telford.nextElementSibling().text());
        assertTrue(guide.select(".area-commitments h3").eachText().contains("Tameside"),
                "an area using the framework's own names is listed too");
    }

    @Test
    void bothPdfsAndTheDataUseTelfordsNames() {
        String booklet = pdfText("telford-and-wrekin/charter.pdf");
        String poster = pdfText("telford-and-wrekin/charter-poster.pdf");
        for (String name : TELFORD_NAMES) {
            assertTrue(booklet.contains(name), "booklet: " + name);
            assertTrue(poster.contains(name), "poster: " + name);
        }
        JsonNode cornerstones = json("telford-and-wrekin/charter.json").get("cornerstones");
        assertEquals(TELFORD_NAMES, cornerstones.findValuesAsText("ownName"));
        assertEquals("welcome-and-care", cornerstones.get(2).get("id").asText());
        assertEquals("Welcome and Care", cornerstones.get(2).get("name").asText());
    }

    // 2. Values written as prose, numbered.

    @Test
    void hillingdonsValuesAreCountedAsValuesAndKeepTheirNumbers() {
        Document home = page("hillingdon/index.html");
        assertTrue(home.selectFirst("figcaption").text().startsWith("The 5 values of this charter."),
                home.selectFirst("figcaption").text());
        assertEquals(List.of("1. Value lived experience", "2. Be open and honest", "3. Share power",
                "4. Include everyone", "5. Keep learning"), home.select(".cornerstones__name").eachText());
        for (Path file : htmlPages("hillingdon")) {
            String text = page(site.relativize(file).toString()).select("main").text();
            assertFalse(text.matches("(?s).*\\b1 commitment\\b.*"), file + " counts a value as a commitment");
            assertFalse(text.contains("what we promise"), file.toString());
        }
        Document value = page("hillingdon/cornerstones/share-power/index.html");
        assertEquals("3. Share power", value.selectFirst("h1").text());
        assertEquals("We decide together from the start, not after the plans are made. Everyone at the table has"
                + " an equal say.", value.selectFirst(".statement").text());
        assertTrue(value.select("ul.commitments").isEmpty(), "a value in prose is not a one-item list");
        Element row = page("compare/index.html").select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Hillingdon")).findFirst().orElseThrow();
        assertTrue(row.text().contains("5 values"), row.text());
        assertFalse(row.text().contains(": 0"), row.text());
    }

    @Test
    void hillingdonsValuesReachThePdfsAndTheDataWithTheirNumbers() {
        String booklet = pdfText("hillingdon/charter.pdf");
        assertTrue(booklet.contains("1. Value lived experience"), booklet);
        assertTrue(booklet.contains("Everyone at the table has an equal say."), booklet);
        JsonNode data = json("hillingdon/charter.json");
        assertEquals("prose", data.get("framework").get("form").asText());
        JsonNode first = data.get("cornerstones").get(0);
        assertEquals("1", first.get("number").asText());
        assertEquals("Value lived experience", first.get("ownName").asText());
        assertTrue(first.get("leadIn").asText().startsWith("What families and young people know"));
        assertEquals(0, first.get("commitments").size());
    }

    // 3. Dated pledges.

    @Test
    void tamesidesPledgesPageGivesEachStatusInWordsAndFlagsTheOverdueOne() {
        Document pledges = page("tameside/pledges/index.html");
        assertEquals("Our pledges", pledges.selectFirst("h1").text());
        List<Element> items = pledges.select("li.pledge");
        assertEquals(5, items.size());
        assertTrue(pledges.select("table").isEmpty(), "a list, not a table that scrolls sideways at 320 px");
        Element training = items.get(1);
        assertEquals("Train every SEND caseworker in co-production", training.selectFirst("h2").text());
        assertTrue(training.text().contains("Target March 2026"), training.text());
        assertTrue(training.text().contains("Status In progress"), training.text());
        assertNotNull(training.selectFirst(".pledge-overdue"), "March 2026 has passed and the work is not done");
        assertTrue(training.selectFirst(".pledge-overdue").text().startsWith("Overdue"));
        Element panel = items.get(2);
        assertTrue(panel.text().contains("Target July to September 2026"), panel.text());
        assertTrue(panel.select(".pledge-overdue").isEmpty(), "the third quarter has not ended on 15 June");
        assertTrue(items.get(0).text().contains("Status Done"));
        assertTrue(items.get(0).select(".pledge-overdue").isEmpty(), "a pledge that is done is never overdue");
        assertTrue(items.get(3).text().contains("Target Ongoing"));
        assertEquals("https://www.example.org/guide", items.get(0).selectFirst("a").attr("href"));
        assertTrue(pledges.select(".notice").text().contains("1 pledge is past its target and not done"),
                pledges.select(".notice").text());
    }

    @Test
    void theCheckWarnsWhereTheOverdueTargetIsWritten() {
        List<Diagnostic> warnings = result.diagnostics().stream()
                .filter(d -> d.message().contains("pledge")).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).format().startsWith("charters/tameside/charter.md:34:13: warning: the pledge"
                + " \u201cTrain every SEND caseworker in co-production\u201d was due by 2026-03 and is not done"),
                warnings.get(0).format());
    }

    @Test
    void pledgesAreCountedOnTheHubAndReachTheBookletAndTheData() {
        Element tameside = page("index.html").select(".area-list li").stream()
                .filter(li -> li.selectFirst("h3").text().equals("Tameside")).findFirst().orElseThrow();
        assertTrue(tameside.text().contains("Pledges 5 pledges, 1 done"), tameside.text());
        String booklet = pdfText("tameside/charter.pdf");
        assertTrue(booklet.contains("Our pledges"), booklet);
        assertTrue(booklet.contains("Set up a young people's panel that reviews new leaflets"), booklet);
        assertTrue(booklet.contains("In progress"), booklet);
        assertTrue(!booklet.contains("Overdue"), "a printed charter is the same whatever the day it is built");
        JsonNode second = json("tameside/charter.json").get("pledges").get(1);
        assertEquals("2026-03", second.get("target").asText());
        assertEquals("in-progress", second.get("status").asText());
        assertEquals("SEND Service and the parent carer forum", second.get("lead").asText());
        assertEquals("2026-Q3", json("tameside/charter.json").get("pledges").get(2).get("target").asText());
        assertTrue(page("tameside/index.html").select("main a[href=pledges/]").text()
                .contains("Our pledges: 5 pledges, 1 done"));
    }

    // 4. What a real page also carries.

    @Test
    void everyPageOfShropshireLinksToItsFeedbackAndOtherAreasDoNot() {
        List<Path> pages = htmlPages("shropshire");
        assertTrue(pages.size() >= 8, pages.toString());
        for (Path file : pages) {
            Element link = page(site.relativize(file).toString()).selectFirst(".feedback a");
            assertNotNull(link, file.toString());
            assertEquals("https://www.example.org/shropshire-charter-survey", link.attr("href"));
            if (file.toString().contains("croeso")) {
                // The page in Welsh says it in Welsh, from the theme's Welsh bundle.
                assertEquals("Dywedwch wrthon ni beth yw eich barn am siarter Shropshire a\u2019r tudalennau hyn.",
                        link.parent().text());
                continue;
            }
            assertEquals("Tell us what you think", link.text());
            assertEquals("Tell us what you think about Shropshire\u2019s charter and these pages.",
                    link.parent().text());
        }
        assertTrue(page("tameside/index.html").select(".feedback").isEmpty());
    }

    @Test
    void aPageInWelshSaysSo() {
        assertEquals("cy", page("shropshire/croeso/index.html").selectFirst("html").attr("lang"));
        assertEquals("en-GB", page("shropshire/index.html").selectFirst("html").attr("lang"));
    }

    // 5. Changes real areas make between versions.

    @Test
    void theChangedLeadInsAreOnTheWhatChangedPage() {
        Document changes = page("telford-and-wrekin/changes/1.0-to-2.0/index.html");
        Element texts = changes.getElementById("changes-texts").parent();
        List<String> items = texts.select("li").eachText();
        assertEquals(4, items.size(), items.toString());
        String welcome = items.get(2);
        assertTrue(welcome.startsWith("Lead-in of Feel welcomed and cared for changed:"), welcome);
        assertTrue(welcome.contains("Before: \u201cWe will achieve this by:\u201d"), welcome);
        assertTrue(welcome.contains(
                "Now: \u201cTo make sure you feel welcomed and cared for, we will do the following:\u201d"), welcome);
        assertTrue(texts.select("del").eachText().stream().anyMatch(t -> t.contains("achieve this by")));
        // The commitment added under Working in partnership is named as the area names it.
        assertTrue(changes.select("section h2").eachText().contains("Working in partnership"));
    }

    // 7. Cornerstones gathered under a heading, and dates, a status, the spectrum and the levels in an area's words.

    @Test
    void kentsCornerstonesUnderAHeadingOfTheirOwnAreItsCornerstonesOnEveryPage() {
        Document charter = page("kent/charter/index.html");
        List<String> headings = charter.select("main h2").eachText();
        int group = headings.indexOf("Our four cornerstones");
        assertTrue(group >= 0, headings.toString());
        assertEquals(KENT_NAMES, headings.subList(group + 1, group + 5));
        assertTrue(charter.select("main").text().contains(
                "We wrote these promises with families at four workshops in the winter of 2024."));
        Element trust = charter.selectFirst("#trust");
        assertNotNull(trust, "the centre is read from its third-level heading too");
        assertTrue(trust.text().contains("Trust grows when we keep our promises, and say so when we cannot."));

        Document home = page("kent/index.html");
        assertEquals(KENT_NAMES, home.select(".cornerstones__name").eachText());
        Document communicate = page("kent/cornerstones/communicate/index.html");
        assertEquals("3. Communication", communicate.selectFirst("h1").text());
        assertEquals(List.of("We will use plain English and explain any word we have to use.",
                "We will send papers at least a week before a meeting."),
                communicate.select("main .commitments > li").eachText());
        assertTrue(pdfText("kent/charter.pdf").contains("3. Communication"));
    }

    @Test
    void aHeadingUnderAGatheredCornerstoneStandsOneLevelBelowIt() {
        // Written `####` under `### 3. Communication`: on the page, an h3 under the cornerstone's h2, as a `###`
        // under a `##` cornerstone is, so that no heading level is skipped.
        for (String path : List.of("kent/charter/index.html", "kent/cornerstones/communicate/index.html")) {
            Document page = page(path);
            Element known = page.select("main h2, main h3, main h4").stream()
                    .filter(h -> h.text().equals("How we will know")).findFirst().orElseThrow();
            assertEquals("h3", known.tagName(), path);
        }
    }

    @Test
    void kentsDatesStatusAndScalesAreReadAsItWroteThem() {
        Document home = page("kent/index.html");
        assertTrue(home.select("main").text().contains("14 March 2025"), home.select("main").text());
        JsonNode data = json("kent/charter.json");
        assertEquals("adopted", data.get("status").asText());
        assertEquals("2025-03-14", data.get("adopted").asText());
        assertEquals("2027-03", data.get("reviewBy").asText());
        assertEquals(List.of("Informing", "Consulting", "Codesign", "Co-producing"),
                data.get("spectrum").get("levels").findValuesAsText("name"));
        assertEquals(List.of("Strategic", "Operational", "Individual"),
                data.get("levels").get("levels").findValuesAsText("name"));
        Document spectrum = page("kent/spectrum/index.html");
        assertEquals(List.of("Informing", "Consulting", "Codesign", "Co-producing"),
                spectrum.select("main ol li h2, main ol li h3").eachText());
    }

    /**
     * The spectrum's note and first end ("From the least shared...", "Least shared") are never left alone at a
     * page's foot in the booklet: in Kent's, they fall there without the print stylesheet's rule.
     */
    @Test
    void kentsBookletPrintsTheSpectrumsFirstEndWithItsFirstLevel() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("kent/charter.pdf").toFile())) {
            boolean found = false;
            for (int number = 1; number <= pdf.getNumberOfPages(); number++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                String page = stripper.getText(pdf);
                for (String alone : List.of("From the least shared", "Least shared")) {
                    if (page.contains(alone)) {
                        found = true;
                        assertTrue(page.contains("Informing"), alone + ", page " + number + ": " + page);
                    }
                }
            }
            assertTrue(found, "the booklet prints the spectrum's ends");
        }
    }

    @Test
    void aLinkToAFileInTheAreasAssetsLeadsToItFromEveryPageThatShowsIt() throws IOException {
        int links = 0;
        for (Path file : htmlPages("kent")) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element link : page.select("main a[href$=charter-as-signed.pdf]")) {
                Path target = file.getParent().resolve(link.attr("href")).normalize();
                assertEquals(site.resolve("kent/assets/charter-as-signed.pdf"), target, file + ": " + link);
                assertTrue(Files.isRegularFile(target), target.toString());
                links++;
            }
        }
        assertTrue(links >= 2, "the charter page and its version's page both link to it: " + links);
    }

    private static final List<String> KENT_NAMES = List.of("1. Welcome & Care", "2. Value & Include",
            "3. Communication", "4. Working in Partnership");
}

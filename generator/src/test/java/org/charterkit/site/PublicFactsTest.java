package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.SiteBuild;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts about a charter as a reader meets them on the real site (issue 17): the compare page's cards hold
 * what its table holds; where a charter stands is said once; the open data, the search's labels and the tools
 * that tested the pages are in plain words or under "For developers"; and each signatory's name and organisation
 * are separate, with a pause a screen reader hears.
 */
class PublicFactsTest {

    @TempDir
    static Path site;

    @BeforeAll
    static void build() {
        TestProjects.buildRealSite(site);
    }

    @Test
    void eachAreasCardGivesTheSameFactsAsItsRowInTheTable() {
        Document compare = SiteFiles.page(site, "compare/index.html");
        assertTrue(compare.selectFirst("main").hasClass("main--wide"), "the page takes the site's full width");
        List<String> headers = compare.select("main table thead th").eachText();
        List<Element> rows = compare.select("main table tbody tr");
        List<Element> cards = compare.select("main .compare-cards > li.compare-card");
        assertEquals(2, rows.size());
        assertEquals(rows.size(), cards.size(), "one card per area");
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            Element card = cards.get(i);
            Element heading = card.selectFirst("h2 a");
            assertEquals(row.selectFirst("th a").text(), heading.text());
            assertEquals(row.selectFirst("th a").attr("href"), heading.attr("href"));
            Element facts = card.selectFirst("dl");
            assertEquals(headers.subList(1, headers.size()), facts.select("> div > dt").eachText(), heading.text());
            List<Element> cells = row.select("> td");
            List<Element> values = facts.select("> div > dd");
            for (int f = 0; f < cells.size(); f++) {
                assertEquals(cells.get(f).text(), values.get(f).text(), heading.text() + ": " + headers.get(f + 1));
                // Lists stay lists, dates stay machine-readable.
                assertEquals(cells.get(f).select("li").eachText(), values.get(f).select("li").eachText());
                assertEquals(cells.get(f).select("time").eachAttr("datetime"),
                        values.get(f).select("time").eachAttr("datetime"));
            }
        }
        Element warwickshire = cards.get(1);
        assertEquals("Warwickshire", warwickshire.selectFirst("h2").text());
        assertTrue(warwickshire.select("dd li").eachText().contains("Warwickshire County Council"));
        assertTrue(warwickshire.select("dd li").eachText().contains("Welcome and Care: 7"));
    }

    @Test
    void whereTheCharterStandsAndWhenItWasAdoptedAreSaidOnce() {
        Document warwickshire = SiteFiles.page(site, "warwickshire/charter/index.html");
        Element facts = warwickshire.selectFirst("main dl.facts");
        assertEquals(List.of("Version", "Status", "Review by", "Framework"), facts.select("dt").eachText());
        Element status = facts.select("div").get(1).selectFirst("dd");
        assertEquals("Adopted on 1 November 2022", status.text());
        assertEquals("2022-11-01", status.selectFirst("time").attr("datetime"));
        assertEquals(1, countOf(facts.text(), "Adopted"), facts.text());

        // SE7 knows only the month it was adopted in.
        Document se7 = SiteFiles.page(site, "se7/index.html");
        Element se7Facts = se7.selectFirst("main dl.facts");
        assertEquals(List.of("Version", "Status", "Framework"), se7Facts.select("dt").eachText());
        assertEquals("Adopted in November 2011", se7Facts.select("dd").get(1).text());
        assertEquals(1, countOf(se7Facts.text(), "Adopted"), se7Facts.text());
    }

    @Test
    void aDraftSaysItIsADraftAndNothingAboutAdoption(@TempDir Path dir) throws IOException {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        Path charter = project.resolve("charters/se7/charter.md");
        Files.writeString(charter, Files.readString(charter).replace("status: adopted", "status: draft")
                .replace("version: \"1.0\"", "version: \"1.1\"").replace("adopted: 2011-11\n", ""));
        Path out = dir.resolve("site");
        var result = new SiteBuild("test").run(BuildRequest.build(project, out).on(TestProjects.BUILD_DAY)
                .printing(false).withDrafts(true));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        Document home = SiteFiles.page(out, "se7/index.html");
        Element facts = home.selectFirst("main dl.facts");
        assertEquals("Draft", facts.select("dd").get(1).text(), facts.outerHtml());
        assertFalse(facts.text().contains("Adopted"), facts.text());
        assertEquals("This charter is a draft. It has not been adopted yet, and its words may change.",
                home.selectFirst("main .notice").text());
    }

    @Test
    void theOpenDataIsOfferedUnderForDevelopersAfterThePrintedEditions() {
        for (String path : List.of("warwickshire/charter/index.html", "warwickshire/index.html", "se7/index.html")) {
            Element downloads = SiteFiles.page(site, path).selectFirst("main section.downloads");
            List<String> forEveryone = downloads.selectFirst("> ul").select("a").eachText();
            assertFalse(forEveryone.isEmpty(), path);
            forEveryone.forEach(t -> assertTrue(t.matches("Download the charter.* \\(PDF, \\d+ KB\\)"), path + ": " + t));
            Element developers = downloads.selectFirst("> h3");
            assertEquals("For developers", developers.text(), path);
            Element data = downloads.selectFirst("a[href$=charter.json]");
            assertTrue(data.text().matches("Download the charter as data \\(JSON, \\d+ KB\\)"), data.text());
            assertTrue(developers.elementSiblingIndex() < data.closest("ul").elementSiblingIndex(), path);
            assertFalse(downloads.selectFirst("> ul").text().contains("JSON"), path);
            assertFalse(downloads.text().contains("open data (JSON"), downloads.text());
        }
    }

    @Test
    void searchResultsForAnAreasPageAreLabelledWithItsCharterNotAKindWord() throws IOException {
        JsonNode index = areaIndex("warwickshire");
        List<String> labels = new ArrayList<>();
        String quotes = null;
        for (JsonNode d : index.get("documents")) {
            labels.add(d.get("c").asText());
            if (d.get("u").asText().equals("warwickshire/quotes/")) {
                quotes = d.get("c").asText();
            }
        }
        assertEquals("Working Together Charter for Warwickshire SEND", quotes);
        assertFalse(labels.contains("Page"), labels.toString());
    }

    @Test
    void theStatementSaysHowThePagesWereTestedInPlainWordsAndNamesToolsOnlyForDevelopers() throws IOException {
        Document statement = SiteFiles.page(site, "warwickshire/accessibility/index.html");
        List<Element> headings = statement.select("main h2");
        assertEquals("For developers", headings.get(headings.size() - 1).text());
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        boolean developers = false;
        for (Element e : statement.selectFirst("main").children()) {
            developers |= e.is("h2") && e.text().equals("For developers");
            (developers ? after : before).append(e.text()).append('\n');
        }
        String record = Files.readString(TestProjects.repositoryRoot().resolve("content/accessibility-testing.yml"));
        List<String> tools = record.lines().dropWhile(l -> !l.equals("tools:")).skip(1)
                .takeWhile(l -> l.startsWith("  - ")).map(l -> l.substring(5, l.length() - 1)).toList();
        assertEquals(3, tools.size(), tools.toString());
        for (String tool : tools) {
            assertTrue(after.toString().contains(tool), tool);
            assertFalse(before.toString().contains(tool), tool);
        }
        for (String name : List.of("axe-core", "Selenium", "Nu HTML Checker", "Chromium")) {
            assertFalse(before.toString().contains(name), name + " in the main text: " + before);
        }
        assertTrue(before.toString().contains("They move around it with a keyboard alone."), before.toString());
    }

    @Test
    void eachSignatorysNameAndOrganisationAreSeparateWithAPauseBetween() {
        Element list = SiteFiles.page(site, "warwickshire/charter/index.html").selectFirst("main .signatory-list");
        List<Element> people = list.select("> li");
        assertEquals(4, people.size());
        for (Element person : people) {
            assertEquals(List.of("p", "p"), person.children().stream().map(Element::tagName).toList());
            Element pause = person.selectFirst("p.signatory-name > span.visually-hidden");
            assertNotNull(pause, person.outerHtml());
            assertEquals(",", pause.text());
        }
        assertEquals(List.of(
                "Nigel Miles, Warwickshire County Council",
                "Tracey Pritchard, Coventry and Warwickshire Integrated Care Board",
                "Elaine Lamb, Warwickshire Parent Carer Voice",
                "Sam Craven, On behalf of IMPACT (Young People's Forum for SEND)"), people.stream()
                .map(Element::text).toList());
    }

    @Test
    void aWelshCharterGivesTheseFactsInWelsh(@TempDir Path dir) throws IOException {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        Path charter = project.resolve("charters/warwickshire/charter.md");
        Files.writeString(charter, Files.readString(charter).replace("language: en-GB", "language: cy")
                .replace("version: \"1.0.1\"", "version: \"1.1\""));
        Path out = dir.resolve("site");
        var result = new SiteBuild("test").run(BuildRequest.build(project, out).on(TestProjects.BUILD_DAY)
                .printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        Document page = SiteFiles.page(out, "warwickshire/charter/index.html");
        Element facts = page.selectFirst("main dl.facts");
        assertEquals(List.of("Fersiwn", "Statws", "Adolygu erbyn", "Fframwaith"), facts.select("dt").eachText());
        assertTrue(facts.select("dd").get(1).text().startsWith("Mabwysiadwyd ar "), facts.text());
        assertEquals("Llofnodwyr", page.selectFirst("#signatories-title").text());
        assertEquals("Ar gyfer datblygwyr", page.selectFirst("main .downloads h3").text());
        Document statement = SiteFiles.page(out, "warwickshire/accessibility/index.html");
        assertEquals("Datganiad hygyrchedd", statement.selectFirst("h1").text());
        assertEquals("Ar gyfer datblygwyr", statement.select("main h2").last().text());
    }

    private static JsonNode areaIndex(String slug) throws IOException {
        String script = Files.readString(site.resolve(slug + "/search-index.js"));
        return new ObjectMapper().readTree(script.substring(script.indexOf("] = ") + 4, script.lastIndexOf(';')));
    }

    private static int countOf(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            count++;
        }
        return count;
    }
}

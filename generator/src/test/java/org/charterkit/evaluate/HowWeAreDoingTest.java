package org.charterkit.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * Warwickshire with three made-up sample evaluations (a fixture project, never the real area): Riverside Primary
 * School in March and October 2025, and Brook Lane Family Hub in October. The counts asserted here were worked
 * out by hand from the three files, commitment by commitment.
 */
class HowWeAreDoingTest {

    static final Path SAMPLES = Path.of("src/test/resources/evaluations");

    @TempDir
    static Path dir;

    static Path site;
    static Document page;

    @BeforeAll
    static void build() throws IOException {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        TestProjects.copyTree(SAMPLES.resolve("warwickshire"), project.resolve("charters/warwickshire"));
        TestProjects.write(project.resolve("charterkit.yml"), "repository: https://github.com/our-forum/charters\n");
        site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, site).printing(false)
                .on(TestProjects.BUILD_DAY));
        assertTrue(result.succeeded(), () -> "the samples must build: " + result.diagnostics());
        page = Jsoup.parse(site.resolve("warwickshire/how-we-are-doing/index.html").toFile(), "UTF-8");
    }

    @Test
    void onlyAnAreaWithEvaluationsHasThePage() {
        assertTrue(Files.exists(site.resolve("warwickshire/how-we-are-doing/index.html")));
        assertFalse(Files.exists(site.resolve("se7/how-we-are-doing/index.html")));
        assertFalse(Files.exists(site.resolve("se7/evaluations.json")));
        assertTrue(Jsoup.parse(read("warwickshire/index.html")).select(".area-nav a").eachText()
                .contains("How we are doing"));
    }

    @Test
    void thePageMadeFromManyEvaluationsOffersNoSingleFileToEdit() {
        assertTrue(page.select("a:contains(Suggest a change)").isEmpty());
        Document form = Jsoup.parse(read("warwickshire/self-evaluation/index.html"));
        assertEquals("https://github.com/our-forum/charters/edit/main/charters/warwickshire/charter.md",
                form.selectFirst("a:contains(Suggest a change)").attr("href"));
    }

    @Test
    void eachEvaluationIsListedWithItsVersionAndMarkedAsASample() {
        List<String> rows = page.select("#evaluations ~ .table-scroll table tbody tr").eachText();
        // Warwickshire's current text is 1.0.1 (the form's prompt left out, issue 14): these evaluated 1.0.
        assertEquals(List.of(
                "Riverside Primary School Sample 10 March 2025 Version 1.0",
                "Brook Lane Family Hub Sample 6 October 2025 Version 1.0",
                "Riverside Primary School Sample 6 October 2025 Version 1.0"), rows);
        assertEquals("These are samples, not real evaluations.", page.selectFirst(".evaluate-samples strong").text());
        assertEquals("../v/1.0/", page.selectFirst("#evaluations ~ .table-scroll a").attr("href"));
    }

    @Test
    void theTablesCountTheSettingsAtEachStepByDate() {
        assertEquals(List.of("Date Not yet Starting Doing it Embedded Settings",
                "10 March 2025 0 1 0 0 1", "6 October 2025 0 0 2 0 2"), rows("welcome-and-care"));
        assertEquals(List.of("Date Not yet Starting Doing it Embedded Settings",
                "10 March 2025 0 1 0 0 1", "6 October 2025 1 0 1 0 2"), rows("communicate"));
        assertEquals(List.of("Date Not yet Starting Doing it Embedded Settings",
                "10 March 2025 0 1 0 0 1", "6 October 2025 0 0 2 0 2"), rows("value-and-include"));
        assertEquals(List.of("Date Not yet Starting Doing it Embedded Settings",
                "10 March 2025 1 0 0 0 1", "6 October 2025 1 1 0 0 2"), rows("work-in-partnership"));
    }

    @Test
    void eachChartHasASummaryInWords() {
        assertEquals("On 6 October 2025, 2 of 2 settings were at “Doing it” or above on Welcome and Care, and 0 at"
                + " “Not yet”. On 10 March 2025, 0 of 1 were at that step or above.",
                page.getElementById("evaluate-summary-welcome-and-care").text());
        assertEquals("On 6 October 2025, 0 of 2 settings were at “Doing it” or above on Work in Partnership, and 1"
                + " at “Not yet”. On 10 March 2025, 0 of 1 were at that step or above.",
                page.getElementById("evaluate-summary-work-in-partnership").text());
    }

    @Test
    void theChartsAreSvgDrawnAtBuildTimeWithTheSameFigures() {
        assertTrue(page.select("script:not([src])").isEmpty(), "no inline script");
        assertTrue(page.select("script[src]").stream().noneMatch(s -> s.attr("src").contains("chart")));
        Element svg = section("communicate").selectFirst("svg");
        assertEquals("img", svg.attr("role"));
        assertEquals("evaluate-chart-communicate evaluate-summary-communicate", svg.attr("aria-labelledby"));
        assertEquals("Settings at each step on Communicate, by date", svg.selectFirst("title").text());
        // One bar per date; each drawn segment says its step and count, as the table does.
        assertEquals(2, svg.select("g.evaluate-bar").size());
        assertEquals(List.of("Starting: 1"), svg.select("g.evaluate-bar").get(0).select("rect title").eachText());
        assertEquals(List.of("Not yet: 1", "Doing it: 1"),
                svg.select("g.evaluate-bar").get(1).select("rect title").eachText());
        // Lengths in proportion to the settings: one setting of two is half the bar's full width.
        Element half = svg.select("g.evaluate-bar").get(0).selectFirst("rect");
        assertEquals("220", half.attr("width"));
        assertEquals(List.of("Not yet", "Starting", "Doing it", "Embedded"),
                svg.select("g.evaluate-legend text").eachText());
    }

    @Test
    void commitmentsMostSettingsRateNotYetAreTheNextFocus() {
        List<Element> items = page.select(".evaluate-focus li");
        assertEquals(List.of(
                "be transparent about what we are doing and why (Communicate: 2 of 2 settings say “Not yet”)",
                "ask \"who have we missed?\" and give them the opportunity to be heard (Value and Include: 2 of 2"
                        + " settings say “Not yet”)",
                "co-produce how children, young people and families will be involved before we start (Work in"
                        + " Partnership: 2 of 2 settings say “Not yet”)"),
                items.stream().map(Element::text).toList());
        assertEquals("../v/1.0.1/#communicate-be-transparent-about-what-we-are",
                items.get(0).selectFirst("a").attr("href"));
    }

    @Test
    void theFiguresAreOpenData() throws IOException {
        JsonNode json = new ObjectMapper().readTree(site.resolve("warwickshire/evaluations.json").toFile());
        assertEquals(2, json.get("settings").asInt());
        assertEquals(3, json.get("evaluations").size());
        assertTrue(json.get("evaluations").get(0).get("sample").asBoolean());
        JsonNode communicate = json.get("cornerstones").get(1);
        assertEquals("communicate", communicate.get("id").asText());
        assertEquals("2025-10-06", communicate.get("byDate").get(1).get("date").asText());
        assertEquals(1, communicate.get("byDate").get(1).get("steps").get("not-yet").asInt());
        assertEquals(1, communicate.get("byDate").get(1).get("steps").get("doing-it").asInt());
        assertEquals(3, json.get("nextFocus").size());
        assertFalse(read("warwickshire/evaluations.json").contains("evidence"), "evidence stays with the setting");
        var schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(site.resolve("schema/evaluations.schema.json").toFile()));
        assertEquals(java.util.Set.of(), schema.validate(json), "evaluations.json follows its published schema");
    }

    /**
     * Riverside evaluated itself against version 1.0, then against 2.0, which reworded the commitment it rated:
     * each evaluation is read against its own version, so both count under Welcome and Care.
     */
    @Test
    void anEvaluationAgainstAnOlderVersionIsReadAgainstThatVersion(@TempDir Path other) throws IOException {
        Path project = TestProjects.emptyProject(other.resolve("project"));
        TestProjects.copyTree(Path.of("src/test/resources/check-fixtures/evaluations-against-older-versions-are-fine"
                + "/charters"), project.resolve("charters"));
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, other.resolve("site"))
                .printing(false).on(java.time.LocalDate.of(2024, 6, 1)));
        assertTrue(result.succeeded(), () -> result.diagnostics().toString());
        Document versions = Jsoup.parse(other.resolve("site/testshire/how-we-are-doing/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Riverside Primary School 1 March 2024 Version 1.0",
                "Riverside Primary School 20 May 2024 Version 2.0 (the current version)"),
                versions.select("#evaluations ~ .table-scroll table tbody tr").eachText());
        assertEquals(List.of("Date Not yet Starting Doing it Embedded Settings", "1 March 2024 0 0 1 0 1",
                "20 May 2024 0 0 0 1 1"),
                versions.getElementById("evaluate-welcome-and-care").parent().select("table tr").eachText());
        assertTrue(versions.select(".evaluate-samples").isEmpty(), "no samples, so no word about samples");
    }

    private static List<String> rows(String cornerstone) {
        return section(cornerstone).select("table tr").eachText();
    }

    private static Element section(String cornerstone) {
        return page.getElementById("evaluate-" + cornerstone).parent();
    }

    private static String read(String path) {
        try {
            return Files.readString(site.resolve(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

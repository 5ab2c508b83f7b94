package org.charterkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Levels whose headings carry words of their own, as cornerstones' may (Bolton's shape): a label before the
 * name ("Level 1: Information", "Step 5. Co-production") or words after it ("Strategic (whole area)",
 * "Individual level - your child"). Each is the level it names, in the framework's order, and its heading is
 * shown as written. Before, each was "not a level of the spectrum". (Fixture
 * {@code scale-levels-with-words-of-their-own}: no message.)
 */
class ScaleLevelsWithWordsOfTheirOwnTest {

    @Test
    void eachHeadingIsTheLevelItNamesShownAsWritten(@TempDir Path dir) throws IOException {
        Path site = CheckFixturesTest.buildSite(dir, "scale-levels-with-words-of-their-own");

        JsonNode data = new ObjectMapper().readTree(site.resolve("testshire/charter.json").toFile());
        assertEveryLevelNamed(data);
        Document levels = Jsoup.parse(site.resolve("testshire/levels/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Strategic (whole area)", "Service level (one service)", "Individual level - your child"),
                levels.select("main ol li h2, main ol li h3").eachText());
        Document spectrum = Jsoup.parse(site.resolve("testshire/spectrum/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Level 1: Information", "Level 2 – Consultation", "Step 5. Co-production"),
                spectrum.select("main ol li h2, main ol li h3").eachText());
    }

    /**
     * The spectrum and the levels under the names charters give them (Barnsley's "The ladder of participation",
     * "Our levels of involvement"): they are the spectrum and the levels, their headings shown as written. Before,
     * each was a section of the charter's own, and the charter had no spectrum.
     */
    @Test
    void theSpectrumAndTheLevelsUnderOtherNames(@TempDir Path dir) throws IOException {
        Path fixture = org.charterkit.TestProjects.repositoryRoot().resolve(
                "generator/src/test/resources/check-fixtures/scale-levels-with-words-of-their-own/charters/testshire/charter.md");
        Path project = org.charterkit.TestProjects.emptyProject(dir.resolve("project"));
        org.charterkit.TestProjects.write(project.resolve("charters/testshire/charter.md"),
                java.nio.file.Files.readString(fixture).replace("## Spectrum of Participation",
                        "## The ladder of participation").replace("## Levels of Involvement",
                        "## Our levels of involvement"));
        Path site = dir.resolve("site");
        org.charterkit.build.BuildResult result = new org.charterkit.build.SiteBuild("test").run(
                org.charterkit.build.BuildRequest.build(project, site).on(java.time.LocalDate.of(2025, 1, 1))
                        .printing(false));
        assertEquals(List.of(), result.diagnostics());
        JsonNode data = new ObjectMapper().readTree(site.resolve("testshire/charter.json").toFile());
        assertEveryLevelNamed(data);
        Document charter = Jsoup.parse(site.resolve("testshire/charter/index.html").toFile(), "UTF-8");
        assertEquals(1, charter.select("main h2").eachText().stream()
                .filter("The ladder of participation"::equals).count());
    }

    /** The fixture's three steps of the spectrum and three levels, each read as the level its heading names. */
    private static void assertEveryLevelNamed(JsonNode data) {
        assertEquals(List.of("information", "consultation", "co-production"),
                data.get("spectrum").get("levels").findValuesAsText("id"));
        assertEquals(List.of("strategic", "service", "individual"),
                data.get("levels").get("levels").findValuesAsText("id"));
    }
}

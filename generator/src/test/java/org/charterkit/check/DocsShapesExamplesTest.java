package org.charterkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each shape's complete example in the charter format documentation ({@code <!-- example: NAME -->} before a
 * code block) builds without an error or a warning, and says what the documentation says it does: the docs stay
 * true.
 */
class DocsShapesExamplesTest {

    /** A day when every example is in force and no pledge is overdue. */
    private static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    static String example(String name) throws IOException {
        String docs = Files.readString(TestProjects.repositoryRoot().resolve("src/site/markdown/charter-format.md"));
        int marker = docs.indexOf("<!-- example: " + name + " -->");
        assertTrue(marker > 0, "the charter format shows the example " + name);
        int start = docs.indexOf("\n", docs.indexOf("```", marker)) + 1;
        return docs.substring(start, docs.indexOf("\n```\n", start) + 1);
    }

    static JsonNode build(Path dir, String slug, String charter) throws IOException {
        Path project = dir.resolve("project");
        if (!Files.isDirectory(project)) {
            TestProjects.emptyProject(project);
        }
        TestProjects.write(project.resolve("charters/" + slug + "/charter.md"), charter);
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, site).on(DAY).printing(false));
        assertEquals(List.of(), result.diagnostics(), slug);
        return new ObjectMapper().readTree(site.resolve(slug + "/charter.json").toFile());
    }

    @Test
    void ownNames(@TempDir Path dir) throws IOException {
        JsonNode data = build(dir, "telford-and-wrekin", example("own-names"));
        assertEquals("Feel welcomed and cared for", data.get("cornerstones").get(2).get("ownName").asText());
        assertEquals("welcome-and-care", data.get("cornerstones").get(2).get("id").asText());
    }

    @Test
    void proseValues(@TempDir Path dir) throws IOException {
        TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.write(dir.resolve("project/content/frameworks/hillingdon-values.yml"),
                example("prose-values-framework"));
        JsonNode data = build(dir, "hillingdon", example("prose-values"));
        assertEquals("prose", data.get("framework").get("form").asText());
        assertEquals("3", data.get("cornerstones").get(2).get("number").asText());
        assertEquals("Share power", data.get("cornerstones").get(2).get("ownName").asText());
    }

    @Test
    void pledges(@TempDir Path dir) throws IOException {
        JsonNode pledges = build(dir, "tameside", example("pledges")).get("pledges");
        assertEquals(3, pledges.size());
        assertEquals(List.of("2026-04", "2026-Q3", "ongoing"), pledges.findValuesAsText("target"));
        assertEquals(List.of("done", "planned", "in-progress"), pledges.findValuesAsText("status"));
    }

    @Test
    void rightToLeft(@TempDir Path dir) throws IOException {
        JsonNode data = build(dir, "bradford", example("right-to-left"));
        assertEquals("ur", data.get("language").asText());
        assertEquals("بات چیت", data.get("cornerstones").get(2).get("ownName").asText());
        assertEquals("communicate", data.get("cornerstones").get(2).get("id").asText());
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(dir.resolve("site/bradford/index.html").toFile(),
                "UTF-8");
        assertEquals("rtl", home.selectFirst("html").attr("dir"));
    }

    @Test
    void feedback(@TempDir Path dir) throws IOException {
        JsonNode data = build(dir, "shropshire", example("feedback"));
        assertEquals("https://www.example.org/shropshire-charter-survey", data.get("feedback").asText());
    }

    @Test
    void cornerstonesGatheredUnderAHeading(@TempDir Path dir) throws IOException {
        JsonNode data = build(dir, "kent", example("nested-cornerstones"));
        assertEquals(List.of("welcome-and-care", "value-and-include", "communicate", "work-in-partnership"),
                data.get("cornerstones").findValuesAsText("id"));
        assertEquals("Communication", data.get("cornerstones").get(2).get("ownName").asText());
        assertEquals("We will use plain English and avoid jargon.",
                data.get("cornerstones").get(2).get("commitments").get(0).get("text").asText());
        assertEquals("2023-11-01", data.get("adopted").asText());
        assertEquals("2027-11", data.get("reviewBy").asText());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(dir.resolve("site/kent/charter/index.html").toFile(),
                "UTF-8");
        List<String> headings = page.select("main h2").eachText();
        int group = headings.indexOf("Our four cornerstones");
        assertTrue(group >= 0, "the heading the cornerstones are gathered under is kept: " + headings);
        assertEquals(List.of("1. Welcome & Care", "2. Value & Include", "3. Communication",
                "4. Working in Partnership"), headings.subList(group + 1, group + 5), "then each cornerstone");
        assertTrue(page.select("main").text().contains("These are the four things we promise."));
        assertTrue(page.select("main").text().contains("Trust is at the centre of everything we do."));
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(dir.resolve("site/kent/index.html").toFile(),
                "UTF-8");
        assertTrue(home.select("main").text().contains("3. Communication") || home.select("main").text()
                .contains("Communication"), "the home page's tiles name the cornerstones as the charter does");
    }

    @Test
    void spectrumAndLevelsInTheCharterSOwnWords(@TempDir Path dir) throws IOException {
        JsonNode data = build(dir, "york", example("own-words-scale"));
        JsonNode spectrum = data.get("spectrum").get("levels");
        assertEquals(List.of("information", "consultation", "co-production"), spectrum.findValuesAsText("id"),
                "on the framework's scale, least shared first, whatever order the charter wrote");
        assertEquals(List.of("Informing", "Consulting", "Co-producing"), spectrum.findValuesAsText("name"));
        JsonNode levels = data.get("levels").get("levels");
        assertEquals(List.of("strategic", "service", "individual"), levels.findValuesAsText("id"));
        assertEquals("Operational", levels.get(1).get("name").asText());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                dir.resolve("site/york/spectrum/index.html").toFile(), "UTF-8");
        String words = page.select("main").text();
        assertTrue(words.indexOf("Informing") < words.indexOf("Consulting")
                && words.indexOf("Consulting") < words.indexOf("Co-producing") && words.indexOf("Informing") >= 0,
                "the spectrum page shows the charter's words on the scale: " + words);
    }

    @Test
    void aCornerstonesNameWithWordsOfItsOwn(@TempDir Path dir) throws IOException {
        JsonNode data = build(dir, "bristol", example("subtitled-cornerstones"));
        assertEquals(List.of("welcome-and-care", "value-and-include", "communicate", "work-in-partnership"),
                data.get("cornerstones").findValuesAsText("id"));
        assertEquals(List.of("Welcome and Care – feeling safe and welcome", "Value and Include: every voice counts",
                "Communicate (keeping in touch)", "Work in Partnership - planning together"),
                data.get("cornerstones").findValuesAsText("ownName"));
        List<String> kinds = sections(data);
        assertEquals("centre Trust: at the heart of it all", kinds.get(4));
        assertEquals("free Communicate with us", kinds.get(5), "no colon, dash or bracket: a section of its own");
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(dir.resolve("site/bristol/index.html").toFile(),
                "UTF-8");
        assertEquals("Value and Include: every voice counts", home.select(".cornerstones__name").get(1).text());

        String exactToo = example("subtitled-cornerstones").replace("## Communicate (keeping in touch)",
                "## Communicate: what families told us\n\nThey asked for fewer letters.\n\n## Communicate");
        JsonNode both = build(dir.resolve("exact"), "bristol", exactToo);
        assertEquals("Communicate", both.get("cornerstones").get(2).get("ownName").asText(),
                "the heading that names the cornerstone exactly takes it, wherever it stands");
        assertTrue(both.get("sections").findValuesAsText("heading").contains("Communicate: what families told us"));
    }

    @Test
    void aLabelBeforeACornerstonesName(@TempDir Path dir) throws IOException {
        JsonNode data = build(dir, "salford", example("labelled-cornerstones"));
        assertEquals(List.of("welcome-and-care", "value-and-include", "communicate", "work-in-partnership"),
                data.get("cornerstones").findValuesAsText("id"));
        assertEquals(List.of("Cornerstone 1: Welcome & Care", "Cornerstone 2 – Valuing and Including",
                "Communicating", "Working in Partnership"), data.get("cornerstones").findValuesAsText("ownName"));
        assertEquals(List.of("3", "4"), List.of(data.get("cornerstones").get(2).get("number").asText(),
                data.get("cornerstones").get(3).get("number").asText()));
        List<String> kinds = sections(data);
        assertEquals("centre At the heart: Trust", kinds.get(4));
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(dir.resolve("site/salford/index.html").toFile(),
                "UTF-8");
        assertEquals("Cornerstone 2 – Valuing and Including", home.select(".cornerstones__name").get(1).text());
    }

    /** Each section of a charter's data as its kind and heading: "centre Trust". */
    private static List<String> sections(JsonNode data) {
        List<String> kinds = new java.util.ArrayList<>();
        data.get("sections").forEach(s -> kinds.add(s.get("kind").asText() + " " + s.get("heading").asText()));
        return kinds;
    }
}

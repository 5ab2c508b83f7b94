package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.SiteBuild;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each charter as open data, {@code charter.json}, checked against its published JSON Schema. */
class OpenDataTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path site;

    static JsonSchema schema;

    @BeforeAll
    static void build() throws IOException {
        TestProjects.buildRealSite(site);
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(site.resolve("schema/charter.schema.json").toFile()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"warwickshire/charter.json", "se7/charter.json", "warwickshire/v/1.0/charter.json",
            "se7/v/1.0/charter.json"})
    void eachCharterFollowsThePublishedSchema(String path) throws IOException {
        Set<ValidationMessage> problems = schema.validate(JSON.readTree(site.resolve(path).toFile()));
        assertEquals(Set.of(), problems, path);
    }

    @Test
    void aCharterJsonMadeBeforeOwnNamesPledgesAndFeedbackStillFollowsTheSchema() throws IOException {
        // What Charterkit published before issue 14: the same data without the fields added for other shapes.
        com.fasterxml.jackson.databind.node.ObjectNode json = (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON.readTree(site.resolve("warwickshire/charter.json").toFile());
        assertTrue(json.has("pledges") && json.has("feedback"), "the new fields are published");
        json.remove(List.of("pledges", "feedback"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("framework")).remove("form");
        json.get("cornerstones").forEach(c -> ((com.fasterxml.jackson.databind.node.ObjectNode) c)
                .remove(List.of("ownName", "number")));
        assertEquals(Set.of(), schema.validate(json));
    }

    @Test
    void theSchemaRejectsACharterWithoutItsCommitmentsText() throws IOException {
        JsonNode json = JSON.readTree(site.resolve("warwickshire/charter.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("cornerstones").get(0).get("commitments").get(0))
                .remove("text");
        assertTrue(schema.validate(json).stream().anyMatch(m -> m.getMessage().contains("text")),
                "the schema must be strict enough to catch a missing commitment");
    }

    @Test
    void warwickshiresTwentySixCommitmentsAreThereWordForWordInOrder() throws IOException {
        JsonNode json = JSON.readTree(site.resolve("warwickshire/charter.json").toFile());
        List<String> inJson = new ArrayList<>();
        List<String> anchors = new ArrayList<>();
        json.get("cornerstones").forEach(c -> c.get("commitments").forEach(m -> {
            inJson.add(m.get("text").asText());
            anchors.add(m.get("anchor").asText());
        }));
        // The bullets under the four cornerstone headings, straight from the file people edit.
        List<String> written = new ArrayList<>();
        List<String> cornerstones = List.of("Welcome and Care", "Communicate", "Value and Include",
                "Work in Partnership");
        String heading = "";
        for (String line : Files.readAllLines(TestProjects.repositoryRoot()
                .resolve("charters/warwickshire/charter.md"))) {
            if (line.startsWith("## ")) {
                heading = line.substring(3).strip();
            } else if (cornerstones.contains(heading) && line.startsWith("- ")) {
                written.add(line.substring(2));
            }
        }
        assertEquals(26, written.size());
        assertEquals(written, inJson);
        assertEquals("create a welcoming and caring space", inJson.get(0));
        assertEquals("acknowledge the contributions of partners including use of logos with consent",
                inJson.get(25));
        // The anchors are the ones a reader can link to on the charter page.
        Document page = SiteFiles.page(site, "warwickshire/charter/index.html");
        assertEquals(page.select("ul.commitments > li").eachAttr("id"), anchors);
        assertEquals(List.of("Welcome and Care", "Communicate", "Value and Include", "Work in Partnership"),
                json.get("cornerstones").findValuesAsText("heading"));
    }

    @Test
    void theDataHoldsTheChartersFactsAndItsVersions() throws IOException {
        JsonNode json = JSON.readTree(site.resolve("warwickshire/charter.json").toFile());
        assertEquals("Working Together Charter for Warwickshire SEND", json.get("title").asText());
        assertEquals("warwickshire", json.get("area").get("slug").asText());
        assertEquals("2022-11-01", json.get("adopted").asText());
        assertEquals("2024-11-01", json.get("reviewBy").asText());
        assertEquals("four-cornerstones", json.get("framework").get("id").asText());
        assertEquals("Nigel Miles", json.get("signatories").get(0).get("name").asText());
        assertTrue(json.get("spectrum").get("levels").findValuesAsText("name").contains("Co-production"));
        assertTrue(json.get("levels").get("levels").size() > 0);
        List<String> kinds = json.get("sections").findValuesAsText("kind");
        assertEquals(List.of("free", "free", "cornerstone", "cornerstone", "centre", "cornerstone", "cornerstone"),
                kinds.subList(0, 7));
        JsonNode version = json.get("versions").get(0);
        assertEquals("1.0", version.get("version").asText());
        assertTrue(Files.isRegularFile(site.resolve(version.get("data").asText())));
        assertTrue(Files.isRegularFile(site.resolve(version.get("page").asText()).resolve("index.html")));
        // SE7 knows only the month it adopted its charter, and has no review date.
        JsonNode se7 = JSON.readTree(site.resolve("se7/charter.json").toFile());
        assertEquals("2011-11", se7.get("adopted").asText());
        assertTrue(se7.get("reviewBy").isNull());
    }

    @Test
    void theSameChartersGiveTheSameBytes(@TempDir Path again) throws IOException {
        new SiteBuild("test").run(BuildRequest.build(TestProjects.repositoryRoot(), again)
                .on(TestProjects.BUILD_DAY.plusYears(3)).printing(false));
        for (String path : List.of("warwickshire/charter.json", "se7/v/1.0/charter.json")) {
            assertArrayEquals(Files.readAllBytes(site.resolve(path)), Files.readAllBytes(again.resolve(path)), path);
        }
        assertTrue(Files.readString(site.resolve("warwickshire/charter.json")).startsWith("{\n  \"title\" : "));
    }

    @Test
    void theCharterPageOffersTheDataWithItsSize() throws IOException {
        for (String path : List.of("warwickshire/charter/index.html", "warwickshire/v/1.0/index.html")) {
            Document page = SiteFiles.page(site, path);
            Element link = page.selectFirst(".downloads a[href$=charter.json]");
            assertTrue(link != null, path + " should link to its open data");
            Matcher m = Pattern.compile("Download the charter as data \\(JSON, (\\d+) KB\\)").matcher(link.text());
            assertTrue(m.matches(), link.text());
            Path file = site.resolve(path).getParent().resolve(link.attr("href")).normalize();
            assertEquals(Math.max(1, Math.round(Files.size(file) / 1024.0)), Long.parseLong(m.group(1)));
            Element schemaLink = page.selectFirst(".downloads a[href$=charter.schema.json]");
            assertTrue(Files.isRegularFile(site.resolve(path).getParent().resolve(schemaLink.attr("href"))
                    .normalize()));
        }
    }
}

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
 * The spectrum and the levels of involvement set as a table of two columns, the level and what it means, as
 * charters made in a word processor set them (Knowsley's shape): each row is a level, in the framework's order,
 * its second cell its definition, words and marks as written. (The check fixture {@code scale-levels-as-a-table}
 * holds the warnings.)
 */
class ScaleLevelsAsATableTest {

    @Test
    void eachRowIsALevelAndItsSecondCellTheDefinition(@TempDir Path dir) throws IOException {
        Path site = CheckFixturesTest.buildSite(dir, "scale-levels-as-a-table");

        JsonNode data = new ObjectMapper().readTree(site.resolve("testshire/charter.json").toFile());
        JsonNode spectrum = data.get("spectrum").get("levels");
        assertEquals(List.of("Information", "Consultation", "Co-production"), spectrum.findValuesAsText("name"),
                "the framework's order, least shared first");
        assertEquals(List.of("We tell you about **decisions**", "We ask for your views", "We do it together"),
                spectrum.findValuesAsText("definition"));
        assertEquals(List.of("strategic", "individual"),
                data.get("levels").get("levels").findValuesAsText("id"));

        Document page = Jsoup.parse(site.resolve("testshire/spectrum/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Information", "Consultation", "Co-production"),
                page.select("main ol li h2, main ol li h3").eachText());
        assertEquals("decisions", page.selectFirst(".scale__words strong").text());
        assertEquals(0, page.select("main table").size(), "the table is read, not shown as well");
        assertEquals("How much families share in each decision:",
                Jsoup.parse(site.resolve("testshire/charter/index.html").toFile(), "UTF-8")
                        .select("main p").eachText().stream().filter(p -> p.startsWith("How much families"))
                        .findFirst().orElse(""), "the words before the table stay");
    }
}

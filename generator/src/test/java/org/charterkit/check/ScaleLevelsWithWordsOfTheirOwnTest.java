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
        assertEquals(List.of("information", "consultation", "co-production"),
                data.get("spectrum").get("levels").findValuesAsText("id"));
        assertEquals(List.of("strategic", "service", "individual"),
                data.get("levels").get("levels").findValuesAsText("id"));
        Document levels = Jsoup.parse(site.resolve("testshire/levels/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Strategic (whole area)", "Service level (one service)", "Individual level - your child"),
                levels.select("main ol li h2, main ol li h3").eachText());
        Document spectrum = Jsoup.parse(site.resolve("testshire/spectrum/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Level 1: Information", "Level 2 – Consultation", "Step 5. Co-production"),
                spectrum.select("main ol li h2, main ol li h3").eachText());
    }
}

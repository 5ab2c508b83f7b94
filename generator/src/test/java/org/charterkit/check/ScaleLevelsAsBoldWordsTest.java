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
 * The spectrum and the levels of involvement written as printed charters set them: a list of "**Information** –
 * telling people what is happening", or a bold name at the start of each paragraph ("**Strategic** – ...",
 * "**Individual:** ..."). Each is a level with the words after it as its definition, in the framework's order.
 * (The check fixture {@code scale-levels-as-bold-words} holds the warnings.)
 */
class ScaleLevelsAsBoldWordsTest {

    @Test
    void boldNamesAreTheLevelsAndTheWordsAfterThemTheirDefinitions(@TempDir Path dir) throws IOException {
        Path site = CheckFixturesTest.buildSite(dir, "scale-levels-as-bold-words");

        JsonNode data = new ObjectMapper().readTree(site.resolve("testshire/charter.json").toFile());
        JsonNode spectrum = data.get("spectrum").get("levels");
        assertEquals(List.of("Information", "Consultation", "Co-production"), spectrum.findValuesAsText("name"));
        assertEquals(List.of("– telling people what is happening", "– asking people what they think",
                "– doing it together from the start"), spectrum.findValuesAsText("definition"));
        JsonNode levels = data.get("levels").get("levels");
        assertEquals(List.of("strategic", "individual"), levels.findValuesAsText("id"));
        assertEquals(List.of("– planning for the whole area.", ": decisions about one child."),
                levels.findValuesAsText("definition"));

        // The page reads as the charter does: the name, its dash or colon, its words.
        Document page = Jsoup.parse(site.resolve("testshire/spectrum/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Information", "Consultation", "Co-production"),
                page.select("main ol li h2, main ol li h3").eachText());
        assertEquals("Information – telling people what is happening", page.selectFirst(".scale__words").text());
        Document levelsPage = Jsoup.parse(site.resolve("testshire/levels/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Strategic – planning for the whole area.", "Individual: decisions about one child."),
                levelsPage.select(".scale__words").eachText());
    }
}

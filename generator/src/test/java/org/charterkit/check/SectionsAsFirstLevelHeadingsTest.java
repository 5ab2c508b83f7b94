package org.charterkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A charter written in a word processor with every section as Heading 1 ({@code # WELCOME AND CARE}), as many
 * are: its sections are read as second-level headings, the headings under them one level down, so the pages keep
 * one {@code h1} and no skipped level. (The check fixture {@code sections-as-first-level-headings} holds the one
 * warning it gets, and shows a heading in capitals is not taken for abbreviations.)
 */
class SectionsAsFirstLevelHeadingsTest {

    @Test
    void firstLevelSectionsAreReadAsSectionsAndTheirHeadingsShownOneLevelDown(@TempDir Path dir) throws IOException {
        Path site = CheckFixturesTest.buildSite(dir, "sections-as-first-level-headings");

        JsonNode data = new ObjectMapper().readTree(site.resolve("testshire/charter.json").toFile());
        assertEquals(List.of("welcome-and-care", "value-and-include", "communicate", "work-in-partnership"),
                data.get("cornerstones").findValuesAsText("id"));
        assertEquals(2, data.get("cornerstones").get(2).get("commitments").size());
        assertEquals(List.of("information", "co-production"), data.get("spectrum").findValuesAsText("id"));

        Document page = Jsoup.parse(site.resolve("testshire/charter/index.html").toFile(), "UTF-8");
        Element main = page.selectFirst("main");
        assertEquals(1, page.select("h1").size(), "one title");
        assertEquals(List.of("WELCOME AND CARE", "VALUE AND INCLUDE", "Communicate", "Work in Partnership"),
                main.select("h2").eachText().stream().filter(h -> List.of("WELCOME AND CARE", "VALUE AND INCLUDE",
                        "Communicate", "Work in Partnership").contains(h)).toList());
        assertTrue(main.select("h3").eachText().containsAll(List.of("How we will know", "Our forum")),
                main.select("h3").eachText().toString());
        assertTrue(main.select("h2").eachText().contains("Where to find out more"));
        // No level is skipped: every heading in the main text is at most one below the one before it.
        int previous = 1;
        for (Element heading : main.select("h1, h2, h3, h4, h5, h6")) {
            int level = Integer.parseInt(heading.normalName().substring(1));
            assertTrue(level <= previous + 1, heading.text() + " skips a level after h" + previous);
            previous = level;
        }
    }
}

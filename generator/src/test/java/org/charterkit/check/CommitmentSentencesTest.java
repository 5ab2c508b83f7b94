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
 * Commitments written as sentences, a line each, each starting with the lead-in's words ("We will ask who is
 * missing."), not as a list after "We will:": each line is a commitment, quoted whole, and the words before and
 * after stay around the list. (The check fixture {@code commitments-as-we-will-sentences} holds the warnings.)
 */
class CommitmentSentencesTest {

    @Test
    void eachWeWillLineIsACommitmentQuotedWhole(@TempDir Path dir) throws IOException {
        Path site = CheckFixturesTest.buildSite(dir, "commitments-as-we-will-sentences");

        JsonNode data = new ObjectMapper().readTree(site.resolve("testshire/charter.json").toFile());
        assertEquals(List.of(
                List.of("We will make everyone feel welcome.", "We will explain why we are meeting."),
                List.of("We will ask who is missing.", "We will pay people for their time."),
                List.of("write in plain English"),
                List.of("We will plan together from the start.")), CheckFixturesTest.commitmentsByCornerstone(data));
        JsonNode valueAndInclude = data.get("cornerstones").get(1);
        assertEquals("Families are experts in their own lives.", valueAndInclude.get("leadIn").asText());
        assertEquals("You will see more families taking part.", valueAndInclude.get("closing").asText());

        Document page = Jsoup.parse(site.resolve("testshire/cornerstones/value-and-include/index.html").toFile(),
                "UTF-8");
        assertEquals(List.of("We will ask who is missing.", "We will pay people for their time."),
                page.select("main li").eachText().subList(0, 2));
    }
}

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
 * Commitments that lost their bullets on the way from a printed charter (Stockport's shape): the lead-in on a
 * line of its own, then a commitment a line, in the same paragraph or the next. Each line is a commitment, quoted
 * as written, and the words before and after stay around the list. (The check fixture
 * {@code commitments-without-bullets} holds the warnings.)
 */
class CommitmentLinesTest {

    @Test
    void eachLineAfterTheLeadInIsACommitment(@TempDir Path dir) throws IOException {
        Path site = CheckFixturesTest.buildSite(dir, "commitments-without-bullets");

        JsonNode data = new ObjectMapper().readTree(site.resolve("testshire/charter.json").toFile());
        assertEquals(List.of(
                List.of("Welcome everyone", "Make meetings *accessible*"),
                List.of("Value every voice", "Include young people"),
                List.of("be clear"),
                List.of("plan together")), CheckFixturesTest.commitmentsByCornerstone(data));
        JsonNode welcome = data.get("cornerstones").get(0);
        assertEquals("Everyone should feel at home.\n\nWe will:", welcome.get("leadIn").asText());
        assertEquals("You will feel welcome.", welcome.get("closing").asText());

        Document page = Jsoup.parse(site.resolve("testshire/cornerstones/welcome-and-care/index.html").toFile(),
                "UTF-8");
        assertEquals(List.of("Welcome everyone", "Make meetings accessible"),
                page.select("main li").eachText().subList(0, 2));
        assertEquals("accessible", page.selectFirst("main li em").text(), "the marks are kept");
    }
}

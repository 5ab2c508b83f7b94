package org.charterkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.diagnostic.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A charter pasted from its Word copy keeps Word's bullets ("•", "●", "▪", the Symbol font's private-use bullet,
 * "o" before a tab): its commitments are read as the lists they were, with a warning at the first bullet of each
 * list, instead of "the cornerstone has no commitments" four times. (The check fixture
 * {@code bullets-pasted-from-word} holds the exact messages.)
 */
class PastedBulletsTest {

    @Test
    void wordsBulletsAreReadAsListsAndEveryCommitmentIsKept(@TempDir Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.copyTree(CheckFixturesTest.FIXTURES.resolve("bullets-pasted-from-word/charters"),
                project.resolve("charters"));
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, site)
                .on(CheckFixturesTest.DAY).printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        List<String> warned = result.diagnostics().stream().map(Diagnostic::format)
                .map(d -> d.substring(0, d.indexOf(": warning"))).toList();
        assertEquals(List.of("charters/testshire/charter.md:19:1", "charters/testshire/charter.md:27:1",
                "charters/testshire/charter.md:34:1", "charters/testshire/charter.md:41:1"), warned);

        JsonNode data = new ObjectMapper().readTree(site.resolve("testshire/charter.json").toFile());
        List<List<String>> commitments = new ArrayList<>();
        data.get("cornerstones").forEach(c -> {
            List<String> texts = new ArrayList<>();
            c.get("commitments").forEach(one -> texts.add(one.get("text").asText()));
            commitments.add(texts);
        });
        assertEquals(List.of(
                List.of("greet everyone by name", "explain why we are meeting", "make the room accessible"),
                List.of("ask who is missing", "pay people for their time"),
                List.of("write in plain English", "say what happened next"),
                List.of("plan together from the start")), commitments);

        // A tick or an arrow starting a line is the author's own word, not a bullet: it stays, in a paragraph.
        Document page = Jsoup.parse(site.resolve("testshire/charter/index.html").toFile(), "UTF-8");
        List<String> paragraphs = page.select("main p").eachText();
        assertTrue(paragraphs.contains("✓ Agreed by every partner."), paragraphs.toString());
        assertTrue(paragraphs.contains("→ Next: the review in 2026."), paragraphs.toString());
    }

    @Test
    void bulletsInFencedCodeAndFrontMatterStayAsWritten(@TempDir Path dir) throws IOException {
        String charter = """
                ---
                title: Testshire Charter
                area: Testshire
                version: "1.0"
                status: adopted
                adopted: 2024-05-01
                review-by: 2026-05-01
                framework: four-cornerstones
                summary: "• our promises, in one page"
                contact:
                  email: charter@testshire.example
                ---

                ## Welcome and Care

                We will:

                - greet everyone by name

                ```
                • how Word pastes a list
                ```

                ## Value and Include

                We will:

                - ask who is missing

                ## Communicate

                We will:

                - write in plain English

                ## Work in Partnership

                We will:

                - plan together from the start
                """;
        JsonNode data = DocsShapesExamplesTest.build(dir, "testshire", charter);
        assertEquals("• our promises, in one page", data.get("summary").asText());
        Document page = Jsoup.parse(dir.resolve("site/testshire/charter/index.html").toFile(), "UTF-8");
        assertEquals("• how Word pastes a list", page.selectFirst("main pre").text());
    }
}

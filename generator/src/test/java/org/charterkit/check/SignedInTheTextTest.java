package org.charterkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signatories listed in the text, as a printed charter's last page lists them (Lancashire's and Norfolk's
 * shapes): a section headed "Our signatures" (or "Signed by", "Signatories"...) that is one table of name, role
 * and organisation, or one list of "Name, Role, Organisation" lines. With no `signatories:` in the front matter,
 * each row or line is a signatory, read as a one-line signatory is, and the section is shown as the signatories
 * part, with the signature block in the booklet. (The fixture {@code signatories-in-the-text} holds the warnings.)
 */
class SignedInTheTextTest {

    @Test
    void aTableOfSignaturesIsTheSignatories(@TempDir Path dir) throws IOException {
        Path site = CheckFixturesTest.buildSite(dir, "signatories-in-the-text");
        JsonNode data = new ObjectMapper().readTree(site.resolve("testshire/charter.json").toFile());
        assertEquals(List.of("Jane Smith", "Ahmed Khan", "Priya Patel"),
                data.get("signatories").findValuesAsText("name"));
        assertEquals(List.of("Director of Education", "Chair", "Director of Nursing"),
                data.get("signatories").findValuesAsText("role"));
        assertEquals("Testshire Parent Carer Forum", data.get("signatories").get(1).get("organisation").asText());
        Document page = Jsoup.parse(site.resolve("testshire/charter/index.html").toFile(), "UTF-8");
        assertEquals(3, page.select(".signatory-list > li").size());
        assertEquals(0, page.select("main h2").eachText().stream().filter("Our signatures"::equals).count(),
                "the section is the signatories part, not shown twice");
    }

    @Test
    void aListOfSignaturesWithAnOrganisationSigningAsItself(@TempDir Path dir) throws IOException {
        Document page = charterPage(dir, "norfolk", """
                ---
                title: Norfolk SEND Co-production Charter
                area: Norfolk
                version: "1.0"
                status: adopted
                adopted: 2023-03-01
                review-by: 2026-03-01
                framework: four-cornerstones
                contact: send@norfolk.example
                ---

                ## Welcome and Care

                We will:

                - make everyone feel welcome

                ## Value and Include

                We will:

                - value lived experience

                ## Communicate

                We will:

                - use plain English

                ## Work in Partnership

                We will:

                - plan together from the start

                ## Signed

                - Sara Tough, Executive Director of Children's Services, Norfolk County Council
                - Family Voice Norfolk
                """);
        assertEquals(List.of("Sara Tough, Executive Director of Children's Services, Norfolk County Council",
                "Family Voice Norfolk"), page.select(".signatory-list > li").eachText());
    }

    /** A section of signatures with words besides its list stays a section of the charter's own, as written. */
    @Test
    void aSectionWithMoreThanTheListStaysAsWritten(@TempDir Path dir) throws IOException {
        String charter = java.nio.file.Files.readString(TestProjects.repositoryRoot().resolve(
                "generator/src/test/resources/check-fixtures/signatories-in-the-text/charters/testshire/charter.md"))
                .replace("## Our signatures\n", "## Our signatures\n\nSigned at the forum's meeting.\n");
        Document page = charterPage(dir, "testshire", charter);
        assertEquals(0, page.select(".signatory-list").size());
        assertTrue(page.select("main").text().contains("Signed at the forum's meeting."));
    }

    /** Builds one charter, as of 1 January 2025, without the PDFs, and reads its charter page; fails unless it builds. */
    private static Document charterPage(Path dir, String slug, String charter) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.write(project.resolve("charters/" + slug + "/charter.md"), charter);
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, dir.resolve("site"))
                .on(java.time.LocalDate.of(2025, 1, 1)).printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        return Jsoup.parse(dir.resolve("site/" + slug + "/charter/index.html").toFile(), "UTF-8");
    }
}

package org.charterkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front matter written the way people who do not know the ids write it: the framework by its name, a
 * signatory's partner by the organisation's name, partners and signatories as plain lines, the contact as an
 * email address alone. Each builds without an error or a warning, and the published data still carries the ids.
 * A status in other words ("Approved") and no framework at all build too, with a warning that says how each was
 * read.
 */
class FrontMatterAsPeopleWriteItTest {

    /** The four cornerstones, each with a commitment: the body every charter here shares. */
    private static final String BODY = """
            ## Welcome and Care

            We will:

            - greet everyone by name

            ## Value and Include

            We will:

            - ask who is missing before we start

            ## Communicate

            We will:

            - write in plain English

            ## Work in Partnership

            We will:

            - plan new work together from the start
            """;

    private static final String CHARTER = """
            ---
            title: Hull SEND Co-production Charter
            area: Hull
            version: "1.0"
            status: adopted
            adopted: 2024-09-01
            review-by: 2026-09-01
            framework: FRAMEWORK
            contact:
              email: hull@example.org
            partners:
              - name: Hull City Council
              - name: Hull Parent Carer Forum
                short: HPCF
            signatories:
              - name: Jane Smith
                partner: Hull City Council
              - name: Ali Khan
                partner: HPCF
            ---

            """ + BODY;

    @Test
    void theFrameworkByItsNameInAnyCase(@TempDir Path dir) throws IOException {
        for (String written : java.util.List.of("Four Cornerstones", "four cornerstones",
                "Four Cornerstones of co-production")) {
            JsonNode data = DocsShapesExamplesTest.build(dir.resolve(String.valueOf(written.hashCode())), "hull",
                    CHARTER.replace("FRAMEWORK", written));
            assertEquals("four-cornerstones", data.get("framework").get("id").asText(), written);
            assertEquals(4, data.get("cornerstones").size(), written);
        }
    }

    @Test
    void aSignatorysPartnerByTheOrganisationsNameOrShortName(@TempDir Path dir) throws IOException {
        JsonNode data = DocsShapesExamplesTest.build(dir, "hull", CHARTER.replace("FRAMEWORK", "four-cornerstones"));
        JsonNode signatories = data.get("signatories");
        assertEquals("hull-city-council", signatories.get(0).get("partner").asText());
        assertEquals("Hull City Council", signatories.get(0).get("organisation").asText());
        assertEquals("hull-parent-carer-forum", signatories.get(1).get("partner").asText());
        assertEquals("Hull Parent Carer Forum", signatories.get(1).get("organisation").asText());
    }

    private static final String PLAIN_LINES = """
            ---
            title: Dudley SEND Co-production Charter
            area: Dudley
            version: "1.0"
            status: STATUS
            adopted: March 2024
            review-by: March 2026
            FRAMEWORK
            contact: send@dudley.example
            partners:
              - Dudley Council
              - Dudley Parent Carer Forum
            signatories:
              - Jane Smith, Chair, Dudley Parent Carer Forum
              - Ali Khan, Cabinet Member, Children's Services, Dudley Council
            ---

            """ + BODY;

    @Test
    void partnersSignatoriesAndTheContactAsPlainLines(@TempDir Path dir) throws IOException {
        JsonNode data = DocsShapesExamplesTest.build(dir, "dudley", PLAIN_LINES.replace("STATUS", "adopted")
                .replace("FRAMEWORK", "framework: four-cornerstones"));
        assertEquals(java.util.List.of("dudley-council", "dudley-parent-carer-forum"),
                data.get("partners").findValuesAsText("id"));
        JsonNode signatories = data.get("signatories");
        assertEquals("Jane Smith", signatories.get(0).get("name").asText());
        assertEquals("Chair", signatories.get(0).get("role").asText());
        assertEquals("dudley-parent-carer-forum", signatories.get(0).get("partner").asText());
        assertEquals("Ali Khan", signatories.get(1).get("name").asText());
        assertEquals("Cabinet Member, Children's Services", signatories.get(1).get("role").asText());
        assertEquals("Dudley Council", signatories.get(1).get("organisation").asText());
        org.jsoup.nodes.Document statement = org.jsoup.Jsoup.parse(
                dir.resolve("site/dudley/accessibility/index.html").toFile(), "UTF-8");
        assertEquals(1, statement.select("a[href=mailto:send@dudley.example]").size(),
                "the accessibility statement gives the contact");
    }

    @Test
    void aStatusInOtherWordsAndNoFrameworkAreReadWithAWarning(@TempDir Path dir) throws IOException {
        BuildResult result = buildWithWarnings(dir, "dudley",
                PLAIN_LINES.replace("STATUS", "Approved").replace("FRAMEWORK\n", ""));
        Path site = dir.resolve("site");
        assertEquals(java.util.List.of(
                "charters/dudley/charter.md:1:1: warning: the charter names no `framework`: it is read as the Four"
                        + " Cornerstones of co-production, which most charters follow",
                "charters/dudley/charter.md:5:9: warning: `status: Approved` is read as `adopted`"),
                said(result));
        JsonNode data = new ObjectMapper().readTree(site.resolve("dudley/charter.json").toFile());
        assertEquals("adopted", data.get("status").asText());
        assertEquals("four-cornerstones", data.get("framework").get("id").asText());
        assertEquals(4, data.get("cornerstones").size());
    }

    /**
     * A charter whose front matter gives only its area, its adoption day and a contact, with its title as the
     * document's first heading: it is read as adopted, version 1.0, on the Four Cornerstones, titled by that
     * heading, with a warning for each; the heading is not shown a second time.
     */
    @Test
    void aCharterThatGivesOnlyItsAreaAndAdoptionDay(@TempDir Path dir) throws IOException {
        BuildResult result = buildWithWarnings(dir, "rochdale", """
                ---
                area: Rochdale
                adopted: 2024-05-01
                review-by: 2026-05-01
                contact:
                  email: send@rochdale.example
                ---

                # Rochdale SEND Co-production Charter

                """ + BODY);
        Path site = dir.resolve("site");
        assertEquals(java.util.List.of(
                "charters/rochdale/charter.md:1:1: warning: the charter gives no `status`: it is read as `adopted`,"
                        + " since it gives the day it was adopted",
                "charters/rochdale/charter.md:1:1: warning: the charter gives no `version`: it is read as \"1.0\"",
                "charters/rochdale/charter.md:1:1: warning: the charter names no `framework`: it is read as the Four"
                        + " Cornerstones of co-production, which most charters follow",
                "charters/rochdale/charter.md:9:1: warning: the charter has no `title`: its first heading, `Rochdale"
                        + " SEND Co-production Charter`, is read as the title"),
                said(result));
        JsonNode data = new ObjectMapper().readTree(site.resolve("rochdale/charter.json").toFile());
        assertEquals("Rochdale SEND Co-production Charter", data.get("title").asText());
        assertEquals("1.0", data.get("version").asText());
        assertEquals("adopted", data.get("status").asText());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                site.resolve("rochdale/charter/index.html").toFile(), "UTF-8");
        assertEquals("Rochdale SEND Co-production Charter", page.selectFirst("h1").text());
        assertEquals(1, page.select("h1, h2").eachText().stream()
                .filter("Rochdale SEND Co-production Charter"::equals).count(), "the heading is the title, once");
        // No partners: the home page does not say "These groups agreed it:" over an empty list.
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(site.resolve("rochdale/index.html").toFile(), "UTF-8");
        assertTrue(!home.select(".for-you").text().contains("These groups agreed it"), home.select(".for-you").text());
        assertEquals(0, home.select(".for-you ul:not(:has(li))").size(), "no empty list");
    }

    @Test
    void noStatusAndNoAdoptionDayIsADraft(@TempDir Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.write(project.resolve("charters/rochdale/charter.md"), """
                ---
                title: Rochdale SEND Co-production Charter
                area: Rochdale
                version: "0.3"
                framework: four-cornerstones
                contact:
                  email: send@rochdale.example
                ---

                """ + BODY);
        BuildResult result = new SiteBuild("test").run(BuildRequest.check(project)
                .on(java.time.LocalDate.of(2025, 1, 1)));
        assertEquals(java.util.List.of("charters/rochdale/charter.md:1:1: warning: the charter gives no `status`: it"
                        + " is read as `draft`, which the site leaves out until it is adopted"),
                said(result));
    }

    /** Builds one charter into {@code dir/site}, without the printed charters; fails unless it builds. */
    private static BuildResult buildWithWarnings(Path dir, String slug, String charter) {
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.write(project.resolve("charters/" + slug + "/charter.md"), charter);
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, dir.resolve("site"))
                .on(java.time.LocalDate.of(2025, 1, 1)).printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        return result;
    }

    /** The first line of each message, without its hint. */
    private static java.util.List<String> said(BuildResult result) {
        return result.diagnostics().stream().map(Diagnostic::format).map(d -> d.lines().findFirst().orElse(""))
                .toList();
    }
}

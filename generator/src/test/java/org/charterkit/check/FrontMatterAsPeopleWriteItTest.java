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
                "Four Cornerstones of co-production", "4 Cornerstones")) {
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

    /**
     * Norfolk's and Cornwall's shapes: no `area` (the folder's name, spelt as the title spells it), `date:` and
     * `review:` for the two dates, dates in figures day first as the UK writes them, and `v1.2` for the version.
     * Each is read as meant, with a warning that says how; before, each was an error and nothing was built.
     */
    @Test
    void otherNamesForFieldsDatesDayFirstAVersionWithItsLetterAndNoArea(@TempDir Path dir) throws IOException {
        BuildResult result = buildWithWarnings(dir, "stoke-on-trent", """
                ---
                title: Our Stoke-on-Trent SEND Charter
                version: v1.2
                status: adopted
                date: 01/09/2023
                review: 3.9.25
                framework: four-cornerstones
                contact: send@stoke.example
                ---

                """ + BODY);
        assertEquals(java.util.List.of(
                "charters/stoke-on-trent/charter.md:1:1: warning: the charter gives no `area`: it is read as"
                        + " `Stoke-on-Trent`, from the name of its folder",
                "charters/stoke-on-trent/charter.md:3:10: warning: `version: v1.2` is read as `1.2`",
                "charters/stoke-on-trent/charter.md:5:1: warning: `date:` is read as `adopted:`",
                "charters/stoke-on-trent/charter.md:5:7: warning: `adopted: 01/09/2023` is read day first, as dates"
                        + " are written in the UK: 1 September 2023",
                "charters/stoke-on-trent/charter.md:6:1: warning: `review:` is read as `review-by:`",
                "charters/stoke-on-trent/charter.md:6:9: warning: `review-by: 3.9.25` is read day first, as dates"
                        + " are written in the UK: 3 September 2025"),
                said(result));
        JsonNode data = new ObjectMapper().readTree(dir.resolve("site/stoke-on-trent/charter.json").toFile());
        assertEquals("Stoke-on-Trent", data.get("area").get("name").asText());
        assertEquals("1.2", data.get("version").asText());
        assertEquals("2023-09-01", data.get("adopted").asText());
        assertEquals("2025-09-03", data.get("reviewBy").asText());
    }

    /** A day that does not exist in figures is still refused, where it is written. */
    @Test
    void aDayFirstDateThatDoesNotExistIsAnError(@TempDir Path dir) {
        BuildResult result = checked(dir, CHARTER.replace("FRAMEWORK", "four-cornerstones")
                .replace("adopted: 2024-09-01", "adopted: 31/02/2024"));
        assertEquals(java.util.List.of("charters/hull/charter.md:6:10: error: `adopted` is not a real date:"
                + " `31/02/2024`"), said(result));
    }

    /** Oldham's charter, which lists no partners; SIGNATORIES is replaced by its signatories' lines. */
    private static final String OLDHAM = """
            ---
            title: Oldham Co-production Charter
            area: Oldham
            version: "1.0"
            status: adopted
            adopted: 2022-06-01
            review-by: 2026-06-01
            framework: four-cornerstones
            contact: send@oldham.example
            signatories:
            SIGNATORIES---

            """ + BODY;

    /**
     * Oldham's shape: no `partners`, and the signatories the organisations that signed, one a line, or people
     * with the organisation last ("Jane Smith, Chair, Oldham Parent Carer Forum"). The organisations are the
     * partners, with a warning; an organisation signing as itself is shown once, not as its own organisation.
     */
    @Test
    void organisationsThatSignedAreThePartnersOfACharterThatListsNone(@TempDir Path dir) throws IOException {
        BuildResult result = buildWithWarnings(dir, "oldham", OLDHAM.replace("SIGNATORIES", """
                  - Oldham Council
                  - Jane Smith, Chair, Oldham Parent Carer Forum
                  - name: Ali Khan
                    partner: NHS Greater Manchester
                """));
        assertEquals(java.util.List.of("charters/oldham/charter.md:10:1: warning: the charter lists no `partners`:"
                + " the organisations its signatories sign for are read as its partners: Oldham Council, Oldham"
                + " Parent Carer Forum, NHS Greater Manchester"), said(result));
        JsonNode data = new ObjectMapper().readTree(dir.resolve("site/oldham/charter.json").toFile());
        assertEquals(java.util.List.of("oldham-council", "oldham-parent-carer-forum", "nhs-greater-manchester"),
                data.get("partners").findValuesAsText("id"));
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                dir.resolve("site/oldham/charter/index.html").toFile(), "UTF-8");
        org.jsoup.select.Elements signed = page.select(".signatory-list > li");
        assertEquals(java.util.List.of("Oldham Council", "Jane Smith, Chair, Oldham Parent Carer Forum",
                "Ali Khan, NHS Greater Manchester"), signed.eachText());
        assertEquals(0, signed.get(0).select(".signatory-org").size(), "the council is named once");
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(dir.resolve("site/oldham/index.html").toFile(), "UTF-8");
        assertTrue(home.select(".for-you").text().contains("These groups agreed it"), home.select(".for-you").text());
        assertTrue(home.select(".for-you li").eachText().containsAll(java.util.List.of("Oldham Council",
                "Oldham Parent Carer Forum", "NHS Greater Manchester")), home.select(".for-you li").eachText().toString());
    }

    /** Where the charter lists its partners, a line naming one of them is that organisation signing. */
    @Test
    void aPartnerSigningAsItself(@TempDir Path dir) throws IOException {
        JsonNode data = DocsShapesExamplesTest.build(dir, "dudley", PLAIN_LINES.replace("STATUS", "adopted")
                .replace("FRAMEWORK", "framework: four-cornerstones")
                .replace("  - Jane Smith, Chair, Dudley Parent Carer Forum", "  - dudley parent carer forum"));
        assertEquals("Dudley Parent Carer Forum", data.get("signatories").get(0).get("name").asText());
        assertEquals("dudley-parent-carer-forum", data.get("signatories").get(0).get("partner").asText());
    }

    /**
     * Sefton's shape: the status with words of the author's own after it, and the partners as short names and
     * names ({@code council: Sefton Council}), which signatories then name by the short name.
     */
    @Test
    void aStatusWithWordsAfterItAndPartnersByShortName(@TempDir Path dir) throws IOException {
        BuildResult result = buildWithWarnings(dir, "sefton", """
                ---
                title: Sefton SEND Co-production Charter
                area: Sefton
                version: "1.0"
                status: Adopted (March 2024)
                adopted: March 2024
                review-by: March 2027
                framework: four-cornerstones
                contact: send@sefton.example
                partners:
                  council: Sefton Council
                  forum: Sefton Parent Carer Forum
                signatories:
                  - name: Jane Smith
                    partner: forum
                ---

                """ + BODY);
        assertEquals(java.util.List.of("charters/sefton/charter.md:5:9: warning: `status: Adopted (March 2024)` is"
                + " read as `adopted`"), said(result));
        JsonNode data = new ObjectMapper().readTree(dir.resolve("site/sefton/charter.json").toFile());
        assertEquals(java.util.List.of("council", "forum"), data.get("partners").findValuesAsText("id"));
        assertEquals(java.util.List.of("Sefton Council", "Sefton Parent Carer Forum"),
                data.get("partners").findValuesAsText("name"));
        assertEquals("Sefton Parent Carer Forum", data.get("signatories").get(0).get("organisation").asText());
        for (String status : java.util.List.of("Draft - for consultation", "Final, signed off")) {
            BuildResult checked = checked(dir.resolve(String.valueOf(status.hashCode())), CHARTER
                    .replace("FRAMEWORK", "four-cornerstones").replace("status: adopted", "status: " + status));
            assertEquals(java.util.List.of("charters/hull/charter.md:5:9: warning: `status: " + status
                    + "` is read as `" + (status.startsWith("Draft") ? "draft" : "adopted") + "`"), said(checked));
        }
    }

    /**
     * St Helens' shape: every field name with a capital, one with a space (`Review by`), one with an underscore,
     * down to the contact's `Email` and a signatory's `Name`: each is read as Charterkit spells it, with one
     * warning for the file, where the first stands. Before, each was an error and the rest cascaded.
     */
    @Test
    void fieldNamesWithCapitalsSpacesOrUnderscores(@TempDir Path dir) throws IOException {
        BuildResult result = buildWithWarnings(dir, "st-helens", """
                ---
                Title: St Helens SEND Co-production Charter
                Area: St Helens
                Version: "1.0"
                Status: Adopted
                Adopted: 2024-03-01
                Review by: 2027-03-01
                Framework: Four Cornerstones
                Contact:
                  Email: send@sthelens.example
                Partners:
                  - St Helens Council
                Signatories:
                  - Name: Jane Smith
                    On_behalf: true
                    Partner: St Helens Council
                ---

                """ + BODY);
        assertEquals(java.util.List.of("charters/st-helens/charter.md:2:1: warning: field names written with"
                + " capitals, spaces or underscores (`Title`, `Area`, `Version`, …) are read as Charterkit spells"
                + " them (`title`, `area`, `version`)"), said(result));
        JsonNode data = new ObjectMapper().readTree(dir.resolve("site/st-helens/charter.json").toFile());
        assertEquals("St Helens", data.get("area").get("name").asText());
        assertEquals("2027-03-01", data.get("reviewBy").asText());
        assertEquals("St Helens Council", data.get("signatories").get(0).get("organisation").asText());
        org.jsoup.nodes.Document statement = org.jsoup.Jsoup.parse(
                dir.resolve("site/st-helens/accessibility/index.html").toFile(), "UTF-8");
        assertEquals(1, statement.select("a[href=mailto:send@sthelens.example]").size());
    }

    /** The same field twice in two spellings is one field given twice, reported at the second. */
    @Test
    void aFieldInTwoSpellingsIsGivenTwice(@TempDir Path dir) {
        BuildResult result = checked(dir, CHARTER.replace("FRAMEWORK", "four-cornerstones")
                .replace("review-by: 2026-09-01", "review-by: 2026-09-01\nReview By: 2026-10-01"));
        assertEquals(java.util.List.of("charters/hull/charter.md:8:1: error: `Review By` is given twice (first at"
                        + " line 7)", "charters/hull/charter.md:8:1: warning: field names written with capitals, spaces"
                        + " or underscores (`Review By`) are read as Charterkit spells them (`review-by`)"),
                said(result));
    }

    /**
     * Extra pages as people write them: a page that starts with its `# ` heading and no front matter (its title,
     * shown once), and a file named as on a desktop ("Meet The Forum.md", with `Title:`), published at the
     * address its name spells, with a warning for each spelling.
     */
    @Test
    void pagesTitledByTheirHeadingAndNamedAsOnADesktop(@TempDir Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.write(project.resolve("charters/hull/charter.md"), CHARTER.replace("FRAMEWORK",
                "four-cornerstones"));
        TestProjects.write(project.resolve("charters/hull/pages/our-journey.md"), "# Our journey\n\nWe began in 2021.\n");
        TestProjects.write(project.resolve("charters/hull/pages/Meet The Forum.md"),
                "---\nTitle: Meet the forum\n---\n\nWe are parents.\n");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, dir.resolve("site"))
                .on(java.time.LocalDate.of(2025, 1, 1)).printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        assertEquals(java.util.List.of("charters/hull/pages/Meet The Forum.md: warning: the page name `Meet The"
                        + " Forum` is not a web address: the page is published at `meet-the-forum/`",
                "charters/hull/pages/Meet The Forum.md:2:1: warning: field names written with capitals, spaces or"
                        + " underscores (`Title`) are read as Charterkit spells them (`title`)"), said(result));
        org.jsoup.nodes.Document journey = org.jsoup.Jsoup.parse(
                dir.resolve("site/hull/our-journey/index.html").toFile(), "UTF-8");
        assertEquals(java.util.List.of("Our journey"), journey.select("h1").eachText());
        assertTrue(journey.select("main").text().contains("We began in 2021."), journey.select("main").text());
        org.jsoup.nodes.Document forum = org.jsoup.Jsoup.parse(
                dir.resolve("site/hull/meet-the-forum/index.html").toFile(), "UTF-8");
        assertEquals(java.util.List.of("Meet the forum"), forum.select("h1").eachText());
    }

    /** `review-by: 2027`, a year alone, is that year's December, with a warning; `adopted: 2024` still refused. */
    @Test
    void aReviewYearIsItsDecember(@TempDir Path dir) throws IOException {
        BuildResult result = checked(dir.resolve("review"), CHARTER.replace("FRAMEWORK", "four-cornerstones")
                .replace("review-by: 2026-09-01", "review-by: 2027"));
        assertEquals(java.util.List.of("charters/hull/charter.md:7:12: warning: `review-by: 2027` is a year: it is"
                + " read as December 2027, the end of that year"), said(result));
        BuildResult adopted = checked(dir.resolve("adopted"), CHARTER.replace("FRAMEWORK", "four-cornerstones")
                .replace("adopted: 2024-09-01", "adopted: 2024"));
        assertEquals(java.util.List.of("charters/hull/charter.md:6:10: error: `adopted` is not a real date: `2024`"),
                said(adopted));
    }

    /**
     * The contact as one line of its parts, commas between (the forum's name, its address and phone), or as a
     * list of them: each part is read by its shape, and the accessibility statement gives all three.
     */
    @Test
    void theContactAsItsPartsOnOneLineOrAList(@TempDir Path dir) throws IOException {
        String oneLine = "contact: Hull Parent Carer Forum, info@hullpcf.example, 01482 000000";
        String list = "contact:\n  - Hull Parent Carer Forum\n  - mailto:info@hullpcf.example\n  - 01482 000000";
        for (String contact : java.util.List.of(oneLine, list)) {
            Path at = dir.resolve(String.valueOf(contact.hashCode()));
            buildWithWarnings(at, "hull", CHARTER.replace("FRAMEWORK", "four-cornerstones")
                    .replace("contact:\n  email: hull@example.org", contact));
            org.jsoup.nodes.Document statement = org.jsoup.Jsoup.parse(
                    at.resolve("site/hull/accessibility/index.html").toFile(), "UTF-8");
            String text = statement.select("main").text();
            assertTrue(text.contains("contact Hull Parent Carer Forum"), text);
            assertEquals(1, statement.select("a[href=mailto:info@hullpcf.example]").size(), contact);
            assertTrue(text.contains("phone 01482 000000"), text);
        }
    }

    /**
     * A review month is kept until the month is over: "review by January 2025" is not due on 15 January 2025, and
     * "December 2024" is. (It was due from the month's first day.)
     */
    @Test
    void aReviewMonthIsDueOnceItIsOver(@TempDir Path dir) {
        java.time.LocalDate midJanuary = java.time.LocalDate.of(2025, 1, 15);
        for (String month : java.util.List.of("January 2025", "December 2024")) {
            Path project = TestProjects.emptyProject(dir.resolve(month.replace(' ', '-')));
            TestProjects.write(project.resolve("charters/hull/charter.md"), CHARTER.replace("FRAMEWORK",
                    "four-cornerstones").replace("adopted: 2024-09-01", "adopted: 2024-03-01")
                    .replace("review-by: 2026-09-01", "review-by: " + month));
            BuildResult result = new SiteBuild("test").run(BuildRequest.check(project).on(midJanuary));
            assertEquals(month.startsWith("January") ? java.util.List.of() : java.util.List.of("charters/hull/"
                    + "charter.md:7:1: warning: the charter was due for review by 2024-12; the pages say so"),
                    said(result), month);
        }
    }

    /**
     * A draft's dates not agreed yet (`review-by: TBC`, `adopted: to be confirmed`) are no date yet, with a
     * warning; an adopted charter still needs the day it was adopted.
     */
    @Test
    void datesNotAgreedYet(@TempDir Path dir) {
        BuildResult draft = checked(dir.resolve("draft"), CHARTER.replace("FRAMEWORK", "four-cornerstones")
                .replace("status: adopted", "status: draft").replace("adopted: 2024-09-01", "adopted: to be confirmed")
                .replace("review-by: 2026-09-01", "review-by: TBC"));
        assertEquals(java.util.List.of(
                "charters/hull/charter.md:6:10: warning: `adopted: to be confirmed` is read as no date yet",
                "charters/hull/charter.md:7:12: warning: `review-by: TBC` is read as no date yet"), said(draft));
        BuildResult adopted = checked(dir.resolve("adopted"), CHARTER.replace("FRAMEWORK", "four-cornerstones")
                .replace("adopted: 2024-09-01", "adopted: TBC"));
        assertEquals(java.util.List.of("charters/hull/charter.md:6:10: error: the charter is adopted, but `adopted:"
                + " TBC` gives no day"), said(adopted));
    }

    /**
     * With no partners listed, a two-part line is a name and an organisation when the second part reads as one
     * ("Ali Khan, Oldham Council"), and a name and a role when not ("Jane Smith, Chair"): no organisation is made
     * of "Chair", and the person is shown without one.
     */
    @Test
    void aNameAndARoleIsNotAnOrganisation(@TempDir Path dir) throws IOException {
        buildWithWarnings(dir, "oldham", OLDHAM.replace("SIGNATORIES", """
                  - Jane Smith, Chair
                  - Ali Khan, Oldham Council
                """));
        JsonNode data = new ObjectMapper().readTree(dir.resolve("site/oldham/charter.json").toFile());
        assertEquals(java.util.List.of("oldham-council"), data.get("partners").findValuesAsText("id"));
        assertEquals("Chair", data.get("signatories").get(0).get("role").asText());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
                dir.resolve("site/oldham/charter/index.html").toFile(), "UTF-8");
        assertEquals(java.util.List.of("Jane Smith, Chair", "Ali Khan, Oldham Council"),
                page.select(".signatory-list > li").eachText());
    }

    /** Checks one charter, Hull's unless another is given, as of 1 January 2025. */
    private static BuildResult checked(Path dir, String charter) {
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.write(project.resolve("charters/hull/charter.md"), charter);
        return new SiteBuild("test").run(BuildRequest.check(project).on(java.time.LocalDate.of(2025, 1, 1)));
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

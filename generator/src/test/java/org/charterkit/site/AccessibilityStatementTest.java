package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.SiteBuild;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each area's accessibility statement says what the 2018 regulations expect, from facts, not hand-written claims. */
class AccessibilityStatementTest {

    @Test
    void theStatementCoversWhatTheRegulationsExpect(@TempDir Path site) throws Exception {
        TestProjects.buildRealSite(site);
        Document statement = SiteFiles.page(site, "warwickshire/accessibility/index.html");
        assertEquals("Accessibility statement", statement.selectFirst("h1").text());
        assertEquals(List.of("How accessible these pages are", "What is not accessible",
                "Getting the charter in another format", "Reporting accessibility problems", "Enforcement procedure",
                "How these pages were tested", "For developers"), statement.select("main h2").eachText());
        String text = statement.text();
        assertTrue(text.contains("partially compliant with the Web Content Accessibility Guidelines (WCAG) version 2.2"));
        assertTrue(text.contains("Equality and Human Rights Commission (EHRC)"));
        assertTrue(text.contains("Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility"
                + " Regulations 2018"));
        // Warwickshire's charter names no contact, so the statement sends readers to its partners.
        assertTrue(text.contains("Please ask any of the partners who signed it: Warwickshire County Council,"
                + " Coventry and Warwickshire Integrated Care Board"), text);
        // The testing facts come from content/accessibility-testing.yml, which the browser tests keep true.
        String record = Files.readString(TestProjects.repositoryRoot().resolve("content/accessibility-testing.yml"));
        String date = record.lines().filter(l -> l.startsWith("date: ")).findFirst().orElseThrow().substring(6);
        assertTrue(text.contains("The pages were last tested on " + date), text);
        assertTrue(statement.select("main li").eachText().contains("every page for valid HTML with the Nu HTML Checker"));
        Document home = SiteFiles.page(site, "warwickshire/index.html");
        assertEquals("accessibility/", home.selectFirst("footer a[href$=accessibility/]").attr("href"));
    }

    @Test
    void aContactInTheCharterIsShownForOtherFormats(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        Path charter = project.resolve("charters/warwickshire/charter.md");
        Files.writeString(charter, Files.readString(charter).replace("version: \"1.0.1\"", "version: \"1.1\"")
                .replaceFirst("\n---\n",
                "\ncontact:\n  name: Warwickshire Parent Carer Voice\n  email: hello@wpcv.example\n---\n"));
        Path site = dir.resolve("site");
        var result = new SiteBuild("test").run(BuildRequest.build(project, site));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        Document statement = SiteFiles.page(site, "warwickshire/accessibility/index.html");
        assertEquals("mailto:hello@wpcv.example", statement.selectFirst("main a[href^=mailto]").attr("href"));
        assertTrue(statement.text().contains("contact Warwickshire Parent Carer Voice:"), statement.text());
    }
}

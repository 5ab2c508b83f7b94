package org.charterkit.translations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.charterkit.CommandRun;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.diagnostic.Diagnostic;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.release.Releaser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an area does with a translated charter over its life: reads what changed in either language with
 * {@code diff}, releases a new version in both languages at once, and publishes its Easy Read edition in Welsh.
 */
class TranslationWorkflowTest {

    private static Path project(Path dir) {
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.copyTree(TranslatedSiteTest.FIXTURE.resolve("charters"), project.resolve("charters"));
        return project;
    }

    @Test
    void diffShowsTheChangeInEachLanguage(@TempDir Path dir) {
        Path project = project(dir);
        CommandRun diff = CommandRun.of("diff", "herefordshire", "--root", project.toString());
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().contains("\"give information in English and in Welsh when a family asks for it\""),
                diff.out());
        assertTrue(diff.out().contains("In charters/herefordshire/charter.cy.md (cy): Changes from version 1.0 to"
                + " version 1.1"), diff.out());
        assertTrue(diff.out().contains("\"rhoi gwybodaeth yn Saesneg ac yn Gymraeg pan fydd teulu'n gofyn amdani\" ->"
                + " \"rhoi gwybodaeth yn Saesneg ac yn Gymraeg, heb i deulu orfod gofyn amdani\""), diff.out());
    }

    @Test
    void releasingFreezesTheTranslationWithTheCharter(@TempDir Path dir) throws IOException {
        Path project = project(dir);
        Path versions = project.resolve("charters/herefordshire/versions");
        Diagnostics out = new Diagnostics();
        Optional<Path> released = new Releaser(project, TestProjects.BUILD_DAY).release("herefordshire", out);
        assertTrue(released.isPresent(), () -> out.sorted().toString());
        assertEquals(Files.readString(project.resolve("charters/herefordshire/charter.cy.md")),
                Files.readString(versions.resolve("1.1.cy.md")));
        String manifest = Files.readString(versions.resolve("SHA256SUMS"));
        assertTrue(manifest.contains("  1.1.md\n") && manifest.contains("  1.1.cy.md\n"), manifest);
        // Once released, a change to the Welsh text of that version is refused as a change to the English is.
        Files.writeString(versions.resolve("1.1.cy.md"), Files.readString(versions.resolve("1.1.cy.md"))
                .replace("cyfathrebu'n glir ac yn onest", "cyfathrebu'n glir"), StandardCharsets.UTF_8);
        BuildResult check = new SiteBuild("test").run(BuildRequest.check(project).on(TestProjects.BUILD_DAY));
        assertTrue(check.diagnostics().stream().map(Diagnostic::format).anyMatch(d -> d.startsWith(
                "charters/herefordshire/versions/1.1.cy.md: error: this released translation has been changed")),
                () -> check.diagnostics().toString());
    }

    @Test
    void theEasyReadEditionFollowsTheLanguage(@TempDir Path dir) throws IOException {
        Path project = project(dir);
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, site).on(TestProjects.BUILD_DAY));
        assertTrue(result.succeeded(), () -> result.diagnostics().toString());
        Document welsh = Jsoup.parse(site.resolve("herefordshire/cy/easy-read/index.html").toFile(), "UTF-8");
        assertEquals("cy", welsh.selectFirst("html").attr("lang"));
        assertEquals("Y Siarter Gweithio Gyda'n Gilydd mewn Hawdd ei Ddeall", welsh.selectFirst("h1").text());
        assertTrue(welsh.select("main").text().contains("Does dim rhaid i chi ofyn."));
        assertEquals("../../easy-read/", welsh.selectFirst("head link[hreflang=en-GB]").attr("href"));
        Document english = Jsoup.parse(site.resolve("herefordshire/easy-read/index.html").toFile(), "UTF-8");
        assertEquals("../cy/easy-read/", english.selectFirst("head link[hreflang=cy]").attr("href"));
        // This project has no Welsh glossary: its Welsh edition is the English glossary, saying so in Welsh.
        Document glossary = Jsoup.parse(site.resolve("glossary/cy/index.html").toFile(), "UTF-8");
        assertEquals("en-GB", glossary.selectFirst("html").attr("lang"));
        assertEquals("cy", glossary.selectFirst(".translation-fallback").attr("lang"));
        assertTrue(glossary.select("link[hreflang]").isEmpty());
        try (PDDocument pdf = Loader.loadPDF(site.resolve("herefordshire/cy/easy-read.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Rŷn ni'n creu lle lle rydych chi'n teimlo bod croeso i chi."), text);
            assertEquals("cy", pdf.getDocumentCatalog().getLanguage());
            assertFalse(text.contains("We make a place where you feel welcome"), text);
        }
    }
}

package org.charterkit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A poster an area would sign: Testshire's charter (src/test/resources/print/signed-charter) has signatories
 * with roles, signing dates, one without a date and one signing on behalf of a forum, and a site address.
 */
class SignedPosterTest {

    @TempDir
    static Path dir;

    static Path poster;

    @BeforeAll
    static void build() throws Exception {
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.copyTree(Path.of("src/test/resources/print/signed-charter/charters"), project.resolve("charters"));
        Files.writeString(project.resolve("charterkit.yml"), "base-url: https://charters.example.org/\n");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, dir.resolve("site"))
                .on(TestProjects.BUILD_DAY));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        poster = dir.resolve("site/testshire/charter-poster.pdf");
    }

    @Test
    void theSignatureBlockReadsNameRoleOrganisationAndDateForEachSignatory() {
        assertSignatureBlock(poster);
    }

    @Test
    void theBookletsSignatureBlockReadsTheSame() {
        assertSignatureBlock(dir.resolve("site/testshire/charter.pdf"));
    }

    private static void assertSignatureBlock(Path pdf) {
        String text = PdfChecks.text(pdf);
        int at = text.indexOf("Signatories");
        assertTrue(at >= 0, text);
        for (String words : List.of(
                "Alex Example", "Director of Children's Services", "Testshire Council", "Signed 14 March 2025",
                "Priya Sample", "Chief Nursing Officer", "Testshire and Exampleton Integrated Care Board",
                "Signed 20 March 2025",
                "Sam Example", "Chair", "Testshire Parent Carer Forum", "Date signed:",
                "Jo Placeholder", "on behalf of Testshire Young People's SEND Forum", "Date signed:")) {
            int found = text.indexOf(words, at);
            assertTrue(found >= 0, "\"" + words + "\" is missing or out of order after position " + at + " in: "
                    + text.substring(text.indexOf("Signatories")));
            at = found + words.length();
        }
        for (String line : PdfChecks.lines(pdf)) {
            assertTrue(!line.startsWith(","), "a line starts with a comma: " + line);
        }
    }

    @Test
    void theFootTracesThePrintedCopyToItsVersionDatesAndAddress() {
        String text = PdfChecks.text(poster);
        for (String words : List.of("Version 2.1", "Adopted 14 March 2025", "Review by 14 March 2027",
                "https://charters.example.org/testshire/charter/")) {
            assertTrue(text.contains(words), words + " in: " + text);
        }
        // The opening statement comes first, before the first cornerstone.
        assertTrue(text.indexOf("We are committed to the principles of effective participation")
                < text.indexOf("Welcome and Care"), text);
    }

    @Test
    void noTextIsSmallerThanNinePoints() {
        for (Path pdf : List.of(poster, dir.resolve("site/testshire/charter.pdf"))) {
            for (PdfChecks.Run run : PdfChecks.runs(pdf)) {
                assertTrue(run.points() >= 8.95f, pdf.getFileName() + " page " + run.page() + ": \"" + run.text()
                        + "\" is " + run.points() + " pt");
            }
        }
    }

    @Test
    void thePosterIsOneSideAndStaysAccessible() throws Exception {
        try (var pdf = PdfChecks.open(poster)) {
            assertEquals(1, pdf.getNumberOfPages());
        }
        assertEquals(List.of(), PdfChecks.failedRules(poster, PDFAFlavour.PDFUA_1));
        PdfChecks.renderFirstPage(poster, "testshire-poster");
        PdfChecks.renderFirstPage(dir.resolve("site/testshire/charter.pdf"), "testshire-booklet");
    }
}

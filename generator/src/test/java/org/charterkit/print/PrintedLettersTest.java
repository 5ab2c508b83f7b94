package org.charterkit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Welsh letters reach paper and the text layer exactly as written: the print fonts (Atkinson Hyperlegible
 * Next) draw ŵ and ŷ, where the older Atkinson Hyperlegible printed "#". (A letter no font draws is refused
 * by the check: the check fixture {@code cyrillic-letters-cannot-be-printed}.)
 */
class PrintedLettersTest {

    @TempDir
    Path dir;

    @Test
    void welshCircumflexesComeBackFromTheTextLayerExactly() {
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.copyTree(Path.of("src/test/resources/check-fixtures/welsh-letters-print-fine/charters"),
                project.resolve("charters"));
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, site).on(TestProjects.BUILD_DAY));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        for (String pdf : List.of("testshire/charter.pdf", "testshire/charter-poster.pdf")) {
            String text = PdfChecks.text(site.resolve(pdf));
            for (String words : List.of("tŷ cymunedol", "dŵr", "Ŵyr ac Ŷd", "Siân Prŷs")) {
                assertTrue(text.contains(words), pdf + " lost \"" + words + "\": " + text);
            }
            assertFalse(text.contains("#"), pdf + ": " + text);
            assertEquals(List.of(), PdfChecks.failedRules(site.resolve(pdf), PDFAFlavour.PDFUA_1), pdf);
        }
    }
}

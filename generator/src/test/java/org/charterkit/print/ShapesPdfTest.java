package org.charterkit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charterkit.shapes.ShapeProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The printed charters of the other shapes (own names, numbered prose values, a booklet with pledges) are
 * tagged PDF/UA-1 and PDF/A-3a like every other: veraPDF finds no failed rule.
 */
class ShapesPdfTest {

    @Test
    void everyShapesPdfMeetsPdfUa1AndPdfA3a(@TempDir Path dir) {
        Path site = dir.resolve("site");
        ShapeProjects.build(ShapeProjects.project(dir.resolve("project")), site);
        List<Path> pdfs = PdfChecks.pdfs(site);
        // Booklet and poster of each current text and of each version at its own address (Telford has two).
        assertEquals(22, pdfs.size(), pdfs.toString());
        assertTrue(PdfChecks.text(site.resolve("tameside/charter.pdf")).contains("Our pledges"));
        List<String> failures = new ArrayList<>();
        for (Path pdf : pdfs) {
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
                PdfChecks.failedRules(pdf, flavour).forEach(f -> failures.add(site.relativize(pdf) + " "
                        + flavour + ": " + f));
            }
        }
        assertEquals(List.of(), failures);
    }
}

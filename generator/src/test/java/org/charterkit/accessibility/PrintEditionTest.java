package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.charterkit.TestProjects;
import org.charterkit.serve.SiteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Printing the Warwickshire charter page from Chromium gives an A4 document with every commitment in reading
 * order and none of the site's navigation.
 */
class PrintEditionTest {

    @Test
    void thePrintedCharterHasEveryCommitmentInOrderAndNoNavigation(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site");
        TestProjects.buildRealSite(site);
        Path pdf = dir.resolve("charter.pdf");
        try (SiteServer server = SiteServer.start(site, "127.0.0.1", 0)) {
            Process chromium = new ProcessBuilder(Browser.CHROMIUM.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile"),
                    "--no-pdf-header-footer", "--print-to-pdf=" + pdf, server.url() + "warwickshire/charter/")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
            assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "Chromium did not finish printing");
        }
        assertTrue(Files.size(pdf) > 0, "no PDF was printed");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDRectangle a4 = PDRectangle.A4;
            PDRectangle page = document.getPage(0).getMediaBox();
            assertEquals(a4.getWidth(), page.getWidth(), 1.0f, "A4 width");
            assertEquals(a4.getHeight(), page.getHeight(), 1.0f, "A4 height");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            int from = 0;
            for (List<String> cornerstone : org.charterkit.site.WarwickshireSiteTest.COMMITMENTS) {
                for (String commitment : cornerstone) {
                    int at = text.indexOf(commitment, from);
                    assertTrue(at >= 0, "missing or out of order in print: " + commitment);
                    from = at + commitment.length();
                }
            }
            for (String navigation : List.of("Skip to main content", "Pages about", "All charters", "Overview",
                    "The full charter", "Made with Charterkit")) {
                assertFalse(text.contains(navigation), "navigation printed: " + navigation);
            }
        }
    }
}

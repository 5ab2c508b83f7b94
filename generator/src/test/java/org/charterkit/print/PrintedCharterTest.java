package org.charterkit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.charterkit.TestProjects;
import org.charterkit.site.WarwickshireSiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The printed charters of the real areas: accessible by the standards (veraPDF), and quoting the charter word
 * for word in reading order (PDFBox's text, which is what a screen reader and copy-and-paste get).
 */
class PrintedCharterTest {

    private static final List<String> SIGNATORIES = List.of("Nigel Miles", "Tracey Pritchard", "Elaine Lamb",
            "Sam Craven");

    @TempDir
    static Path site;

    @BeforeAll
    static void build() {
        TestProjects.buildRealSite(site);
    }

    @Test
    void everyAreaAndEveryVersionHasABookletAndAPoster() {
        for (String folder : List.of("warwickshire/", "warwickshire/v/1.0/", "se7/", "se7/v/1.0/")) {
            assertTrue(Files.isRegularFile(site.resolve(folder + "charter.pdf")), folder + "charter.pdf");
            assertTrue(Files.isRegularFile(site.resolve(folder + "charter-poster.pdf")), folder + "charter-poster.pdf");
        }
    }

    @Test
    void everyPdfMeetsPdfUa1() {
        List<Path> pdfs = PdfChecks.pdfs(site);
        // Booklet and poster for SE7's current text and 1.0, and Warwickshire's current text, 1.0.1 and 1.0; and
        // each area's Easy Read edition.
        assertEquals(12, pdfs.size(), pdfs.toString());
        List<String> failures = new ArrayList<>();
        for (Path pdf : pdfs) {
            PdfChecks.failedRules(pdf, PDFAFlavour.PDFUA_1).forEach(f -> failures.add(site.relativize(pdf) + ": " + f));
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theWarwickshireBookletIsAlsoArchivalPdfA() {
        Path booklet = site.resolve("warwickshire/charter.pdf");
        assertEquals(List.of(), PdfChecks.failedRules(booklet, PDFAFlavour.PDFA_3_A), "PDF/A-3a");
        assertEquals(List.of(), PdfChecks.failedRules(booklet, PDFAFlavour.PDFA_3_U), "PDF/A-3u");
    }

    @Test
    void theBookletQuotesEveryCommitmentInOrderAndNamesTheSignatories() {
        assertQuotesTheCharter(PdfChecks.text(site.resolve("warwickshire/charter.pdf")));
    }

    @Test
    void thePosterQuotesEveryCommitmentInOrderAndNamesTheSignatories() {
        assertQuotesTheCharter(PdfChecks.text(site.resolve("warwickshire/charter-poster.pdf")));
    }

    private static void assertQuotesTheCharter(String text) {
        int at = 0;
        int commitments = 0;
        for (List<String> cornerstone : WarwickshireSiteTest.COMMITMENTS) {
            for (String words : cornerstone) {
                int found = text.indexOf(words, at);
                assertTrue(found >= 0, "\"" + words + "\" is missing or out of order in: " + text);
                at = found + words.length();
            }
            commitments += cornerstone.size() - 1;
        }
        assertEquals(26, commitments);
        for (String name : SIGNATORIES) {
            assertTrue(text.contains(name), name + " is not named");
        }
    }

    @Test
    void thePosterIsOneA4Sheet() {
        try (PDDocument pdf = PdfChecks.open(site.resolve("warwickshire/charter-poster.pdf"))) {
            assertEquals(1, pdf.getNumberOfPages());
            PDPage page = pdf.getPage(0);
            assertEquals(210, Math.round(page.getMediaBox().getWidth() / 72 * 25.4));
            assertEquals(297, Math.round(page.getMediaBox().getHeight() / 72 * 25.4));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theBookletIsTaggedTitledInEnglishWithBookmarksAndEmbeddedFonts() throws IOException {
        try (PDDocument pdf = PdfChecks.open(site.resolve("warwickshire/charter.pdf"))) {
            var catalog = pdf.getDocumentCatalog();
            assertEquals("Working Together Charter for Warwickshire SEND", pdf.getDocumentInformation().getTitle());
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "the title bar shows the title");
            assertEquals("en-GB", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo().isMarked(), "tagged");
            assertNotNull(catalog.getStructureTreeRoot(), "a structure tree");
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : catalog.getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            for (List<String> cornerstone : WarwickshireSiteTest.COMMITMENTS) {
                assertTrue(bookmarks.contains(cornerstone.get(0)), cornerstone.get(0) + " in " + bookmarks);
            }
            assertTrue(bookmarks.contains("Signatories"), bookmarks.toString());
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font.getName().contains("AtkinsonHyperlegibleNext"), font.getName());
                }
            }
            // The charter's own date, not the day it was built.
            assertEquals(2022, pdf.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
        }
    }

    @Test
    void theWarwickshireBookletFillsItsPagesWithoutForcedBlankSpace() {
        Path booklet = site.resolve("warwickshire/charter.pdf");
        List<PdfChecks.TextSpan> spans = PdfChecks.spans(booklet, FOOTER);
        // A cover, then about three and a half pages of charter: every cornerstone follows the one before.
        assertEquals(5, spans.size(), spans.toString());
        for (PdfChecks.TextSpan span : spans.subList(0, spans.size() - 1)) {
            float textArea = span.height() - TOP_MARGIN - FOOTER;
            float blank = (span.height() - FOOTER - span.bottom()) / textArea;
            assertTrue(blank <= 0.5f, "page " + span.page() + " is " + Math.round(blank * 100) + " % blank");
        }
        // Past four pages, it opens with its contents, each entry with its page.
        String contents = PdfChecks.pageText(booklet, 2);
        assertTrue(contents.contains("Contents Working Together in Participation"), contents);
        assertTrue(contents.matches(".*Signatories[ .]+4 .*"), contents);
    }

    @Test
    void everyBookletPageHasARunningFooterWithTheCharterVersionAndPage() {
        Path booklet = site.resolve("warwickshire/charter.pdf");
        int pages = PdfChecks.spans(booklet, FOOTER).size();
        for (int page = 1; page <= pages; page++) {
            String text = PdfChecks.pageText(booklet, page);
            assertTrue(text.contains("Working Together Charter for Warwickshire SEND Version 1.0.1 Page " + page + " of "
                    + pages), "page " + page + ": " + text);
        }
    }

    @Test
    void theCoverShowsTheFactsAndTheCornerstonesAroundTrust() {
        String cover = PdfChecks.pageText(site.resolve("warwickshire/charter.pdf"), 1);
        for (String words : List.of("Warwickshire", "Working Together Charter for Warwickshire SEND",
                "Four Cornerstones of co-production, with Trust at the centre",
                // Trust, drawn over the meeting corners, is read after the four that build it.
                "Welcome and Care Communicate Value and Include Work in Partnership Trust",
                "Version 1.0.1 Status Adopted on 1 November 2022 Review by 1 November 2024")) {
            assertTrue(cover.contains(words), words + " on the cover: " + cover);
        }
    }

    @Test
    void noPrintedTextIsSmallerThanNinePointsAndNoLineStartsWithAComma() {
        for (Path pdf : PdfChecks.pdfs(site)) {
            for (PdfChecks.Run run : PdfChecks.runs(pdf)) {
                assertTrue(run.points() >= 8.95f, site.relativize(pdf) + " page " + run.page() + ": \"" + run.text()
                        + "\" is " + run.points() + " pt");
            }
            for (String line : PdfChecks.lines(pdf)) {
                assertTrue(!line.startsWith(","), site.relativize(pdf) + ": a line starts with a comma: " + line);
            }
        }
    }

    /** Page 1 of every PDF, drawn to target/print-renders/ for a person to look at. */
    @Test
    void everyFirstPageDraws() {
        for (Path pdf : PdfChecks.pdfs(site)) {
            Path png = PdfChecks.renderFirstPage(pdf, site.relativize(pdf).toString().replace('/', '-')
                    .replace(".pdf", ""));
            assertTrue(Files.isRegularFile(png), png.toString());
        }
    }

    /** The booklet's margins, in points: 18 mm at the top, 22 mm at the foot where the running footer stands. */
    private static final float TOP_MARGIN = 18 / 25.4f * 72;
    private static final float FOOTER = 22 / 25.4f * 72;

    @Test
    void theCharterPageOffersBothPdfsWithTheirSizes() throws IOException {
        Document page = Jsoup.parse(site.resolve("warwickshire/charter/index.html").toFile(), "UTF-8");
        Element booklet = page.selectFirst(".downloads a[href$=charter.pdf]");
        assertNotNull(booklet, "a link to the booklet");
        long kb = Math.round(Files.size(site.resolve("warwickshire/charter.pdf")) / 1024.0);
        assertEquals("Download the charter (PDF, " + kb + " KB)", booklet.text());
        assertEquals("../charter.pdf", booklet.attr("href"));
        Element poster = page.selectFirst(".downloads a[href$=charter-poster.pdf]");
        assertNotNull(poster, "a link to the poster");
        assertTrue(poster.text().startsWith("Download the charter as a one-page A4 poster (PDF, "), poster.text());

        Document version = Jsoup.parse(site.resolve("warwickshire/v/1.0/index.html").toFile(), "UTF-8");
        Element versioned = version.selectFirst(".downloads a[href$=charter.pdf]");
        assertNotNull(versioned, "a version page offers that version's booklet");
        assertEquals("charter.pdf", versioned.attr("href"));
    }
}

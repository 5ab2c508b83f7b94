package org.charterkit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charterkit.TestProjects;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.EasyReadItem;
import org.charterkit.model.EasyReadLine;
import org.charterkit.model.Project;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The Easy Read PDF of each real area, read back as a reader and a screen reader get it: PDF/UA-1, at most 24
 * pages, no text under 14 pt, every picture a figure with alt text, every line of the edition on a line of its
 * own, the pictures credited, and offered beside the booklet and the poster.
 */
class PrintedEasyReadTest {

    static final int MOST_PAGES = 24;
    static final float SMALLEST_TEXT = 14f;

    @TempDir
    static Path site;

    static Project project;

    @BeforeAll
    static void build() {
        TestProjects.buildRealSite(site);
        project = new ProjectLoader(TestProjects.repositoryRoot(), new Diagnostics()).load(java.util.Optional.empty());
    }

    private static Path pdf(String slug) {
        return site.resolve(slug + "/easy-read.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"warwickshire", "se7"})
    void itMeetsPdfUa1InAtMost24Pages(String slug) throws IOException {
        assertEquals(List.of(), PdfChecks.failedRules(pdf(slug), PDFAFlavour.PDFUA_1));
        try (PDDocument doc = PdfChecks.open(pdf(slug))) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 2 && pages <= MOST_PAGES, pages + " pages");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"warwickshire", "se7"})
    void noTextIsSmallerThan14Points(String slug) {
        List<PdfChecks.Run> runs = PdfChecks.runs(pdf(slug));
        assertFalse(runs.isEmpty());
        List<String> small = runs.stream().filter(r -> r.points() < SMALLEST_TEXT - 0.01f)
                .map(r -> r.page() + ": " + r.points() + " pt: " + r.text()).toList();
        assertEquals(List.of(), small);
    }

    @ParameterizedTest
    @ValueSource(strings = {"warwickshire", "se7"})
    void everyPictureIsAFigureWithAltTextAndEveryIdeaHasItsOwnLine(String slug) throws IOException {
        List<EasyReadItem> items = project.areas().stream().filter(a -> a.slug().equals(slug)).findFirst()
                .orElseThrow().easyRead().orElseThrow().items();
        List<String> alts = new ArrayList<>();
        try (PDDocument doc = PdfChecks.open(pdf(slug))) {
            figures(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
        }
        assertEquals(items.size(), alts.size(), "one figure for each item: " + alts);
        assertTrue(alts.stream().noneMatch(String::isBlank), alts.toString());
        assertTrue(alts.contains("An ear"), alts.toString());

        // One idea a line: each of the edition's lines starts a line of the PDF's text.
        List<String> lines = PdfChecks.lines(pdf(slug));
        String text = String.join("\n", lines);
        for (EasyReadItem item : items) {
            for (EasyReadLine line : item.lines()) {
                String start = line.text().split(" ")[0] + " " + line.text().split(" ")[1];
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(start)), "no line starts " + start);
                assertTrue(text.replace("\n", " ").contains(line.text()), "missing: " + line.text());
            }
        }
        assertTrue(text.replace("\n", " ").contains("The pictures are from OpenMoji (openmoji.org)."), text);
        assertTrue(text.contains("CC BY-SA 4.0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"warwickshire", "se7"})
    void itIsOfferedBesideTheBookletAndThePoster(String slug) throws IOException {
        var home = Jsoup.parse(site.resolve(slug + "/index.html").toFile(), "UTF-8");
        List<String> offered = home.select(".downloads a").eachAttr("href");
        assertTrue(offered.contains("charter.pdf") && offered.contains("charter-poster.pdf")
                && offered.contains("easy-read.pdf"), offered.toString());
        assertTrue(home.select(".downloads a[href=easy-read.pdf]").text()
                .startsWith("Download the charter in Easy Read (PDF"), home.select(".downloads").text());
    }

    private static void figures(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription() == null ? "" : e.getAlternateDescription());
                }
                figures(e, alts);
            }
        }
    }
}

package org.charterkit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A poster never cuts a commitment off: text shrinks to fit, and a charter too long for one side even at the
 * smallest size is printed over two, with a warning naming the longest cornerstone; it never stops the other
 * areas or the web pages.
 */
class PosterFitTest {

    @TempDir
    Path dir;

    /** Warwickshire with {@code extra} more (invented, clearly marked) commitments under Communicate. */
    private Path warwickshireWithLongCommunicate(int extra, boolean a3) throws IOException {
        Path root = TestProjects.copyOfRealProject(dir.resolve("project"));
        Path charter = root.resolve("charters/warwickshire/charter.md");
        StringBuilder more = new StringBuilder();
        for (int i = 1; i <= extra; i++) {
            more.append("- test commitment ").append(i)
                    .append(": meet families where they are, at times that suit them, and write down what was agreed\n");
        }
        String text = Files.readString(charter)
                .replace("- be transparent about what we are doing and why\n",
                        "- be transparent about what we are doing and why\n" + more)
                // A new version: the released 1.0 stays frozen, as the check insists.
                .replace("version: \"1.0.1\"", "version: \"1.1\"")
                .replace("adopted: 2022-11-01", "adopted: 2025-06-01")
                .replace("review-by: 2024-11-01", "review-by: 2027-06-01")
                .replace("framework: four-cornerstones\n", "framework: four-cornerstones\n" + (a3 ? "poster: A3\n" : ""));
        Files.writeString(charter, text);
        return root;
    }

    private BuildResult build(Path root) {
        return new SiteBuild("test").run(BuildRequest.build(root, dir.resolve("site")).on(TestProjects.BUILD_DAY));
    }

    /**
     * Warwickshire with more commitments under Welcome and Care than under any other cornerstone, so the
     * warning must name it (the old error named the tallest panel instead).
     */
    private Path warwickshireWithLongWelcome(int extra) throws IOException {
        Path root = warwickshireWithLongCommunicate(0, false);
        Path charter = root.resolve("charters/warwickshire/charter.md");
        StringBuilder more = new StringBuilder();
        for (int i = 1; i <= extra; i++) {
            more.append("- test commitment ").append(i)
                    .append(": meet families where they are, at times that suit them, and write down what was agreed\n");
        }
        Files.writeString(charter, Files.readString(charter).replace(
                "make contact at the earliest opportunity\n", "make contact at the earliest opportunity\n" + more));
        return root;
    }

    @Test
    void aPosterTooLongForOneSideIsPrintedOverTwoWithAWarningWhileEverythingElseBuilds() throws IOException {
        Path root = warwickshireWithLongWelcome(30);
        int line = lineOf(root.resolve("charters/warwickshire/charter.md"), "## Welcome and Care");
        String expected = "charters/warwickshire/charter.md:" + line + ":1: warning: the A4 poster does not fit on one"
                + " side even with its text at 9 pt, so it is printed over two sides; the longest cornerstone is"
                + " \"Welcome and Care\" (635 words)";

        // The check says so first, without printing anything.
        BuildResult checked = new SiteBuild("test").run(BuildRequest.check(root).on(TestProjects.BUILD_DAY));
        assertTrue(checked.succeeded(), checked.diagnostics().toString());
        assertEquals(List.of(expected), warnings(checked, "poster"));

        BuildResult result = build(root);
        assertTrue(result.succeeded(), result.diagnostics().toString());
        assertEquals(List.of(expected), warnings(result, "poster"));
        try (PDDocument pdf = PdfChecks.open(dir.resolve("site/warwickshire/charter-poster.pdf"))) {
            assertEquals(2, pdf.getNumberOfPages(), "the poster over two sides");
        }
        assertTrue(PdfChecks.text(dir.resolve("site/warwickshire/charter-poster.pdf"))
                .contains("test commitment 30: meet families where they are"), "nothing is cut off");
        // The long charter's released version, the other area and every web page are made as usual.
        for (String file : List.of("warwickshire/charter.pdf", "warwickshire/v/1.0/charter-poster.pdf",
                "se7/charter.pdf", "se7/charter-poster.pdf", "index.html", "warwickshire/charter/index.html")) {
            assertTrue(Files.isRegularFile(dir.resolve("site").resolve(file)), file);
        }
        String link = org.jsoup.Jsoup.parse(dir.resolve("site/warwickshire/charter/index.html").toFile(), "UTF-8")
                .selectFirst(".downloads a[href$=charter-poster.pdf]").text();
        assertTrue(link.startsWith("Download the charter as a two-sided A4 poster (PDF, "), link);
        try (PDDocument other = PdfChecks.open(dir.resolve("site/se7/charter-poster.pdf"))) {
            assertEquals(1, other.getNumberOfPages());
        }
    }

    private static List<String> warnings(BuildResult result, String about) {
        return result.diagnostics().stream().filter(d -> !d.isError()).map(d -> d.format().lines().findFirst()
                .orElseThrow()).filter(m -> m.contains(about)).toList();
    }

    @Test
    void a3GivesALongCharterRoomOnOneSheet() throws IOException {
        BuildResult a4 = build(warwickshireWithLongCommunicate(10, false));
        assertEquals(1, warnings(a4, "printed over two sides").size(), "too long for one side of A4");

        TestProjects.deleteTree(dir);
        BuildResult result = build(warwickshireWithLongCommunicate(10, true));
        assertEquals(List.of(), warnings(result, "poster"));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        Path poster = dir.resolve("site/warwickshire/charter-poster.pdf");
        try (PDDocument pdf = PdfChecks.open(poster)) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(297, Math.round(pdf.getPage(0).getMediaBox().getWidth() / 72 * 25.4));
            assertEquals(420, Math.round(pdf.getPage(0).getMediaBox().getHeight() / 72 * 25.4));
        }
        assertTrue(PdfChecks.text(poster).contains("test commitment 10: meet families where they are"));
        String link = org.jsoup.Jsoup.parse(dir.resolve("site/warwickshire/charter/index.html").toFile(), "UTF-8")
                .selectFirst(".downloads a[href$=charter-poster.pdf]").text();
        assertTrue(link.startsWith("Download the charter as a one-page A3 poster"), link);
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.indexOf(text) + 1;
    }
}

package org.charterkit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * A poster never cuts a commitment off: text shrinks to fit, and a charter too long even at the smallest size
 * fails the build, naming the cornerstone to shorten, instead of printing a poster that misquotes it.
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

    @Test
    void aCornerstoneTooLongForTheSmallestTextFailsTheBuildAndIsNamed() throws IOException {
        Path root = warwickshireWithLongCommunicate(60, false);
        BuildResult result = build(root);
        assertFalse(result.succeeded());
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        int line = lineOf(root.resolve("charters/warwickshire/charter.md"), "## Communicate");
        assertEquals("charters/warwickshire/charter.md:" + line + ":1: error: the cornerstone \"Communicate\" does not"
                        + " fit on the A4 poster, even with its text at 9 pt",
                errors.get(0).format().lines().findFirst().orElseThrow());
        assertTrue(errors.get(0).format().contains("add `poster: A3`"), errors.get(0).format());
        assertFalse(Files.exists(dir.resolve("site/index.html")), "nothing is written");
    }

    @Test
    void a3GivesALongCharterRoomOnOneSheet() throws IOException {
        assertFalse(build(warwickshireWithLongCommunicate(20, false)).succeeded(), "too long for A4");

        TestProjects.deleteTree(dir);
        BuildResult result = build(warwickshireWithLongCommunicate(20, true));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        Path poster = dir.resolve("site/warwickshire/charter-poster.pdf");
        try (PDDocument pdf = PdfChecks.open(poster)) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals(297, Math.round(pdf.getPage(0).getMediaBox().getWidth() / 72 * 25.4));
            assertEquals(420, Math.round(pdf.getPage(0).getMediaBox().getHeight() / 72 * 25.4));
        }
        assertTrue(PdfChecks.text(poster).contains("test commitment 20: meet families where they are"));
        String link = org.jsoup.Jsoup.parse(dir.resolve("site/warwickshire/charter/index.html").toFile(), "UTF-8")
                .selectFirst(".downloads a[href$=charter-poster.pdf]").text();
        assertTrue(link.startsWith("Download the charter as a one-page A3 poster"), link);
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return lines.indexOf(text) + 1;
    }
}

package org.charterkit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.charterkit.TestProjects;
import org.charterkit.model.TextDirection;
import org.charterkit.shapes.ShapeProjects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A charter written right to left: the Urdu area ({@code language: ur}, Bradford) built beside an English one
 * (Tameside). Its pages say {@code dir="rtl"} and {@code lang="ur"}, the stylesheet mirrors by itself, the
 * Arabic-script font is shipped and used, and its PDFs give the Urdu back from the text layer in the order it
 * was written, with the font embedded, and meet PDF/UA-1 and PDF/A-3a. The English area is untouched.
 */
class RightToLeftTest {

    @TempDir
    static Path dir;

    static Path site;
    static Path project;

    @BeforeAll
    static void build() {
        project = TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.copyTree(ShapeProjects.FIXTURES.resolve("tameside/charters"), project.resolve("charters"));
        ShapeProjects.withUrdu(project);
        site = dir.resolve("site");
        ShapeProjects.build(project, site);
    }

    private static Document page(String path) {
        try {
            return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> htmlPages(String area) {
        try (Stream<Path> walk = Files.walk(site.resolve(area))) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void languagesRunTheWayTheirScriptIsWritten() {
        for (String tag : List.of("ur", "ar", "fa", "ps", "he", "pa-Arab", "ur-PK")) {
            assertEquals(TextDirection.RTL, TextDirection.of(tag), tag);
        }
        for (String tag : List.of("en-GB", "cy", "pl", "ro", "pa", "bn", "", "uk")) {
            assertEquals(TextDirection.LTR, TextDirection.of(tag), tag);
        }
        assertEquals("rtl", TextDirection.of("ur").attribute());
    }

    @Test
    void everyUrduPageIsMarkedRightToLeftAndEveryEnglishPageIsNot() {
        List<Path> urdu = htmlPages(ShapeProjects.URDU);
        assertTrue(urdu.size() >= 10, urdu.toString());
        for (Path file : urdu) {
            Document page = page(site.relativize(file).toString());
            assertEquals("rtl", page.selectFirst("html").attr("dir"), file.toString());
            assertEquals("ur", page.selectFirst("html").attr("lang"), file.toString());
        }
        for (Path file : htmlPages("tameside")) {
            Document page = page(site.relativize(file).toString());
            assertFalse(page.selectFirst("html").hasAttr("dir"), file + " is English, written left to right");
            assertEquals("en-GB", page.selectFirst("html").attr("lang"), file.toString());
        }
        // The shared pages speak English.
        assertFalse(page("index.html").selectFirst("html").hasAttr("dir"));
    }

    @Test
    void theUrduCharterPageHasItsWordsInItsOwnNames() {
        Document charter = page("bradford/charter/index.html");
        assertEquals("بریڈفورڈ کا مل کر کام کرنے کا چارٹر", charter.selectFirst("h1").text());
        List<String> headings = charter.select("main h2").eachText();
        assertTrue(headings.containsAll(List.of("خوش آمدید اور خیال", "قدر اور شمولیت", "بات چیت", "شراکت میں کام")),
                headings.toString());
        assertTrue(charter.select("main li").eachText().contains("آسان زبان میں لکھیں گے"));
        // Anchors stay plain ASCII addresses, one each, though the headings have no Latin letters.
        List<String> ids = charter.select("[id]").eachAttr("id");
        assertEquals(ids.size(), new TreeSet<>(ids).size(), "every id once: " + ids);
        assertTrue(ids.stream().allMatch(id -> id.matches("[a-z0-9-]+")), ids.toString());
    }

    @Test
    void englishThemeWordsOnAnUrduPageKeepTheirOwnOrder() {
        // The theme has no Urdu words yet: its English ones are isolated left to right, so a full stop ends them.
        String home = page("bradford/index.html").select("main").text();
        assertTrue(home.contains("\u2066"), "an English theme word is isolated");
        assertFalse(page("tameside/index.html").html().contains("\u2066"), "not on an English page");
    }

    /** Sides written as left and right in the stylesheet do not mirror; logical ones (inline-start/end) do. */
    @Test
    void theStylesheetMirrorsByItself() throws IOException {
        String css = Files.readString(site.resolve("assets/charterkit.css"), StandardCharsets.UTF_8)
                .replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> physical = new ArrayList<>();
        Matcher sides = Pattern.compile("(?:margin|padding|border)-(?:left|right)\\s*:|(?<![-\\w])(?:left|right)\\s*:"
                + "|text-align\\s*:\\s*(?:left|right)|float\\s*:\\s*(?:left|right)").matcher(css);
        while (sides.find()) {
            int lineStart = css.lastIndexOf('\n', sides.start()) + 1;
            physical.add(css.substring(lineStart, css.indexOf('\n', sides.start())).strip());
        }
        // The physical sides left: the Trust circle's centring (left: 50% and back by half), the same either way,
        // and the breadcrumb's drawn chevron, turned the other way on a right-to-left page.
        assertEquals(List.of(), physical.stream().filter(l -> !l.contains("left: 50%; transform: translate(-50%"))
                .filter(l -> !l.contains("border-right: 2px solid var(--muted); transform: rotate(45deg)")).toList());
        assertTrue(css.contains("margin-inline-start: auto"), "the search form still goes to the end of the header");
        assertTrue(css.contains("border-inline-start: 4px solid var(--accent)"));
        assertTrue(css.contains("[dir=\"rtl\"] .breadcrumbs li + li::before { transform: rotate(-135deg); }"),
                "the breadcrumb's separator points the way an Urdu trail reads");
        assertTrue(css.contains("[dir=\"rtl\"] time { unicode-bidi: plaintext; }"), "a date keeps its order");
    }

    @Test
    void theArabicScriptFontIsShippedWithItsLicenceAndLoadedOnlyForItsLetters() throws IOException {
        String css = Files.readString(site.resolve("assets/charterkit.css"), StandardCharsets.UTF_8);
        Matcher face = Pattern.compile("@font-face \\{[^}]*font-family: \"Noto Naskh Arabic\";[^}]*src: url\\(\"([^\"]+)\"\\)"
                + "[^}]*unicode-range: U\\+0600-06FF[^}]*}").matcher(css);
        int faces = 0;
        while (face.find()) {
            assertTrue(Files.size(site.resolve("assets").resolve(face.group(1))) > 100_000, face.group(1));
            faces++;
        }
        assertEquals(2, faces, "regular and bold");
        assertTrue(css.contains("font-family: \"Atkinson Hyperlegible Next\", \"Noto Naskh Arabic\""));
        assertTrue(Files.readString(site.resolve("assets/fonts/OFL-noto-naskh-arabic.txt"))
                .contains("SIL Open Font License, Version 1.1"));
        assertTrue(Files.readString(project.resolve("themes/default/print/fonts/right-to-left/OFL-noto-naskh-arabic.txt"))
                .contains("SIL Open Font License, Version 1.1"));
    }

    @Test
    void theUrduPdfGivesItsWordsBackInTheOrderTheyWereWritten() {
        List<String> lines = PdfChecks.lines(site.resolve("bradford/charter.pdf"));
        for (String written : List.of("بریڈفورڈ کا مل کر کام کرنے کا چارٹر", "خوش آمدید اور خیال", "آسان زبان میں لکھیں گے",
                "لوگوں کو بتائیں گے کہ ان کی رائے سے کیا بدلا", "فیصلے مل کر کریں گے اور ان کی وجہ بتائیں گے", "عائشہ خان")) {
            assertTrue(lines.contains(written), written + " in " + lines);
        }
        String poster = PdfChecks.text(site.resolve("bradford/charter-poster.pdf"));
        assertTrue(poster.contains("شروع سے ہی مل کر کام کی منصوبہ بندی"), poster);
    }

    @Test
    void theUrduPdfsEmbedTheArabicScriptFontAndTheEnglishOnesDoNot() {
        for (String pdf : List.of("bradford/charter.pdf", "bradford/charter-poster.pdf")) {
            Set<String> fonts = PdfChecks.fonts(site.resolve(pdf));
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+NotoNaskhArabic-Regular")), pdf + " " + fonts);
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+NotoNaskhArabic-Bold")), pdf + " " + fonts);
        }
        Set<String> english = PdfChecks.fonts(site.resolve("tameside/charter.pdf"));
        assertTrue(english.stream().noneMatch(f -> f.contains("Naskh")), english.toString());
    }

    @Test
    void theUrduPdfsMeetPdfUa1AndPdfA3a() {
        List<String> failures = new ArrayList<>();
        for (String pdf : List.of("bradford/charter.pdf", "bradford/charter-poster.pdf")) {
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
                PdfChecks.failedRules(site.resolve(pdf), flavour).forEach(f -> failures.add(pdf + " " + flavour
                        + ": " + f));
            }
        }
        assertEquals(List.of(), failures);
    }

    /** An English charter with an Urdu translation beside it ({@code charter.ur.md}): the translation's pages and
     * PDF turn right to left, the English ones stay as they are. */
    @Test
    void anUrduTranslationTurnsItsOwnPagesRightToLeft(@TempDir Path other) {
        Path translated = TestProjects.emptyProject(other.resolve("project"));
        TestProjects.copyTree(ShapeProjects.FIXTURES.resolve("kirklees/charters"), translated.resolve("charters"));
        Path out = other.resolve("site");
        ShapeProjects.build(translated, out);
        Document urdu = parse(out.resolve("kirklees/ur/charter/index.html"));
        assertEquals("rtl", urdu.selectFirst("html").attr("dir"));
        assertEquals("ur", urdu.selectFirst("html").attr("lang"));
        Document english = parse(out.resolve("kirklees/charter/index.html"));
        assertFalse(english.selectFirst("html").hasAttr("dir"));
        assertTrue(PdfChecks.lines(out.resolve("kirklees/ur/charter.pdf")).contains("آسان زبان میں لکھیں گے"));
        assertTrue(PdfChecks.fonts(out.resolve("kirklees/ur/charter.pdf")).stream().anyMatch(f -> f.contains("NotoNaskhArabic")));
        assertTrue(PdfChecks.fonts(out.resolve("kirklees/charter.pdf")).stream().noneMatch(f -> f.contains("Naskh")));
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font the pages use, by its name in the PDF; each must be embedded. */
}

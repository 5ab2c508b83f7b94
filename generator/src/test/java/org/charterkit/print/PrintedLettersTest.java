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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Welsh letters reach paper and the text layer exactly as written: the print fonts (Atkinson Hyperlegible
 * Next) draw ŵ and ŷ, where the older Atkinson Hyperlegible printed "#". So do the ticks, arrows, pasted bullets
 * and emoji of a charter written on a phone or pasted from slides, and Ukrainian words, from the theme's fallback
 * fonts, on paper and on the web. (A letter no font draws is refused by the check: the check fixture
 * {@code bengali-letters-cannot-be-printed}.)
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

    /** What the young people's charter of the fixture writes, as it writes it. */
    private static final List<String> WRITTEN = List.of("Testshire Young People's Charter 🤝",
            "pasted from our slides 💬 → now on the web", "✓ say hello and use your name 😊",
            "make sure you feel at home ❤️ before we start", "never leave anyone out 👋🏽",
            "ask who is missing ● ▪ ◦ every time", "use the ﬁrst name you give us, so no‑one is left out",
            "tell you what happened next ⇒ every time ✔", "tick ☑ what we did and cross ✗ what we did not",
            "plan together from the start 🎉");

    @Test
    void ticksArrowsBulletsAndEmojiPrintAsWrittenInTheFallbackFonts() {
        Path site = buildFixture("symbols-and-emoji-print-fine");
        String text = PdfChecks.textAsShown(site.resolve("testshire/charter.pdf"));
        for (String words : WRITTEN) {
            assertTrue(text.contains(printed(words)), "the booklet lost \"" + words + "\": " + text);
        }
        assertFalse(text.contains("#"), "a letter no font drew: " + text);
        // The running footer names the charter, emoji and all.
        assertTrue(text.contains("Testshire Young People's Charter 🤝 Version 1.0 Page 2 of 2"), text);
        String poster = PdfChecks.textAsShown(site.resolve("testshire/charter-poster.pdf"));
        assertTrue(poster.contains("✓ say hello and use your name 😊"), poster);
        assertFalse(poster.contains("#"), "a letter no font drew: " + poster);
        for (String pdf : List.of("testshire/charter.pdf", "testshire/charter-poster.pdf")) {
            Set<String> fonts = PdfChecks.fonts(site.resolve(pdf));
            for (String family : List.of("NotoEmoji-Regular", "NotoSansSymbols2-Regular")) {
                assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+" + family)), pdf + ": " + fonts);
            }
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_A)) {
                assertEquals(List.of(), PdfChecks.failedRules(site.resolve(pdf), flavour), pdf + " " + flavour);
            }
        }
    }

    /**
     * The words as PDFBox reads them back from the page: the "fi" ligature as its two letters (the PDF maps the
     * glyph to U+FB01; PDFBox's reader splits presentation forms), and an emoji with a skin tone as the emoji
     * alone (the one-colour emoji font draws one hand for both, and maps it to the emoji without the tone).
     */
    private static String printed(String words) {
        return words.replace("ﬁ", "fi").replace("🏽", "");
    }

    /**
     * Ukrainian words and a Ukrainian name print as written, from Noto Sans (regular, and bold where the page is
     * bold), in an English charter: families who speak Ukrainian are welcomed in their own words.
     */
    @Test
    void cyrillicLettersPrintAsWrittenInNotoSans() {
        Path site = buildFixture("cyrillic-letters-print-fine");
        for (String pdf : List.of("testshire/charter.pdf", "testshire/charter-poster.pdf")) {
            String text = PdfChecks.textAsShown(site.resolve(pdf));
            // Word by word: on the poster the name wraps in its narrow column.
            for (String words : List.of("«Ласкаво", "просимо»", "Олена", "Коваленко")) {
                assertTrue(text.contains(words), pdf + " lost \"" + words + "\": " + text);
            }
            assertFalse(text.contains("#"), "a letter no font drew: " + text);
            Set<String> fonts = PdfChecks.fonts(site.resolve(pdf));
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+NotoSans-Regular")), pdf + ": " + fonts);
            assertEquals(List.of(), PdfChecks.failedRules(site.resolve(pdf), PDFAFlavour.PDFUA_1), pdf);
        }
        assertTrue(PdfChecks.fonts(site.resolve("testshire/charter-poster.pdf")).stream()
                .anyMatch(f -> f.endsWith("+NotoSans-Bold")), "the signatory's name, bold on the poster");
    }

    /**
     * A translation into Ukrainian prints in Noto Sans, its headings bold; its pages, whose theme words are
     * English (the theme does not speak Ukrainian), give their dates in English too, not "15 січень 2025" inside
     * an English sentence.
     */
    @Test
    void aUkrainianTranslationPrintsAndItsDatesAgreeWithTheWordsAroundThem() throws IOException {
        Path site = buildFixture("cyrillic-letters-print-fine");
        String text = PdfChecks.textAsShown(site.resolve("testshire/uk/charter.pdf"));
        for (String words : List.of("Гостинність і турбота", "Ми будемо:", "створювати привітний і турботливий простір")) {
            assertTrue(text.contains(words), "the Ukrainian booklet lost \"" + words + "\": " + text);
        }
        assertTrue(PdfChecks.fonts(site.resolve("testshire/uk/charter.pdf")).stream()
                .anyMatch(f -> f.endsWith("+NotoSans-Bold")), "the headings, bold");
        Document page = Jsoup.parse(site.resolve("testshire/uk/charter/index.html").toFile(), "UTF-8");
        String facts = page.select("main").text();
        assertTrue(facts.contains("Adopted on 15 January 2025"), facts);
        assertFalse(facts.contains("січень"), facts);
    }

    @Test
    void aCharterWithoutSuchLettersEmbedsOnlyItsOwnFont() {
        Path site = buildFixture("welsh-letters-print-fine");
        for (String pdf : List.of("testshire/charter.pdf", "testshire/charter-poster.pdf")) {
            Set<String> fonts = PdfChecks.fonts(site.resolve(pdf));
            assertTrue(fonts.stream().allMatch(f -> f.contains("+AtkinsonHyperlegibleNext-")), pdf + ": " + fonts);
        }
    }

    /**
     * On the web each such letter has a font the site ships: an {@code @font-face} of a family in the page's font
     * list whose {@code unicode-range} holds it and whose file draws it, so it does not depend on the reader's
     * device.
     */
    @Test
    void theWebPagesShipAFontThatDrawsEachSuchLetter() throws IOException {
        Path site = buildFixture("symbols-and-emoji-print-fine");
        Document page = Jsoup.parse(site.resolve("testshire/charter/index.html").toFile(), "UTF-8");
        String shown = page.body().text();
        for (String words : WRITTEN.subList(1, WRITTEN.size())) {
            assertTrue(shown.contains(words), "the page lost \"" + words + "\"");
        }
        String css = Files.readString(site.resolve("assets/charterkit.css"), StandardCharsets.UTF_8);
        Matcher body = Pattern.compile("\\nbody \\{[^}]*font-family: ([^;]+);").matcher(css);
        assertTrue(body.find(), "the page's font list");
        List<String> pageFamilies = Arrays.stream(body.group(1).split(","))
                .map(f -> f.strip().replace("\"", "")).toList();
        List<FontFace> faces = new ArrayList<>();
        Matcher face = Pattern.compile("@font-face \\{[^}]*font-family: \"([^\"]+)\";[^}]*url\\(\"([^\"]+)\"\\)[^}]*\\}")
                .matcher(css);
        while (face.find()) {
            faces.add(new FontFace(face.group(1), site.resolve("assets").resolve(face.group(2)), face.group(0)));
        }
        Set<Integer> symbols = new TreeSet<>();
        String written = String.join(" ", WRITTEN);
        written.codePoints().filter(c -> c > 0x7F && Character.getType(c) != Character.NON_SPACING_MARK
                && Character.getType(c) != Character.FORMAT && c != 0x2019).forEach(symbols::add);
        for (int symbol : symbols) {
            FontFace drawing = null;
            for (String family : pageFamilies) {
                drawing = faces.stream().filter(f -> f.family().equals(family) && f.holds(symbol) && f.draws(symbol))
                        .findFirst().orElse(null);
                if (drawing != null) {
                    break;
                }
            }
            assertTrue(drawing != null, String.format("no shipped font in the page's list draws U+%04X %s",
                    symbol, new String(Character.toChars(symbol))));
        }
    }

    /** One {@code @font-face} of the site's stylesheet. */
    private record FontFace(String family, Path file, String rule) {

        /** Whether the rule's unicode-range holds the letter (a rule without one holds every letter). */
        boolean holds(int letter) {
            Matcher range = Pattern.compile("unicode-range:([^;]+);").matcher(rule);
            if (!range.find()) {
                return true;
            }
            for (String part : range.group(1).split(",")) {
                String[] ends = part.strip().substring(2).split("-");
                int from = Integer.parseInt(ends[0], 16);
                int to = ends.length > 1 ? Integer.parseInt(ends[1], 16) : from;
                if (letter >= from && letter <= to) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the font file's own character map has the letter. */
        boolean draws(int letter) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                return font.getUnicodeCmapLookup(false).getGlyphId(letter) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(file.toString(), e);
            }
        }
    }

    private Path buildFixture(String fixture) {
        Path project = TestProjects.emptyProject(dir.resolve(fixture + "-project"));
        TestProjects.copyTree(Path.of("src/test/resources/check-fixtures", fixture, "charters"),
                project.resolve("charters"));
        Path site = dir.resolve(fixture + "-site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, site).on(TestProjects.BUILD_DAY));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        return site;
    }
}

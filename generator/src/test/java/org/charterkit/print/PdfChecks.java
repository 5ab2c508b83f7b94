package org.charterkit.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reading printed charters back: veraPDF for the standards, PDFBox for the words a reader gets. */
final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** The rules a PDF breaks under a standard, one line each; empty when it complies. */
    static List<String> failedRules(Path pdf, PDFAFlavour flavour) {
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                            + a.getMessage() + " at " + a.getLocation().getContext())
                    .distinct().toList();
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not read " + pdf + ": " + e, e);
        }
    }

    /** The names of the fonts a PDF's pages use, each checked to be embedded as a Type 0 (CID) font. */
    static Set<String> fonts(Path pdf) {
        Set<String> names = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded() || !(font instanceof PDType0Font)) {
                        throw new AssertionError(font.getName() + " is not embedded as a CID font in " + pdf);
                    }
                    names.add(font.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The text a screen reader or a copy-and-paste gets, with runs of white space made single spaces. */
    static String text(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text in the order it is shown on the page, line by line, with runs of white space made single spaces.
     * openhtmltopdf draws the words of a line in another font (bold, an emoji) after the rest of the line, so in
     * content order they come at its end; the tags give a screen reader the written order, and this gives it too.
     */
    static String textAsShown(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as lines, as PDFBox reads them in content order: what copy-and-paste and a screen reader get. */
    static List<String> lines(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One run of text as printed: its words and its size in points on the page. */
    record Run(int page, String text, float points) {
    }

    /**
     * Every run of text with the size it is drawn at: the height of its glyphs in page units (points), from the
     * text rendering matrix (font size × text matrix × current transformation), so a shrunk page counts too.
     */
    static List<Run> runs(Path pdf) {
        List<Run> runs = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    float smallest = Float.MAX_VALUE;
                    for (var position : positions) {
                        if (!position.getUnicode().isBlank()) {
                            smallest = Math.min(smallest, Math.abs(position.getTextMatrix().getScalingFactorY()));
                        }
                    }
                    if (smallest != Float.MAX_VALUE) {
                        runs.add(new Run(getCurrentPageNo(), text, smallest));
                    }
                }
            };
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return runs;
    }

    /**
     * Where on each page text stands: for each page, the top of its first line and the bottom of its last, in
     * points from the top of the page, and the page's height.
     */
    record TextSpan(int page, float top, float bottom, float height) {
        /** The share of the page's height below the last line of text. */
        float blankBelow(float bottomMargin) {
            return (height - bottomMargin - bottom) / height;
        }
    }

    /**
     * The span of body text on each page, leaving out the running footer: text in the bottom {@code footer}
     * points of the page.
     */
    static List<TextSpan> spans(Path pdf, float footer) {
        List<TextSpan> spans = new java.util.ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                float height = doc.getPage(page - 1).getMediaBox().getHeight();
                float[] span = {Float.MAX_VALUE, 0};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                        for (var position : positions) {
                            float bottom = position.getYDirAdj();
                            if (bottom < height - footer && !position.getUnicode().isBlank()) {
                                span[0] = Math.min(span[0], bottom - position.getHeightDir());
                                span[1] = Math.max(span[1], bottom);
                            }
                        }
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(doc);
                spans.add(new TextSpan(page, span[0], span[1], height));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }

    /** The text of one page only. */
    static String pageText(Path pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws page 1 to a PNG under {@code target/print-renders/}, for a person to look at, and returns it; fails
     * when the page is blank.
     */
    static Path renderFirstPage(Path pdf, String name) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(doc)
                    .renderImageWithDPI(0, 60);
            int dark = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                        dark++;
                    }
                }
            }
            if (dark < 500) {
                throw new AssertionError(pdf + " page 1 is blank");
            }
            Path png = Path.of("target/print-renders").resolve(name + ".png");
            Files.createDirectories(png.getParent());
            javax.imageio.ImageIO.write(image, "png", png.toFile());
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PDDocument open(Path pdf) {
        try {
            return Loader.loadPDF(pdf.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The printed charters Charterkit made in {@code site}; not an area's own files in its {@code assets/}. */
    static List<Path> pdfs(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".pdf"))
                    .filter(p -> !site.relativize(p).toString().replace('\\', '/').contains("/assets/")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.charterkit.render;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.charterkit.load.PrintFontsReader;
import org.charterkit.model.PrintFonts;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;

/**
 * Turns the finished HTML of a print template into a tagged PDF: PDF/UA-1 (tags, title, language, bookmarks,
 * real text) and PDF/A-3a (archival, every font embedded), so a screen-reader user gets the same charter as
 * everyone else and the file can go into inspection evidence.
 *
 * <p>openhtmltopdf stamps each PDF with the clock; we replace those dates with the charter's own and derive the
 * file identifier from the content, so the same charter always prints to the same bytes.
 */
final class PdfPrinter {

    /** One embedded font face, read once: every PDF embeds a subset of it. */
    private record FontFace(String family, int weight, FontStyle style, byte[] bytes) {
    }

    private final List<FontFace> fonts;
    private final Path fontFolder;
    /** What the main fonts draw, read at the first print (a build without PDFs never needs it). */
    private PrintFonts mainFonts;
    private final String printFolderUri;
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /**
     * @param printFolder the theme's {@code print/} folder: its {@code fonts/*.ttf} and
     *                    {@code fonts/right-to-left/*.ttf} and {@code fonts/fallback/*.ttf}, named
     *                    {@code family-name-WEIGHT-STYLE.ttf}, are embedded where the stylesheet uses them; its
     *                    files are what print templates may link to
     */
    PdfPrinter(Path printFolder) {
        this.printFolderUri = printFolder.toAbsolutePath().toUri().toString();
        this.fontFolder = printFolder.resolve("fonts");
        List<FontFace> faces = new ArrayList<>(readFonts(fontFolder));
        // The fonts of other scripts, named only by the right-to-left rules of the print stylesheet.
        faces.addAll(readFonts(fontFolder.resolve("right-to-left")));
        // The fonts of symbols and emoji, named only by the rule for the spans FallbackLetters makes.
        faces.addAll(readFonts(fontFolder.resolve("fallback")));
        this.fonts = List.copyOf(faces);
        // openhtmltopdf logs every step to standard error; what matters reaches us through its diagnostics.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    /** What the main fonts draw (not the fallback's): letters outside it are set in the fallback fonts. */
    private synchronized PrintFonts mainFonts() {
        if (mainFonts == null) {
            PrintFontsReader reader = new PrintFontsReader();
            mainFonts = reader.read(fontFolder).with(reader.read(fontFolder.resolve("right-to-left")));
        }
        return mainFonts;
    }

    /**
     * Whether the main fonts draw every letter of {@code text}. Text the templates place in a page's margin (the
     * running footer's charter name) is not in the document, so FallbackLetters cannot mark it: the template
     * names the fallback fonts there itself when this is false.
     */
    boolean drawsAll(String text) {
        return FallbackLetters.allCovered(text, mainFonts());
    }

    /** The address print templates resolve relative links against: the theme's print folder. */
    String baseUri() {
        return printFolderUri;
    }

    boolean hasFonts() {
        return !fonts.isEmpty();
    }

    /**
     * How the HTML lays out, without writing a PDF: the number of pages and the height of each element whose
     * id starts with {@code idPrefix}, in the order they appear.
     */
    Layout layout(String html, String images, String idPrefix) {
        try (PdfBoxRenderer renderer = builder(html, images, message -> { }).buildPdfRenderer()) {
            renderer.layout();
            List<Measured> measured = new ArrayList<>();
            visit(renderer.getRootBox(), box -> {
                String id = box.getElement() == null ? "" : box.getElement().getAttribute("id");
                if (id.startsWith(idPrefix) && measured.stream().noneMatch(m -> m.id().equals(id))) {
                    measured.add(new Measured(id, box.getHeight()));
                }
            });
            return new Layout(renderer.getRootBox().getLayer().getPages().size(), measured);
        }
    }

    /** What a layout found: the pages it takes and the measured elements. */
    record Layout(int pages, List<Measured> elements) {
    }

    /** One element of a layout, by id, with its height in the renderer's units. */
    record Measured(String id, int height) {
    }

    /**
     * Prints the HTML.
     *
     * @param images   the address of the area's folder, which the charter's image paths are relative to
     * @param adopted  the day the charter was adopted, which becomes the PDF's date; none for a draft
     * @param problems receives what openhtmltopdf could not do (a missing glyph, an unreadable image)
     */
    byte[] print(String html, String images, Optional<Calendar> adopted, Consumer<String> problems) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder(html, images, problems).buildPdfRenderer();
                PDDocument pdf = renderer.createPDFKeepOpen()) {
            fixDates(pdf, adopted);
            // The HTML names the theme by its absolute address, which differs from one checkout to the next; the
            // identifier must not, so it is derived from the HTML with that address taken out.
            byte[] id = identifier(html.replace(printFolderUri, "print/"));
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private PdfRendererBuilder builder(String html, String images, Consumer<String> problems) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html, printFolderUri);
        FallbackLetters.mark(parsed, mainFonts());
        // A charter's images are written relative to its area's folder (the check has kept them inside it).
        for (Element image : parsed.select("img[src]")) {
            if (!image.attr("src").matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
                image.attr("src", images + image.attr("src"));
            }
        }
        // openhtmltopdf reads bookmarks from the head only; an HTML parser moves unknown elements to the body.
        Element bookmarks = parsed.selectFirst("bookmarks");
        if (bookmarks != null) {
            parsed.head().appendChild(bookmarks);
        }
        // A link to another page of the site has no address on paper, and would point into the build folder:
        // its words stay, the link goes. Links to the web and to email keep a title, which PDF/UA asks for.
        for (Element link : parsed.select("a[href]")) {
            if (link.attr("href").matches("(?i)(https?:|mailto:).*")) {
                link.attr("title", link.hasAttr("title") ? link.attr("title") : link.text());
            } else if (!link.attr("href").startsWith("#")) {
                link.unwrap();
            }
        }
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withW3cDocument(W3CDom.convert(parsed), printFolderUri);
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
        builder.useColorProfile(colourProfile);
        builder.withProducer("Charterkit");
        builder.useFastMode();
        // A charter in Urdu or Arabic: ICU orders each line by the Unicode bidi algorithm (English words and
        // numbers inside keep their own order) and joins the letters into their shapes, which openhtmltopdf
        // cannot do alone. The text layer keeps the letters in the order they were written. Only there: a
        // left-to-right charter cannot hold such letters (the check refuses them), and is printed as before.
        Element root = parsed.selectFirst("html");
        if (root != null && "rtl".equalsIgnoreCase(root.attr("dir"))) {
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        }
        // The Easy Read PDF's pictures are SVG; the other printed charters have none, so this costs them nothing.
        builder.useSVGDrawer(new com.openhtmltopdf.svgsupport.BatikSVGDrawer());
        for (FontFace font : fonts) {
            builder.useFont(() -> new ByteArrayInputStream(font.bytes()), font.family(), font.weight(),
                    font.style(), true);
        }
        // Nothing leaves the machine: only files on disk (the theme, the area's own images) may be read.
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("file:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
                problems.accept(d.getFormattedMessage());
            }
        });
        return builder;
    }

    /**
     * Every box under {@code box}. Inline blocks sit in their line's content, not among a block's children, so
     * those are walked too. (openhtmltopdf's own walker fails on a block whose inline content is unset.)
     */
    private static void visit(com.openhtmltopdf.render.Box box, Consumer<com.openhtmltopdf.render.Box> visitor) {
        visitor.accept(box);
        for (com.openhtmltopdf.render.Box child : box.getChildren()) {
            visit(child, visitor);
        }
        if (box instanceof com.openhtmltopdf.render.BlockBox block && block.getInlineContent() != null) {
            for (Object inline : block.getInlineContent()) {
                if (inline instanceof com.openhtmltopdf.render.Box child) {
                    visit(child, visitor);
                }
            }
        }
        if (box instanceof com.openhtmltopdf.render.InlineLayoutBox line) {
            for (int i = 0; i < line.getInlineChildCount(); i++) {
                if (line.getInlineChild(i) instanceof com.openhtmltopdf.render.Box child) {
                    visit(child, visitor);
                }
            }
        }
    }

    /** Replaces the clock's dates with the adoption date, in the document information and in its XMP twin. */
    private static void fixDates(PDDocument pdf, Optional<Calendar> adopted) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(adopted.orElse(null));
        info.setModificationDate(adopted.orElse(null));
        PDMetadata stream = pdf.getDocumentCatalog().getMetadata();
        if (stream == null) {
            return;
        }
        try {
            XMPMetadata xmp = new DomXmpParser().parse(stream.toByteArray());
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic != null) {
                if (adopted.isPresent()) {
                    basic.setCreateDate(adopted.get());
                    basic.setModifyDate(adopted.get());
                } else {
                    basic.removeProperty(basic.getProperty("CreateDate"));
                    basic.removeProperty(basic.getProperty("ModifyDate"));
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, bytes, true);
            String text = bytes.toString(StandardCharsets.UTF_8)
                    .replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
            stream.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
        } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
            throw new IOException("the PDF's own metadata could not be rewritten: " + e.getMessage(), e);
        }
    }

    /** How many pages a printed PDF has: a poster too long for one side has two. */
    static int pages(byte[] pdf) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Midday UTC on the day, so that the date reads the same in every time zone. */
    static Calendar calendarOf(java.time.LocalDate day) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.UK);
        calendar.clear();
        calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 12, 0, 0);
        return calendar;
    }

    private static byte[] identifier(String html) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256")
                    .digest(html.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static List<FontFace> readFonts(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<FontFace> faces = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".ttf")).sorted().toList()) {
                // atkinson-hyperlegible-next-700-italic.ttf: the family's words, then weight, then style.
                String[] parts = file.getFileName().toString().replace(".ttf", "").split("-");
                if (parts.length < 3 || !parts[parts.length - 2].matches("[1-9]00")) {
                    continue;
                }
                String family = String.join(" ", Arrays.stream(parts, 0, parts.length - 2)
                        .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList());
                FontStyle style = parts[parts.length - 1].equals("italic") ? FontStyle.ITALIC : FontStyle.NORMAL;
                faces.add(new FontFace(family, Integer.parseInt(parts[parts.length - 2]), style,
                        Files.readAllBytes(file)));
            }
            return List.copyOf(faces);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

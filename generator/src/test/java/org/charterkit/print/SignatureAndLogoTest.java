package org.charterkit.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A charter that supplies signature images and a logo (with consent) shows them, described, on paper and online. */
class SignatureAndLogoTest {

    @TempDir
    Path dir;

    @Test
    void signaturesAndLogosAppearWithTheirAltText() throws IOException {
        Path root = TestProjects.copyOfRealProject(dir.resolve("project"));
        Path area = root.resolve("charters/warwickshire");
        Files.createDirectories(area.resolve("assets/signatures"));
        Files.write(area.resolve("assets/signatures/nigel-miles.png"), png(120, 40));
        Files.write(area.resolve("assets/wcc-logo.png"), png(80, 80));
        Files.write(area.resolve("assets/voices-day.png"), png(160, 90));
        Path charter = area.resolve("charter.md");
        Files.writeString(charter, Files.readString(charter)
                .replace("version: \"1.0.1\"", "version: \"1.1\"")
                .replace("adopted: 2022-11-01", "adopted: 2025-06-01")
                .replace("review-by: 2024-11-01", "review-by: 2027-06-01")
                .replace("    short: WCC\n", "    short: WCC\n    logo: assets/wcc-logo.png\n"
                        + "    logo-alt: Warwickshire County Council logo\n    logo-consent: true\n")
                .replace("  - name: Nigel Miles\n    partner: wcc\n", "  - name: Nigel Miles\n    partner: wcc\n"
                        + "    signature: assets/signatures/nigel-miles.png\n    signature-alt: Signed by Nigel Miles\n")
                + "\n![Parents and officers at the VOICES day](assets/voices-day.png)\n");
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(root, site).on(TestProjects.BUILD_DAY));
        assertTrue(result.succeeded(), result.diagnostics().toString());

        Path booklet = site.resolve("warwickshire/charter.pdf");
        assertEquals(List.of(), PdfChecks.failedRules(booklet, PDFAFlavour.PDFUA_1), "images carry alt text");
        try (PDDocument pdf = PdfChecks.open(booklet)) {
            int images = 0;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertEquals(3, images, "the signature, the logo and the photo in the text");
        }

        // The poster shows the signature in place of a line to sign on, and the consented logo, both described.
        Path poster = site.resolve("warwickshire/charter-poster.pdf");
        assertEquals(List.of(), PdfChecks.failedRules(poster, PDFAFlavour.PDFUA_1), "poster images carry alt text");
        try (PDDocument pdf = PdfChecks.open(poster)) {
            int images = 0;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            assertEquals(2, images, "the signature and the logo, on " + pdf.getNumberOfPages() + " pages");
        }

        Element logo = Jsoup.parse(site.resolve("warwickshire/charter/index.html").toFile(), "UTF-8")
                .selectFirst(".partner-logos img");
        assertNotNull(logo, "the logo is shown with the signatories");
        assertEquals("Warwickshire County Council logo", logo.attr("alt"));
        assertTrue(Files.isRegularFile(site.resolve("warwickshire/charter/").resolve(logo.attr("src")).normalize()),
                logo.attr("src") + " is published beside the pages");

        // An image in the charter's text reaches the area's assets from every page that shows it.
        for (String page : List.of("warwickshire/charter/index.html", "warwickshire/v/1.1/index.html")) {
            Element photo = Jsoup.parse(site.resolve(page).toFile(), "UTF-8")
                    .selectFirst("img[alt=Parents and officers at the VOICES day]");
            assertNotNull(photo, page);
            Path folder = site.resolve(page).getParent();
            assertTrue(Files.isRegularFile(folder.resolve(photo.attr("src")).normalize()), page + ": " + photo.attr("src"));
        }
    }

    /** A plain PNG of the given size, so the test needs no image files of its own. */
    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            raw.write(0);
            for (int x = 0; x < width * 3; x++) {
                raw.write(y == height / 2 ? 0 : 255);
            }
        }
        Deflater deflater = new Deflater();
        deflater.setInput(raw.toByteArray());
        deflater.finish();
        byte[] buffer = new byte[65536];
        int length = deflater.deflate(buffer);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", java.util.Arrays.copyOf(buffer, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}

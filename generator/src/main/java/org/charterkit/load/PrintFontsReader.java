package org.charterkit.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.charterkit.model.PrintFonts;

/**
 * Reads which characters the theme's print fonts draw, from each TrueType file's own character map (its cmap,
 * through PDFBox's FontBox), so the check knows before printing which letters would be lost.
 */
public final class PrintFontsReader {

    /**
     * The characters every {@code *.ttf} in {@code folder} draws. Every face must draw a character, because the
     * same letter may be printed bold in a heading and regular in a commitment.
     */
    public PrintFonts read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return PrintFonts.none();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".ttf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BitSet all = null;
        String family = "";
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                CmapLookup cmap = font.getUnicodeCmapLookup(false);
                BitSet face = new BitSet();
                if (cmap != null) {
                    for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                        List<Integer> codes = cmap.getCharCodes(glyph);
                        if (codes != null) {
                            codes.forEach(face::set);
                        }
                    }
                }
                if (all == null) {
                    all = face;
                } else {
                    all.and(face);
                }
                if (family.isEmpty() && font.getNaming() != null && font.getNaming().getFontFamily() != null) {
                    family = font.getNaming().getFontFamily();
                }
                names.add(file.getFileName().toString());
            } catch (IOException e) {
                throw new UncheckedIOException("the theme's print font " + file + " cannot be read", e);
            }
        }
        return all == null ? PrintFonts.none() : new PrintFonts(names, family, all);
    }
}

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
 * Reads which characters the theme's fonts draw, from each TrueType file's own character map (its cmap, through
 * PDFBox's FontBox), so the check knows before printing or publishing which letters would be lost.
 */
public final class PrintFontsReader {

    /**
     * The characters the {@code *.ttf} files in {@code folder} draw. Files are grouped by the family they name
     * themselves; a family draws a character when every one of its faces does, because the same letter may be
     * bold in a heading and regular in a commitment. A character is covered when one family draws it: the
     * stylesheets list every family, and the page or PDF takes each letter from the first family that has it
     * (Atkinson Hyperlegible Next for Latin letters, Noto Naskh Arabic for Urdu and Arabic).
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
        java.util.Map<String, BitSet> byFamily = new java.util.LinkedHashMap<>();
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
                String family = font.getNaming() != null && font.getNaming().getFontFamily() != null
                        ? font.getNaming().getFontFamily() : file.getFileName().toString();
                byFamily.merge(family, face, (all, one) -> {
                    all.and(one);
                    return all;
                });
                names.add(file.getFileName().toString());
            } catch (IOException e) {
                throw new UncheckedIOException("the theme's font " + file + " cannot be read", e);
            }
        }
        if (byFamily.isEmpty()) {
            return PrintFonts.none();
        }
        BitSet covered = new BitSet();
        byFamily.values().forEach(covered::or);
        return new PrintFonts(names, String.join(", ", byFamily.keySet()), covered);
    }
}

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
            Face face = face(file);
            byFamily.merge(face.family(), (BitSet) face.covered().clone(), (all, one) -> {
                all.and(one);
                return all;
            });
            names.add(file.getFileName().toString());
        }
        if (byFamily.isEmpty()) {
            return PrintFonts.none();
        }
        BitSet covered = new BitSet();
        byFamily.values().forEach(covered::or);
        return new PrintFonts(names, String.join(", ", byFamily.keySet()), covered);
    }

    /** One font file read: its bytes, the family it names and the characters it draws. */
    private record Face(byte[] bytes, String family, BitSet covered) {
    }

    /**
     * Fonts already read by this reader, by file name: the web folder holds the same files as the print folders,
     * and a file is parsed once when its bytes are the same (reading them is cheap; parsing the cmap is not).
     */
    private final java.util.Map<String, Face> read = new java.util.HashMap<>();

    private synchronized Face face(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the theme's font " + file + " cannot be read", e);
        }
        Face known = read.get(file.getFileName().toString());
        if (known != null && java.util.Arrays.equals(known.bytes(), bytes)) {
            return known;
        }
        try (TrueTypeFont font = new TTFParser().parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(bytes))) {
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            BitSet covered = new BitSet();
            if (cmap != null) {
                for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                    List<Integer> codes = cmap.getCharCodes(glyph);
                    if (codes != null) {
                        codes.forEach(covered::set);
                    }
                }
            }
            String family = font.getNaming() != null && font.getNaming().getFontFamily() != null
                    ? font.getNaming().getFontFamily() : file.getFileName().toString();
            Face face = new Face(bytes, family, covered);
            read.put(file.getFileName().toString(), face);
            return face;
        } catch (IOException e) {
            throw new UncheckedIOException("the theme's font " + file + " cannot be read", e);
        }
    }
}

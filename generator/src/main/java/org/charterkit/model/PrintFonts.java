package org.charterkit.model;

import java.util.BitSet;
import java.util.List;

/**
 * The characters a folder of the theme's fonts can draw (its print fonts, or its web fonts): a character outside
 * them would print as "#" (or not at all), or show on the web in whatever font the reader's device has, if any,
 * so the check refuses it before a page or PDF is made.
 *
 * @param faces the font files read, for the message ("atkinson-hyperlegible-next-400-normal.ttf", ...)
 * @param family the families the templates use, as the fonts name themselves, joined by commas
 *               ("Atkinson Hyperlegible Next, Noto Naskh Arabic")
 */
public record PrintFonts(List<String> faces, String family, BitSet covered) {

    public PrintFonts {
        faces = List.copyOf(faces);
        covered = (BitSet) covered.clone();
    }

    /** No fonts (a theme without print fonts prints nothing, so there is nothing to cover). */
    public static PrintFonts none() {
        return new PrintFonts(List.of(), "", new BitSet());
    }

    /** These fonts and {@code more} together: a character either draws is covered. */
    public PrintFonts with(PrintFonts more) {
        if (more.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return more;
        }
        java.util.List<String> allFaces = new java.util.ArrayList<>(faces);
        allFaces.addAll(more.faces());
        BitSet both = (BitSet) covered.clone();
        both.or(more.covered());
        return new PrintFonts(allFaces, family + ", " + more.family(), both);
    }

    public boolean isEmpty() {
        return faces.isEmpty();
    }

    /** Whether every face draws this character; white space and controls are never drawn, so always pass. */
    public boolean covers(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT || covered.get(codePoint);
    }
}

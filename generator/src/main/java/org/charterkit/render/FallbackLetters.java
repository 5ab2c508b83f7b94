package org.charterkit.render;

import java.util.ArrayList;
import java.util.List;
import org.charterkit.model.PrintFonts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Marks, in a document about to be printed, each run of letters the print fonts cannot draw: a tick, an arrow,
 * a pasted bullet, an emoji. Each run goes into a {@code <span class="fallback-letters">}, which the print
 * stylesheet sets in the theme's fallback fonts ({@code print/fonts/fallback/}).
 *
 * <p>Why a span and not one longer font list for the whole page: in openhtmltopdf a second family in an
 * element's list moves the baseline of every line it sets, so a charter without such letters would no longer
 * print exactly as before. A span touches only the lines that need it.
 */
final class FallbackLetters {

    /** The class the print stylesheet gives the fallback fonts. */
    static final String CLASS = "fallback-letters";

    private FallbackLetters() {
    }

    /**
     * Puts every run of letters {@code main} lacks in the body of {@code document} into a span of its own.
     * Joiners, variation selectors and combining marks that follow such a letter stay with it, so an emoji
     * sequence ("❤️", "👍🏽") is drawn by one font.
     */
    static void mark(Document document, PrintFonts main) {
        if (main.isEmpty()) {
            return;
        }
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && drawn(text) && !allCovered(text.getWholeText(), main)) {
                texts.add(text);
            }
        }, document.body());
        texts.forEach(text -> mark(text, main));
    }

    /** Text that is laid out: not a script's or a style's, and not already marked. */
    private static boolean drawn(TextNode text) {
        Node parent = text.parent();
        return parent instanceof Element element && !element.normalName().equals("script")
                && !element.normalName().equals("style") && !element.hasClass(CLASS);
    }

    /** Whether {@code main} draws every letter of {@code text}. */
    static boolean allCovered(String text, PrintFonts main) {
        for (int i = 0; i < text.length(); ) {
            int letter = text.codePointAt(i);
            if (!main.covers(letter)) {
                return false;
            }
            i += Character.charCount(letter);
        }
        return true;
    }

    private static void mark(TextNode text, PrintFonts main) {
        String whole = text.getWholeText();
        TextNode rest = text;
        int done = 0; // where {@code rest} starts in {@code whole}
        int i = 0;
        while (i < whole.length()) {
            int letter = whole.codePointAt(i);
            if (main.covers(letter)) {
                i += Character.charCount(letter);
                continue;
            }
            int start = i;
            int end = i + Character.charCount(letter);
            while (end < whole.length()) {
                int next = whole.codePointAt(end);
                if (main.covers(next) && !joins(next)) {
                    break;
                }
                end += Character.charCount(next);
            }
            if (start > done) {
                rest = rest.splitText(start - done);
                done = start;
            }
            TextNode marked = rest;
            if (end < whole.length()) {
                rest = marked.splitText(end - done);
            }
            marked.wrap("<span class=\"" + CLASS + "\"></span>");
            done = end;
            i = end;
        }
    }

    /** Characters drawn with the letter before them: joiners, variation selectors, combining marks. */
    private static boolean joins(int letter) {
        int type = Character.getType(letter);
        return letter == 0x200D || (letter >= 0xFE00 && letter <= 0xFE0F) || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}

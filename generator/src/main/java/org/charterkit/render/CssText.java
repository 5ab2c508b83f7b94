package org.charterkit.render;

/**
 * Text as a CSS string, for the print templates' running footers ({@code @page} margin boxes take their words
 * from {@code content}): a charter's title may hold quotes or backslashes, which would end the string early.
 */
public final class CssText {

    /** {@code text} in double quotes, with quotes, backslashes and line ends escaped. */
    public String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n', '\r' -> out.append(' ');
                // Closing the style element would end the CSS: "<" is written as its code.
                case '<' -> out.append("\\3c ");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

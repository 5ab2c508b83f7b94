package org.charterkit.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;

/**
 * The text of one source file, and the means to turn an offset in it into a line and column. A leading
 * byte-order mark is dropped (editors on Windows add one) and CRLF line ends are read like LF.
 */
final class SourceText {

    private final String path;
    private final String text;
    private final int[] lineStarts;

    private SourceText(String path, String text) {
        this.path = path;
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** Text from a string, for tests and for text already decoded. */
    static SourceText of(String path, String text) {
        return new SourceText(path, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /**
     * Decodes the bytes of a file as UTF-8, or reports where they stop being UTF-8. Charters are edited in
     * browsers and on phones; a file saved in another encoding would otherwise reach the page as mojibake.
     */
    static Optional<SourceText> decode(String path, byte[] bytes, Diagnostics out) {
        for (byte b : bytes) {
            if (b == 0) {
                out.error(Location.of(path), "this is not a text file (it looks like a picture or a program)",
                        "a charter must be plain text: save it as Markdown (.md) in UTF-8, or move it out of charters/");
                return Optional.empty();
            }
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(of(path, decoded));
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            int line = 1;
            int column = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            out.error(new Location(path, line, column), "the file is not valid UTF-8 text",
                    "save it again as UTF-8 (in most editors: Save As, then choose the UTF-8 encoding)");
            return Optional.empty();
        }
    }

    /** The offset of the first byte that is not part of valid UTF-8, as the decoder itself reports it. */
    private static int firstInvalidByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    String path() {
        return path;
    }

    String text() {
        return text;
    }

    /** The 1-based line and column of a character offset. */
    Location locate(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int index = Arrays.binarySearch(lineStarts, clamped);
        int line = index >= 0 ? index : -index - 2;
        return new Location(path, line + 1, clamped - lineStarts[line] + 1);
    }

    /** The start of a 1-based line. */
    Location line(int line) {
        return new Location(path, line, 1);
    }
}

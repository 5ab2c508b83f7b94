package org.charterkit.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;

/**
 * The text of one source file, and the means to turn an offset in it into a line and column. A leading
 * byte-order mark is dropped (editors on Windows add one), and every line end, whether CRLF (Windows), LF (Unix)
 * or a lone CR (old Mac editors, some web forms), is read as LF, so that the readers after this one meet one
 * kind of line end only and lines are counted as editors count them. The text keeps every other character, so
 * columns are those of the file.
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
        String unmarked = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new SourceText(path, unmarked.indexOf('\r') < 0 ? unmarked : unmarked.replace("\r\n", "\n")
                .replace('\r', '\n'));
    }

    /**
     * Decodes the bytes of a file as UTF-8, or reports where they stop being UTF-8. Charters are edited in
     * browsers and on phones; a file saved in another encoding would otherwise reach the page as mojibake.
     */
    static Optional<SourceText> decode(String path, byte[] bytes, Diagnostics out) {
        if (isUtf16(bytes)) {
            out.error(at(path, bytes, firstNulOrMark(bytes)), "the file is saved as UTF-16 text, not UTF-8",
                    "save it again as UTF-8 (in most editors: Save As, then choose the UTF-8 encoding)");
            return Optional.empty();
        }
        int bad = firstInvalidByte(bytes);
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            // A picture or a program: where its first byte that is not text stands, often the very first.
            out.error(at(path, bytes, Math.min(nul, bad)),
                    "this is not a text file (it looks like a picture or a program)",
                    "a charter must be plain text: save it as Markdown (.md) in UTF-8, or move it out of charters/");
            return Optional.empty();
        }
        if (bad < bytes.length && onlyWordsPunctuation(bytes)) {
            // Saved by Word or Notepad on Windows: its curly quotes, dashes and pound signs are plain to read, and
            // mean the same in every Windows code page, so the words are quoted exactly.
            out.warning(at(path, bytes, firstNonAscii(bytes)), "the file is saved as Windows text (Windows-1252),"
                            + " not UTF-8: it is read so, its quotes and dashes as they look in Word",
                    "save it again as UTF-8 (in most editors: Save As, then choose the UTF-8 encoding), so that every"
                            + " tool reads it the same");
            return Optional.of(of(path, new String(bytes, java.nio.charset.Charset.forName("windows-1252"))));
        }
        if (bad < bytes.length) {
            out.error(at(path, bytes, bad), "the file is not valid UTF-8 text",
                    "save it again as UTF-8 (in most editors: Save As, then choose the UTF-8 encoding)");
            return Optional.empty();
        }
        return Optional.of(of(path, new String(bytes, StandardCharsets.UTF_8)));
    }

    /**
     * UTF-16 starts with its byte-order mark, or, for text in Latin letters saved without one, has a zero byte
     * beside every letter: on one side only, which a picture or a program does not.
     */
    private static boolean isUtf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return true;
        }
        int pairs = Math.min(bytes.length / 2, 256);
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        return pairs >= 2 && (evenZeros == pairs && oddZeros == 0 || oddZeros == pairs && evenZeros == 0);
    }

    /**
     * The bytes above ASCII that Word's typography writes on Windows: curly quotes, dashes, the ellipsis, the
     * bullet, the euro and pound signs and the no-break space. Each is the same character in every Windows code
     * page that has it, so a file with no other such byte reads the same whichever one saved it.
     */
    private static final String WORDS_PUNCTUATION = "\u0080\u0085\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u00A0\u00A3";

    /** Whether every byte above ASCII is Word's punctuation ({@link #WORDS_PUNCTUATION}). */
    private static boolean onlyWordsPunctuation(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0 && WORDS_PUNCTUATION.indexOf((char) (b & 0xFF)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int firstNonAscii(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return bytes.length;
    }

    /** A UTF-16 file goes wrong at its byte-order mark, or else at its first zero byte. */
    private static int firstNulOrMark(byte[] bytes) {
        return (bytes[0] & 0xFF) >= 0xFE ? 0 : Math.max(0, indexOf(bytes, (byte) 0));
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The line and column of a byte, counted as an editor counts them: CR, LF and CRLF each end one line, and a
     * column is one character, however many bytes of UTF-8 it takes.
     */
    static Location at(String path, byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            byte b = bytes[i];
            if (b == '\n' || b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
                column = 1;
            } else if (b != '\r' && (b & 0xC0) != 0x80 && !(i <= 2 && startsWithMark(bytes))) {
                column++;
            }
        }
        return new Location(path, line, column);
    }

    /** A UTF-8 byte-order mark, which editors do not show and which takes no column. */
    private static boolean startsWithMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    /** The offset of the first byte that is not part of valid UTF-8, as the decoder itself reports it. */
    private static int firstInvalidByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
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

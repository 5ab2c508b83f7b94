package org.charterkit.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterkit.diagnostic.Diagnostics;

/**
 * Reads the bullets a word processor leaves when its list is pasted as text ("• greet everyone", "●", "▪",
 * Word's "o" and "§" before a tab, the Symbol font's private-use bullet) as the Markdown list they were meant to
 * be. Markdown knows only {@code -}, {@code *} and {@code +}: without this, a cornerstone's commitments pasted from
 * a charter's Word copy were one paragraph, and the cornerstone "had no commitments".
 *
 * <p>Each such bullet is replaced by {@code -}, one character for one, so every offset, line and column after it
 * is still the file's own, and each run of such lines is warned about once, at its first bullet, with the
 * Markdown to write instead. The front matter and fenced code are left as written. A tick, an arrow or a dash at
 * the start of a line is the author's own word, not a bullet, and stays.
 */
public final class PastedBullets {

    /**
     * Up to three spaces, a bullet, then white space and a word. The bullets: • ‣ ⁃ ● ○ ◦ ▪ ■ □ ► ◆ ❖ ➢ ➤ · and
     * the Symbol and Wingdings fonts' private-use bullets; Word's second- and third-level "o" and "§" only before
     * a tab, as Word writes them.
     */
    private static final Pattern BULLET_LINE = Pattern.compile(
            "^ {0,3}(?:([\u2022\u2023\u2043\u25CF\u25CB\u25E6\u25AA\u25A0\u25A1\u25BA\u25C6\u2756\u27A2\u27A4\u00B7"
                    + "\uF0B7\uF0A7\uF076\uF0D8\uF0A8\uF06E])[ \\t]+|([o\u00A7])\\t+)\\S", Pattern.MULTILINE);
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private PastedBullets() {
    }

    /** The source with pasted bullets read as Markdown's {@code -}, each run warned about; itself when it has none. */
    static SourceText asListItems(SourceText source, Diagnostics out) {
        String text = source.text();
        if (!mayHaveBullets(text)) {
            return source;
        }
        char[] read = text.toCharArray();
        boolean[] changed = {false};
        scan(text, at -> {
            read[at] = '-';
            changed[0] = true;
        }, at -> warn(source, at, out));
        return changed[0] ? SourceText.of(source.path(), new String(read)) : source;
    }

    /**
     * The text of a Markdown file as the readers read it: each pasted bullet a {@code -}, one character for one.
     * For the rules that read a file's text again (which letters the fonts must draw), so that a bullet the page
     * never shows is not judged.
     */
    public static String asListItems(String text) {
        if (!mayHaveBullets(text)) {
            return text;
        }
        char[] read = text.toCharArray();
        scan(text, at -> read[at] = '-', at -> { });
        return new String(read);
    }

    /** Calls {@code bullet} with the offset of each pasted bullet, and {@code runStart} with each run's first. */
    private static void scan(String text, java.util.function.IntConsumer bullet,
            java.util.function.IntConsumer runStart) {
        String fence = null;
        boolean inRun = false;
        for (int start = afterFrontMatter(text); start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            Matcher opening = FENCE.matcher(line);
            if (fence != null) {
                if (opening.find() && opening.group(1).charAt(0) == fence.charAt(0)
                        && opening.group(1).length() >= fence.length() && line.strip().equals(opening.group(1))) {
                    fence = null;
                }
            } else if (opening.find()) {
                fence = opening.group(1);
                inRun = false;
            } else {
                Matcher found = BULLET_LINE.matcher(line);
                if (found.find()) {
                    int at = start + (found.start(1) >= 0 ? found.start(1) : found.start(2));
                    if (!inRun) {
                        inRun = true;
                        runStart.accept(at);
                    }
                    bullet.accept(at);
                } else if (!line.isBlank()) {
                    inRun = false;
                }
            }
            start = end + 1;
        }
    }

    private static void warn(SourceText source, int at, Diagnostics out) {
        char bullet = source.text().charAt(at);
        String named = Character.getType(bullet) == Character.PRIVATE_USE
                ? String.format("a word processor's bullet (U+%04X)", (int) bullet) : "\"" + bullet + "\"";
        out.warning(source.locate(at), "these lines start with " + named + ", a bullet Markdown does not know:"
                        + " they are read as a list, one item a line",
                "start each line with `- ` instead, so that GitHub's preview and every Markdown editor show the list"
                        + " too");
    }

    /** A cheap first look: most files have none of the bullets, and are returned as they are. */
    private static boolean mayHaveBullets(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || (c >= '\u2022' && c <= '\u2756') || (c >= '\u27A2' && c <= '\u27A4') || c == '\u00B7'
                    || (c >= '\uF06E' && c <= '\uF0D8')) {
                return true;
            }
        }
        return false;
    }

    /** Where the text after a front matter block starts; 0 when there is none. */
    private static int afterFrontMatter(String text) {
        if (!text.startsWith("---")) {
            return 0;
        }
        int lineEnd = text.indexOf('\n');
        if (lineEnd < 0 || !text.substring(0, lineEnd).strip().equals("---")) {
            return 0;
        }
        for (int start = lineEnd + 1; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).strip();
            if (line.equals("---") || line.equals("...")) {
                return end;
            }
            start = end + 1;
        }
        return text.length();
    }
}

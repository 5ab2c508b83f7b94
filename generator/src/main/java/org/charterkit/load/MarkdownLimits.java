package org.charterkit.load;

import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.model.InputLimits;

/**
 * Looks over a Markdown file's lines once, before Flexmark reads it, for the shapes that would overflow its
 * stack: quotes and lists nested hundreds deep, tables of a thousand columns, a line of thousands of {@code -}
 * marks. Each is reported where it is written, and the file is then not parsed at all. The scan is one pass over
 * the characters with no pattern matching, so it costs the same for any input of a given length.
 *
 * <p>It reads each line as Markdown does at its start (indentation, {@code >} marks, list marks), without
 * working out which block the line belongs to: a line indented 60 spaces counts as 30 levels, because a list
 * nested by indentation needs at least 2 columns a level. A real charter is nowhere near either way of counting.
 */
final class MarkdownLimits {

    private final InputLimits limits;
    /** Characters looked at, so tests can show the scan grows with the file and no faster. */
    private long charactersScanned;

    MarkdownLimits(InputLimits limits) {
        this.limits = limits;
    }

    long charactersScanned() {
        return charactersScanned;
    }

    /**
     * Reports the first line over each limit; returns whether the file is within all of them. The front matter
     * is skipped: it is YAML, which has its own limit ({@link YamlTree#MAX_NESTING}).
     */
    boolean check(SourceText source, Diagnostics out) {
        String text = source.text();
        boolean nestingReported = false;
        boolean tableReported = false;
        boolean marksReported = false;
        boolean definitionsReported = false;
        int definitionsInARow = 0;
        boolean bracketsReported = false;
        int[] inBlock = new int[2];
        int start = frontMatterEnd(text);
        while (start < text.length()) {
            int end = lineEnd(text, start);
            boolean deepHere = false;
            if (!nestingReported) {
                int at = tooDeep(text, start, end);
                if (at >= 0) {
                    nestingReported = true;
                    deepHere = true;
                    out.error(source.locate(at), "this line is nested too deeply: at most " + limits.nesting()
                                    + " levels of quotes and lists inside each other",
                            "Markdown nests a line by its `>` and list marks and by its indentation; write it with"
                                    + " fewer, or raise `max-nesting` in charterkit.yml (at most "
                                    + InputLimits.MOST_NESTING + ")");
                }
            }
            if (!tableReported) {
                int columns = columns(text, start, end);
                if (columns > limits.tableColumns()) {
                    tableReported = true;
                    out.error(source.locate(start), String.format(java.util.Locale.UK,
                                    "this table has %,d columns; at most %d", columns, limits.tableColumns()),
                            "split the table into narrower ones, or raise `max-table-columns` in charterkit.yml"
                                    + " (at most " + InputLimits.MOST_TABLE_COLUMNS + ")");
                }
            }
            // A line of list marks nested too deeply is one mistake, not also a long run of marks.
            if (!marksReported && !deepHere) {
                int at = longRunOfMarks(text, start, end);
                if (at >= 0) {
                    marksReported = true;
                    out.error(source.locate(at), "this line has a run of more than "
                                    + InputLimits.MOST_MARKS_IN_A_RUN + " `-`, `*` or `_` marks",
                            "a line across the page is three marks (`---`), and emphasis is one or two"
                                    + " (`*word*`, `**word**`): shorten the run");
                }
            }
            // A link definition is held to the limit on definitions in a row, below, not counted here too.
            if (!bracketsReported && !isDefinition(text, start, end)) {
                int at = tooManyBrackets(text, start, end, inBlock);
                if (at >= 0) {
                    bracketsReported = true;
                    out.error(source.locate(at), "this paragraph has more than " + InputLimits.MOST_BRACKETS_IN_A_BLOCK
                                    + (text.charAt(at) == '[' ? " `[`" : " `` ` ``") + " marks; at most "
                                    + InputLimits.MOST_BRACKETS_IN_A_BLOCK
                                    + " between blank lines",
                            "Markdown reads the rest of a paragraph again for each `[` that is not a link and each"
                                    + " `` ` `` that opens no code: put blank lines between paragraphs and list items");
                }
            }
            if (isBlank(text, start, end)) {
                inBlock[0] = 0;
                inBlock[1] = 0;
                definitionsInARow = 0;
            } else if (isDefinition(text, start, end) && ++definitionsInARow > InputLimits.MOST_DEFINITIONS_IN_A_ROW
                    && !definitionsReported) {
                definitionsReported = true;
                out.error(source.locate(start), "this is link definition number "
                                + definitionsInARow + " in a row; at most " + InputLimits.MOST_DEFINITIONS_IN_A_ROW
                                + " without a blank line between them",
                        "put a blank line between groups of link definitions (`[name]: address`)");
            }
            charactersScanned += end - start + 1;
            start = nextLine(text, end);
        }
        return !(nestingReported || tableReported || marksReported || definitionsReported || bracketsReported);
    }

    /** The offset just after the closing line of front matter at the top of the file, or 0 when there is none. */
    private int frontMatterEnd(String text) {
        if (!(text.startsWith("---\n") || text.startsWith("---\r"))) {
            return 0;
        }
        int start = nextLine(text, lineEnd(text, 0));
        while (start < text.length()) {
            int end = lineEnd(text, start);
            charactersScanned += end - start + 1;
            String line = text.substring(start, end).strip();
            if (line.equals("---") || line.equals("...")) {
                return nextLine(text, end);
            }
            start = nextLine(text, end);
        }
        // Never closed: the readers say so; the whole file is then scanned as Markdown.
        return 0;
    }

    /**
     * Where the line's container marks first go past the nesting limit, or -1. Levels are counted from the
     * indentation before the first mark (two columns a level) and one for each {@code >} or list mark after it.
     */
    private int tooDeep(String text, int start, int end) {
        if (isRule(text, start, end)) {
            return -1;
        }
        int levels = 0;
        int indent = 0;
        boolean marked = false;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                if (!marked) {
                    indent += c == '\t' ? 4 - indent % 4 : 1;
                }
                i++;
                continue;
            }
            int after = markEnd(text, i, end);
            if (after < 0) {
                break;
            }
            marked = true;
            levels++;
            if (indent / 2 + levels > limits.nesting()) {
                return i;
            }
            i = after;
        }
        return indent / 2 + levels > limits.nesting() ? start : -1;
    }

    /**
     * Counts the line's {@code [} marks and backtick runs into the block's counts ({@code [0]} and {@code [1]});
     * where either first goes past the most, or -1.
     */
    private static int tooManyBrackets(String text, int start, int end, int[] inBlock) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '[' && ++inBlock[0] > InputLimits.MOST_BRACKETS_IN_A_BLOCK) {
                return i;
            }
            if (c == '`' && (i == start || text.charAt(i - 1) != '`')
                    && ++inBlock[1] > InputLimits.MOST_BRACKETS_IN_A_BLOCK) {
                return i;
            }
        }
        return -1;
    }

    /** Where the line starting at {@code start} ends: at LF, CR or CRLF, as Markdown reads all three. */
    private static int lineEnd(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The start of the line after the one ending at {@code end}. */
    private static int nextLine(String text, int end) {
        if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
                && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line starts as a link definition does: up to 3 spaces, {@code [label]:}. */
    private static boolean isDefinition(String text, int start, int end) {
        int i = start;
        while (i < end && i - start < 3 && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= end || text.charAt(i) != '[') {
            return false;
        }
        for (i++; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i + 1 < end && text.charAt(i + 1) == ':';
            } else if (c == '[') {
                return false;
            }
        }
        return false;
    }

    /** Whether the line is only one kind of mark, {@code -} or {@code *}, and spaces: a rule, not lists. */
    private static boolean isRule(String text, int start, int end) {
        char mark = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '*') {
                if (mark != 0 && mark != c) {
                    return false;
                }
                mark = c;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return mark != 0;
    }

    /** The offset after a {@code >} or a list mark at {@code i}, or -1 when there is none there. */
    private static int markEnd(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        int j = i;
        if (c == '-' || c == '*' || c == '+') {
            j = i + 1;
        } else {
            while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                j++;
            }
            if (j == i || j >= end || (text.charAt(j) != '.' && text.charAt(j) != ')')) {
                return -1;
            }
            j++;
        }
        if (j == end || text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r') {
            return j;
        }
        return -1;
    }

    /** The cells of a line read as a table row: the {@code |} marks not escaped, less the outer ones. */
    private static int columns(String text, int start, int end) {
        int pipes = 0;
        int first = -1;
        int last = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                pipes++;
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (pipes == 0) {
            return 0;
        }
        boolean leading = text.substring(start, first).isBlank();
        boolean trailing = text.substring(last + 1, end).isBlank();
        return pipes + 1 - (leading ? 1 : 0) - (trailing ? 1 : 0);
    }

    /** Where a run of more than the most {@code -}, {@code *} or {@code _} marks (spaces allowed) starts, or -1. */
    private static int longRunOfMarks(String text, int start, int end) {
        int runStart = -1;
        int marks = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '*' || c == '_') {
                if (marks == 0) {
                    runStart = i;
                }
                if (++marks > InputLimits.MOST_MARKS_IN_A_RUN) {
                    return runStart;
                }
            } else if (c != ' ' && c != '\t') {
                marks = 0;
            }
        }
        return -1;
    }
}

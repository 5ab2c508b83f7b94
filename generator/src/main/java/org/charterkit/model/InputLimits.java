package org.charterkit.model;

/**
 * How much structure one Markdown file may hold. The Markdown reader (Flexmark) and the page renderers walk
 * nested blocks by recursion, and some of its patterns recurse once per table column or per mark, so a file a
 * few kilobytes long could overflow the stack or hold a build for minutes. Each limit is far above anything a
 * charter writes and far below where the tools fail; a project can raise the first two in {@code charterkit.yml}
 * up to a ceiling measured safe.
 *
 * @param nesting      how many quotes and lists a line may sit inside ({@code max-nesting})
 * @param tableColumns how many columns a table row may have ({@code max-table-columns})
 */
public record InputLimits(int nesting, int tableColumns) {

    public static final int DEFAULT_NESTING = 20;
    /** Flexmark's renderer recursed without trouble at 500 levels; this leaves room for the page around it. */
    public static final int MOST_NESTING = 100;

    public static final int DEFAULT_TABLE_COLUMNS = 50;
    /** Flexmark's table pattern recurses per column and overflowed at 1,250 columns; 800 were still read. */
    public static final int MOST_TABLE_COLUMNS = 200;

    /**
     * The longest run of {@code -}, {@code *} or {@code _} marks on one line (a rule, or emphasis marks), spaces
     * between them allowed. Flexmark's patterns for these recurse once per mark and overflowed near 2,000; a rule
     * is three marks, so this one is not a setting.
     */
    public static final int MOST_MARKS_IN_A_RUN = 500;

    /**
     * The most link definitions ({@code [name]: address}) in one paragraph, with no blank line between them.
     * Flexmark takes them off the front of the paragraph one at a time and copies the rest each time, so its
     * work grows with the square of a run: 2,500 in a row took 2.6 s, 10,000 took 36 s. Runs of at most 100
     * keep the whole file linear, and a blank line between groups is all a long list of links needs.
     */
    public static final int MOST_DEFINITIONS_IN_A_ROW = 100;

    /**
     * The most {@code [} marks, and the most runs of backticks, in one block of lines between blank lines.
     * Flexmark reads the rest of a paragraph again for each {@code [} that does not become a link and each
     * backtick run that is not closed: 32,000 {@code [a]} in one paragraph took 54 s, 32,000 unclosed code
     * spans 91 s. Blocks of 500 keep a whole file linear; a list of links needs only blank lines between items.
     */
    public static final int MOST_BRACKETS_IN_A_BLOCK = 500;

    public static InputLimits defaults() {
        return new InputLimits(DEFAULT_NESTING, DEFAULT_TABLE_COLUMNS);
    }
}

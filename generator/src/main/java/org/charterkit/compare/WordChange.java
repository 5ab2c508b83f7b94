package org.charterkit.compare;

/**
 * A run of words that two wordings share, or that one of them has and the other lacks. The text keeps the
 * spaces and punctuation as written, so joining the text of every {@link Kind#SAME} and {@link Kind#INSERTED}
 * run gives the newer wording exactly, and every {@link Kind#SAME} and {@link Kind#DELETED} run the older one.
 */
public record WordChange(Kind kind, String text) {

    /**
     * Whether the run starts with a space: a page puts that space before a marked deletion or insertion rather
     * than inside it, so the words either side stay apart when the marks' hidden labels are read out ("their
     * [removed words: role]", not "their[removed words: role]") and no space is struck through or underlined.
     */
    public boolean spaced() {
        return !text.isEmpty() && Character.isWhitespace(text.charAt(0));
    }

    /** The run's text without the space it starts with, if any: what a page marks as deleted or inserted. */
    public String marked() {
        return spaced() ? text.stripLeading() : text;
    }

    public enum Kind {
        SAME,
        INSERTED,
        DELETED
    }
}

package org.charterkit.compare;

/**
 * A run of words that two wordings share, or that one of them has and the other lacks. The text keeps the
 * spaces and punctuation as written, so joining the text of every {@link Kind#SAME} and {@link Kind#INSERTED}
 * run gives the newer wording exactly, and every {@link Kind#SAME} and {@link Kind#DELETED} run the older one.
 */
public record WordChange(Kind kind, String text) {

    public enum Kind {
        SAME,
        INSERTED,
        DELETED
    }
}

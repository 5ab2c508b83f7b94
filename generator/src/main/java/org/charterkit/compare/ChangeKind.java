package org.charterkit.compare;

/** What happened to one commitment, signatory, partner or definition between two versions of a charter. */
public enum ChangeKind {
    /** The same words (ignoring case, spacing and trailing punctuation), in the same order as before. */
    UNCHANGED,
    /** Only in the newer version. */
    ADDED,
    /** Only in the older version. */
    REMOVED,
    /** The same commitment in other words: at least half of its words are still there. */
    REWORDED,
    /** The same words in another place: a new position among the others, or another cornerstone. */
    MOVED
}

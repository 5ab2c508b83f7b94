package org.charterkit.compare;

import java.util.List;

/**
 * The words around a cornerstone's commitments changed between two versions: its lead-in ("We will achieve this
 * by:" became "We will do the following:"), its closing words, or, in a framework of prose values, the statement
 * itself.
 *
 * @param cornerstoneId the framework's id of the cornerstone, which pairs the two versions' sections; empty for
 *                      a section of the charter's own (a free section), paired by its heading
 * @param name          the area's name for the cornerstone in the newer version, or the section's heading
 * @param part          {@code lead-in}, {@code closing}, {@code statement} or {@code section}
 * @param before        the older Markdown, or empty when it had none
 * @param after         the newer Markdown, or empty when it has none
 * @param words         how the wording changed, word by word
 */
public record TextChange(String cornerstoneId, String name, String part, String before, String after,
        List<WordChange> words) {

    public TextChange {
        words = List.copyOf(words);
    }
}

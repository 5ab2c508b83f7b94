package org.charterkit.compare;

import java.util.List;

/**
 * A level of the spectrum of participation or of the levels of involvement whose definition changed, matched
 * between the versions by the level's id so that a renamed heading is still the same level.
 *
 * @param kind   {@link ChangeKind#ADDED}, {@link ChangeKind#REMOVED} or {@link ChangeKind#REWORDED}
 * @param name   the level's heading in the newer version, or in the older one when it was removed
 * @param before the definition's Markdown source in the older version, or empty when added
 * @param after  the definition's Markdown source in the newer version, or empty when removed
 * @param words  how the wording changed, word by word; empty unless reworded
 */
public record DefinitionChange(ChangeKind kind, String name, String before, String after, List<WordChange> words) {

    public DefinitionChange {
        words = List.copyOf(words);
    }
}

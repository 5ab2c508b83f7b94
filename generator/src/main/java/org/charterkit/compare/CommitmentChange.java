package org.charterkit.compare;

import java.util.List;
import java.util.Optional;
import org.charterkit.model.Commitment;

/**
 * What happened to one commitment between two versions of a charter.
 *
 * @param before         the commitment in the older version; empty when added
 * @param after          the commitment in the newer version; empty when removed
 * @param fromCornerstone the name of its cornerstone in the older version; empty when added
 * @param toCornerstone  the name of its cornerstone in the newer version; empty when removed
 * @param fromPosition   its place in that cornerstone's list in the older version, from 1; 0 when added
 * @param toPosition     its place in that cornerstone's list in the newer version, from 1; 0 when removed
 * @param similarity     how much of the wording the two versions share, from 0 (nothing, or only one version)
 *                       to 1 (the same words)
 * @param words          how the wording changed, word by word; empty unless reworded
 */
public record CommitmentChange(ChangeKind kind, Optional<Commitment> before, Optional<Commitment> after,
        String fromCornerstone, String toCornerstone, int fromPosition, int toPosition, double similarity,
        List<WordChange> words) {

    public CommitmentChange {
        words = List.copyOf(words);
    }

    /** Whether it now stands under another cornerstone than before. */
    public boolean changedCornerstone() {
        return before.isPresent() && after.isPresent() && !fromCornerstone.equals(toCornerstone);
    }
}

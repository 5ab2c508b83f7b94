package org.charterkit.compare;

import java.util.List;

/**
 * The commitments of one cornerstone across two versions of a charter.
 *
 * @param name    the cornerstone's name
 * @param changes every commitment the cornerstone holds in the newer version, in that version's order, with
 *                those removed from it placed where they stood, after the commitment they followed; a
 *                commitment that moved here from another cornerstone is listed here, not there
 */
public record CornerstoneComparison(String cornerstoneId, String name, List<CommitmentChange> changes) {

    public CornerstoneComparison {
        changes = List.copyOf(changes);
    }

    /** Whether anything here is other than unchanged. */
    public boolean hasChanges() {
        return changes.stream().anyMatch(c -> c.kind() != ChangeKind.UNCHANGED);
    }
}

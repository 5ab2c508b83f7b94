package org.charterkit.model;

import java.util.List;
import org.charterkit.diagnostic.Location;

/**
 * A charter's section on one cornerstone of its framework: the words before the list ("We will:"), the
 * commitments in source order, and anything written after them.
 */
public record CornerstoneSection(Cornerstone cornerstone, String heading, String anchor, Markdown leadIn,
        List<Commitment> commitments, Markdown closing, Location location) implements CharterSection {

    public CornerstoneSection {
        commitments = List.copyOf(commitments);
    }

    @Override
    public String kind() {
        return "cornerstone";
    }
}

package org.charterkit.model;

import java.util.List;
import org.charterkit.diagnostic.Location;

/**
 * A charter's section on one cornerstone of its framework: the words before the list ("We will:"), the
 * commitments in source order, and anything written after them.
 *
 * <p>The section carries the area's own name for the cornerstone ({@link #name()}): a charter may call Welcome
 * and Care "Feel welcomed and cared for", and every page of that area says so, while cross-area views group by
 * {@link #cornerstone()}. A numbered heading ("## 1. Value lived experience") keeps its number apart from the
 * name. In a framework of prose items ({@link Framework#prose()}) the section holds a statement rather than a
 * list: the whole text under the heading, kept in {@link #leadIn()}.
 *
 * @param name   the area's own name for the cornerstone: the heading as written, without its number
 * @param number the number written before the heading's words ("1"), or empty
 */
public record CornerstoneSection(Cornerstone cornerstone, String heading, String anchor, Markdown leadIn,
        List<Commitment> commitments, Markdown closing, Location location, String name, String number)
        implements CharterSection {

    public CornerstoneSection {
        commitments = List.copyOf(commitments);
    }

    /** A section whose heading is the framework's own name, as charters wrote them before own names. */
    public CornerstoneSection(Cornerstone cornerstone, String heading, String anchor, Markdown leadIn,
            List<Commitment> commitments, Markdown closing, Location location) {
        this(cornerstone, heading, anchor, leadIn, commitments, closing, location, heading, "");
    }

    @Override
    public String kind() {
        return "cornerstone";
    }

    /** Whether the area calls this cornerstone something other than the framework does. */
    public boolean ownName() {
        return !plain(name).equals(plain(cornerstone.name()));
    }

    /** Case, punctuation and '&amp;' against "and" ignored, as headings are matched. */
    private static String plain(String words) {
        return words.toLowerCase(java.util.Locale.ROOT).replace("&", " and ").replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** The name with its number, as the heading reads ("1. Value lived experience"). */
    public String numberedName() {
        return number.isEmpty() ? name : number + ". " + name;
    }
}

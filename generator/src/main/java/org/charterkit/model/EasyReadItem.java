package org.charterkit.model;

import java.util.List;
import java.util.Optional;
import org.charterkit.diagnostic.Location;

/**
 * One Easy Read item: a picture and one to three short sentences, one idea.
 *
 * @param picture  the picture as written ({@code picture: listen}), or empty when the item names none
 * @param lines    the item's lines of words, each where it is written
 * @param explains the commitments of the section's cornerstone the item explains, by their number in the
 *                 charter's list (1 is the first)
 * @param explainsLocation where {@code explains:} is written, or the item when it is not
 */
public record EasyReadItem(Optional<EasyReadPicture> picture, List<EasyReadLine> lines, List<Integer> explains,
        Location explainsLocation, Location location) {

    public EasyReadItem {
        lines = List.copyOf(lines);
        explains = List.copyOf(explains);
    }

    /** The words as one text, for search and the check of terms. */
    public String text() {
        return String.join(" ", lines.stream().map(EasyReadLine::text).toList());
    }
}

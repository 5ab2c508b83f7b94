package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * A fragment of Markdown exactly as the author wrote it, kept as source so that the words reach the page
 * unchanged and the renderer alone decides how it becomes HTML.
 *
 * @param raised how many levels the fragment's headings are shown above the level they are written at: 1 in the
 *               section of a cornerstone gathered under a heading of the charter's own ({@code ### Communicate}
 *               under {@code ## Our cornerstones}), where a {@code ####} stands under the cornerstone's heading as a
 *               {@code ###} does under a {@code ##} one; -1 in a section written as a first-level heading
 *               ({@code # Communicate}), where a {@code ##} is shown as a {@code ###}; 0 everywhere else
 */
public record Markdown(String source, Location location, int raised) {

    public Markdown(String source, Location location) {
        this(source, location, 0);
    }

    public static Markdown empty(Location location) {
        return new Markdown("", location);
    }

    public boolean isBlank() {
        return source.isBlank();
    }

    /** The same words, their headings shown {@code levels} above where they are written. */
    public Markdown raisedBy(int levels) {
        return levels == raised ? this : new Markdown(source, location, levels);
    }
}

package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * One "We will" statement of a charter, word for word.
 *
 * @param text     the words as a reader sees them, Markdown marks removed and spaces folded, for comparing
 * @param markdown the words exactly as written
 * @param anchor   the fragment identifier a person can link to; made from the words so that it survives
 *                 commitments being added or moved around it
 */
public record Commitment(String text, Markdown markdown, String anchor, Location location) {
}

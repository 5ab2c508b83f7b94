package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * One place a charter or page shows an image of its own: a partner's logo, a signature, a photo in the text.
 * Images come from the area's folder (usually {@code assets/}), never from another website.
 *
 * @param path     the path as written, relative to the area's folder ({@code assets/signatures/nigel-miles.png})
 * @param alt      what the image shows, for people who cannot see it; empty when the author gave none
 * @param role     what the image is, in words for messages ("the logo of Warwickshire County Council")
 * @param location where the path is written
 */
public record ImageUse(String path, String alt, String role, Location location) {
}

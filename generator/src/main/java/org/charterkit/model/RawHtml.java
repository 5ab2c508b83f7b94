package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * A piece of HTML written straight into a charter's or page's Markdown, as written, with where it starts. Kept
 * so the check can say exactly where something will be removed when the page is published.
 */
public record RawHtml(String html, Location location) {
}

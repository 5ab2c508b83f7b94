package org.charterkit.render;

/** One page's finished HTML and where it goes. */
public record RenderedPage(String path, String html) {
}

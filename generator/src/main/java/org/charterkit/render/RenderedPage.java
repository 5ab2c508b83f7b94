package org.charterkit.render;

import java.nio.charset.StandardCharsets;

/** One finished file of the site (a page's HTML, a feed, a printed charter) and where it goes. */
public record RenderedPage(String path, byte[] content) {

    public RenderedPage {
        content = content.clone();
    }

    static RenderedPage text(String path, String text) {
        return new RenderedPage(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes to write; a copy, so the rendered site stays as it was rendered. */
    @Override
    public byte[] content() {
        return content.clone();
    }
}

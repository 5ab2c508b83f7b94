package org.charterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.charterkit.diagnostic.Location;
import org.charterkit.model.Markdown;
import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {

    private final MarkdownHtml html = new MarkdownHtml();

    private static Markdown md(String source) {
        return new Markdown(source, Location.of("test.md"));
    }

    @Test
    void charterWordsKeepTheirPunctuation() {
        assertEquals("always consider \"who needs to be involved?\" and make contact",
                html.inline(md("always consider \"who needs to be involved?\" and make contact")));
        assertEquals("build <strong>TRUST</strong>", html.inline(md("build **TRUST**")));
    }

    @Test
    void scriptsAndEventHandlersInRawHtmlDoNotReachThePage() {
        String out = html.block(md("Hello <script>alert(1)</script> <img src=x onerror=alert(2)>"
                + " [click](javascript:alert(3)) <a href=\"https://example.org\" onclick=\"alert(4)\">ok</a>"));
        assertFalse(out.contains("<script"), out);
        assertFalse(out.contains("onerror"), out);
        assertFalse(out.contains("javascript:"), out);
        assertFalse(out.contains("onclick"), out);
    }

    @Test
    void imagesFromOtherSitesAreDropped() {
        String out = html.block(md("![logo](https://tracker.example/logo.png) ![ours](assets/logo.png)"));
        assertFalse(out.contains("tracker.example"), out);
        assertEquals("<p>logo <img src=\"assets/logo.png\" alt=\"ours\"></p>", out);
    }
}

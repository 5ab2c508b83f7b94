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

    /**
     * A fragment of words alone is not handed to jsoup to clean, and comes out as cleaning would give it: every
     * paragraph and line of the repository's charters, guides and fixtures, and words with the characters that
     * jsoup writes or reads its own way.
     */
    @Test
    void wordsAloneComeOutAsCleaningWouldGiveThem() throws java.io.IOException {
        java.util.List<String> fragments = new java.util.ArrayList<>(java.util.List.of(
                "create a welcoming and caring space", "Tom & Jerry", "a < b > c", "no\u00A0break", "curly ’quotes’",
                "tab\there", "carriage\rreturn", "nul\u0000here", "\"quoted\"", "it's", "A–Z", "100%", "  spaced  ",
                "line one\nline two", "Cymraeg: ŵ ŷ â", "عربى", "emoji 🙂"));
        java.nio.file.Path root = org.charterkit.TestProjects.repositoryRoot();
        for (String folder : java.util.List.of("charters", "content", "generator/src/test/resources")) {
            try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(root.resolve(folder))) {
                for (java.nio.file.Path file : walk.filter(f -> f.toString().endsWith(".md"))
                        .filter(java.nio.file.Files::isRegularFile).toList()) {
                    String text;
                    try {
                        text = java.nio.file.Files.readString(file);
                    } catch (java.nio.charset.MalformedInputException e) {
                        // A fixture of bytes that are not UTF-8: the check's, not a fragment's.
                        continue;
                    }
                    fragments.addAll(java.util.List.of(text.split("\n\\s*\n")));
                    fragments.addAll(text.lines().toList());
                }
            }
        }
        int plain = 0;
        // The hostile fixtures (thousands of nested quotes and lists) are stopped by the check before any page is
        // made: left out here.
        fragments.removeIf(f -> f.length() > 2_000 || f.contains(">>>>>>>>") || f.contains("        -"));
        for (String fragment : fragments) {
            String flexmark = MarkdownHtml.flexmark(fragment);
            assertEquals(MarkdownHtml.cleaned(flexmark), MarkdownHtml.finished(flexmark), fragment);
            if (MarkdownHtml.plainParagraph(flexmark)) {
                plain++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(plain > 500 && plain < fragments.size(),
                plain + " of " + fragments.size() + " fragments were words alone");
    }

    @Test
    void imagesFromOtherSitesAreDropped() {
        String out = html.block(md("![logo](https://tracker.example/logo.png) ![ours](assets/logo.png)"));
        assertFalse(out.contains("tracker.example"), out);
        assertEquals("<p>logo <img src=\"assets/logo.png\" alt=\"ours\"></p>", out);
    }
}

package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.charterkit.TestProjects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme's words come from its message bundles, and none is missing on any page. */
class ThemeMessagesTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        TestProjects.buildRealSite(out);
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void noPageShowsAMissingMessage() throws IOException {
        for (Path page : pages()) {
            String html = Files.readString(page);
            assertTrue(!html.contains("??"), page + " shows a message the theme's bundles lack: "
                    + html.substring(Math.max(0, html.indexOf("??") - 40), Math.min(html.length(), html.indexOf("??") + 60)));
        }
    }

    @Test
    void noPageShowsAPlannedLabelUnsaid() throws IOException {
        // A template that writes ${page.title()} rather than ${words.of(page.title())} shows the record itself.
        for (Path page : pages()) {
            String html = Files.readString(page);
            assertTrue(!html.contains("Label[key="), page + " shows a plan label the template did not say");
        }
    }

    @Test
    void everyEnglishWordHasItsWelsh() {
        org.charterkit.render.ThemeMessages messages = org.charterkit.render.ThemeMessages.of(
                TestProjects.repositoryRoot().resolve("themes/default"));
        java.util.Set<String> english = messages.keys("");
        java.util.Set<String> welsh = messages.keys("cy");
        List<String> missing = english.stream().filter(k -> !welsh.contains(k)).sorted().toList();
        assertEquals(List.of(), missing, "keys of the English bundle with no Welsh in messages/*_cy.properties");
        List<String> orphans = welsh.stream().filter(k -> !english.contains(k)).sorted().toList();
        assertEquals(List.of(), orphans, "Welsh keys that no English key has: a misspelt key never shows");
        // A Welsh text copied from the English would pass every other check: only names and signs may be the same.
        java.util.Locale cy = java.util.Locale.forLanguageTag("cy");
        Set<String> names = Set.of("easyread.credit.name", "easyread.licence.name", "evaluate.how.data.link");
        List<String> copied = welsh.stream().filter(k -> !names.contains(k))
                .filter(k -> messages.message(cy, k).equals(messages.message(java.util.Locale.UK, k)))
                .filter(k -> messages.message(cy, k).replaceAll("\\{[^}]*\\}", "").matches(".*\\p{L}.*"))
                .sorted().toList();
        assertEquals(List.of(), copied, "Welsh messages that are the English words");
        for (String key : welsh) {
            assertTrue(!messages.message(java.util.Locale.forLanguageTag("cy"), key).isBlank()
                    || messages.message(java.util.Locale.UK, key).isBlank(), key + " is empty in Welsh");
        }
    }

    @Test
    void theFrameSpeaksTheBundlesWords() throws IOException {
        Document home = Jsoup.parse(out.resolve("warwickshire/index.html").toFile());
        assertEquals("Skip to main content", home.selectFirst("a.skip-link").text());
        assertEquals("Search the charters and guides", home.selectFirst("label[for=site-search-q]").text());
        assertEquals("Breadcrumb", home.selectFirst("nav.breadcrumbs").attr("aria-label"));
    }
}

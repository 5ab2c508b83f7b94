package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.render.ThemeMessages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words the search says to readers come from the theme's bundle, in the page's language: the layout writes
 * them into the status line's data- attributes, and the script holds none of its own.
 */
class SearchWordsTest {

    private static final Path THEME = TestProjects.repositoryRoot().resolve("themes/default");

    /** The status line's words, by attribute: data-none-partial is speed.search.none.partial. */
    private static List<String> keys() throws Exception {
        Properties english = new Properties();
        try (var reader = Files.newBufferedReader(THEME.resolve("messages/speed.properties"), StandardCharsets.UTF_8)) {
            english.load(reader);
        }
        List<String> keys = new ArrayList<>(english.stringPropertyNames().stream()
                .filter(k -> k.startsWith("speed.search.")).sorted().toList());
        assertEquals(10, keys.size(), keys.toString());
        return keys;
    }

    @Test
    void theStatusLineCarriesTheBundlesWordsOnEveryPage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(TestProjects.repositoryRoot(), out)
                .on(TestProjects.BUILD_DAY).printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        ThemeMessages messages = ThemeMessages.of(THEME);
        for (String page : List.of("index.html", "warwickshire/charter/index.html", "glossary/index.html")) {
            Element status = Jsoup.parse(out.resolve(page).toFile(), "UTF-8").getElementById("site-search-status");
            assertNotNull(status, page);
            for (String key : keys()) {
                String attribute = "data-" + key.substring("speed.search.".length()).replace('.', '-');
                assertEquals(messages.message(Locale.UK, key), status.attr(attribute), page + " " + attribute);
            }
            assertEquals("No results for “{query}” so far; still searching the other areas.",
                    status.attr("data-none-partial"));
            assertEquals("{count} results for “{query}”, the best {shown} shown.", status.attr("data-best"));
        }
    }

    @Test
    void everyWordHasItsWelsh() throws Exception {
        ThemeMessages messages = ThemeMessages.of(THEME);
        for (String key : keys()) {
            String welsh = messages.message(Locale.forLanguageTag("cy"), key);
            String english = messages.message(Locale.UK, key);
            assertNotEquals(english, welsh, key);
            // The same blanks to fill, so the script fills the Welsh as it fills the English.
            for (String blank : List.of("{query}", "{count}", "{shown}")) {
                assertEquals(english.contains(blank), welsh.contains(blank), key + " " + blank);
            }
        }
        assertEquals("Wrthi'n chwilio…", messages.message(Locale.forLanguageTag("cy"), "speed.search.searching"));
    }

    @Test
    void theScriptHoldsNoSentenceForReaders() throws Exception {
        String script = Files.readString(THEME.resolve("assets/search.js"), StandardCharsets.UTF_8)
                // Comments are for developers.
                .replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
        Matcher literal = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(script);
        Pattern words = Pattern.compile("\\p{L}{2,}[ \\u00a0]+\\p{L}{2,}|\\b(?i:results?|searching|search|no)\\b");
        List<String> sentences = new ArrayList<>();
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            // Developer strings: an error for the console, and the strict-mode pragma.
            if (text.equals("use strict") || text.startsWith("could not load ")) {
                continue;
            }
            if (words.matcher(text).find() && !text.matches("[a-z./#\\-\\[\\]=_ ]+")) {
                sentences.add(text);
            }
        }
        assertTrue(sentences.isEmpty(), "words for readers in search.js: " + sentences);
        assertTrue(script.contains("said('searching')"));
    }
}

package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.charterkit.TestProjects;
import org.jsoup.nodes.Element;

/**
 * Finds the theme's English words on pages that should be Welsh: every piece of an English message that the Welsh
 * bundle says otherwise, looked for as whole words in each page's visible text and head. Shared by the tests of a
 * charter written in Welsh and of a Welsh translation, so both are held to the same list.
 */
public final class EnglishThemeWords {

    private static final Path MESSAGES = TestProjects.repositoryRoot().resolve("themes/default/messages");

    private EnglishThemeWords() {
    }

    /** Each English theme word found on the given pages of {@code site}, as "path: “words”". */
    public static List<String> on(Path site, List<String> paths) {
        List<String> english = englishOnlyWords();
        String testingRecord;
        try {
            // The project's own record of how the pages were tested is content, written in English.
            testingRecord = Files.readString(TestProjects.repositoryRoot().resolve("content/accessibility-testing.yml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The words most pages share must be among them, or the test would pass by seeing nothing.
        assertTrue(english.contains("Skip to main content") && english.contains("All charters")
                && english.contains("Versions of the charter"), english.toString());
        assertTrue(!paths.isEmpty(), "no pages to read");
        List<String> found = new ArrayList<>();
        for (String path : paths) {
            Element body = SiteFiles.page(site, path).body();
            // The framework's own words (content/frameworks/, in English) are content, not the theme's: its
            // cornerstones' descriptions and indicators, and its evaluation scale.
            body.select(".indicators, .evaluate-prompts, .govuk-radios__label").remove();
            body.select("li").stream().filter(li -> testingRecord.contains("\"" + li.text() + "\"")).forEach(Element::remove);
            if (path.contains("/cornerstones/")) {
                body.select("main > p.lead").remove();
            }
            found.addAll(englishIn(path, body, english));
            // And the title of every page.
            found.addAll(englishIn(path, SiteFiles.page(site, path).head(), english));
        }
        return found;
    }

    /** The English words of the theme that Welsh says otherwise, as the pieces between a message's arguments. */
    static List<String> englishOnlyWords() {
        Properties english = bundle(false);
        Properties welsh = bundle(true);
        // A word both languages use ("poster", "Charterkit") is not English on a Welsh page.
        String welshText = String.join("\n", welsh.stringPropertyNames().stream().map(welsh::getProperty).toList());
        Set<String> words = new LinkedHashSet<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            if (en.equals(welsh.getProperty(key))) {
                continue;
            }
            for (String piece : en.split("[{}|]")) {
                // A choice's "1#" or "1<", a plural's "#", and an argument's "0,number,integer" are not words.
                String words2 = piece.replaceAll("^\\d+[#<]", "").replace("#", "")
                        .replaceAll("^\\s*\\d+(,\\s*\\w+)*,?\\s*$", "")
                        .replaceAll("^\\s*(=\\d+|zero|one|two|few|many|other)\\s*$", "").strip();
                if (words2.replaceAll("[^\\p{L}]", "").length() >= 4 && !wholeWords(words2).matcher(welshText).find()) {
                    words.add(words2);
                }
            }
        }
        return List.copyOf(words);
    }

    private static List<String> englishIn(String path, Element element, List<String> english) {
        String text = element.text();
        List<String> found = new ArrayList<>();
        for (String words : english) {
            if (wholeWords(words).matcher(text).find()) {
                found.add(path + ": “" + words + "”");
            }
        }
        return found;
    }

    private static Pattern wholeWords(String words) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(words) + "(?![\\p{L}])");
    }

    private static Properties bundle(boolean welsh) {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                if (file.getFileName().toString().endsWith("_cy.properties") == welsh
                        && (welsh || !file.getFileName().toString().contains("_"))) {
                    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        all.load(reader);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}

package org.charterkit.render;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.charterkit.model.TextDirection;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * The words a theme speaks, for Thymeleaf's {@code #{key}}: every {@code *.properties} file in the theme's
 * {@code messages/} folder, read as UTF-8.
 *
 * <p>A file named {@code NAME.properties} holds the English words; {@code NAME_cy.properties} (a language tag
 * after the last underscore) holds the same keys in that language, and a key it lacks falls back to English. The
 * bundle is split into several files so that each part of the theme keeps its own words; a key defined twice in
 * one language is a fault in the theme and is refused when the theme is read.
 *
 * <p>Messages with arguments are ICU message patterns ({@code com.ibm.icu.text.MessageFormat}), formatted for the
 * page's language: {@code {0,plural,one{# commitment} other{# commitments}}} picks the plural form the language's
 * own rules name (Welsh has six: zero, one, two, few, many, other), which the JDK's choice format cannot.
 */
public final class ThemeMessages implements IMessageResolver {

    private static final String BASE = "";

    /** Keyed by language ("" for the base, English), then by message key. */
    private final Map<String, Map<String, String>> byLanguage;

    /**
     * Each message pattern parsed once, by language and pattern: a page formats dozens of messages with arguments,
     * and parsing the pattern again each time was a tenth of the live preview's re-render. An ICU format is not
     * safe for two threads at once, so each is used under its own lock (pages are made on several threads).
     */
    private final Map<FormatKey, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();
    /** Whether each page locale runs right to left, asked of ICU once per locale. */
    private final Map<Locale, Boolean> rightToLeft = new java.util.concurrent.ConcurrentHashMap<>();

    private record FormatKey(Locale locale, String pattern) {
    }

    private ThemeMessages(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** Reads every bundle file in {@code theme/messages}; a theme without the folder speaks no bundled words. */
    public static ThemeMessages of(Path theme) {
        Path folder = theme.resolve("messages");
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return new ThemeMessages(Map.of());
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - ".properties".length());
            int underscore = stem.lastIndexOf('_');
            String language = underscore < 0 ? BASE : stem.substring(underscore + 1).toLowerCase(Locale.ROOT);
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> words = byLanguage.computeIfAbsent(language, l -> new HashMap<>());
            for (String key : properties.stringPropertyNames()) {
                if (words.put(key, properties.getProperty(key)) != null) {
                    throw new IllegalStateException("the theme's message " + key + " is defined twice ("
                            + file + ")");
                }
            }
        }
        byLanguage.replaceAll((language, words) -> Map.copyOf(words));
        return new ThemeMessages(Map.copyOf(byLanguage));
    }

    /** The message for {@code key} in {@code locale}'s language, or English, formatted with {@code params}. */
    public String message(Locale locale, String key, Object... params) {
        String pattern = byLanguage.getOrDefault(locale.getLanguage(), Map.of()).get(key);
        boolean english = false;
        if (pattern == null) {
            pattern = byLanguage.getOrDefault(BASE, Map.of()).get(key);
            english = true;
        }
        if (pattern == null) {
            return null;
        }
        // English words are formatted as English: "21 commitments", not Ukrainian's plural rule for 21 ("one").
        String words = params == null || params.length == 0 ? pattern
                : format(english ? Locale.UK : locale, pattern, params);
        // English words on a right-to-left page (an Urdu charter, where the theme has no Urdu yet) keep their own
        // order: isolated left to right (U+2066 ... U+2069), so "you and your child." does not end in ".you".
        return english && isRightToLeft(locale) ? LEFT_TO_RIGHT_ISOLATE + words + POP_ISOLATE : words;
    }

    private String format(Locale locale, String pattern, Object[] params) {
        MessageFormat format = formats.computeIfAbsent(new FormatKey(locale, pattern),
                k -> new MessageFormat(k.pattern(), ULocale.forLocale(k.locale())));
        synchronized (format) {
            return format.format(params);
        }
    }

    /**
     * The locale the theme's words for {@code locale} are in: itself where the theme speaks its language (Welsh),
     * English where it does not (Ukrainian, Urdu), so that dates and numbers agree with the words around them.
     */
    public Locale spoken(Locale locale) {
        return locale.getLanguage().equals("en") || byLanguage.containsKey(locale.getLanguage()) ? locale : Locale.UK;
    }

    /** How many message patterns have been parsed so far: each once per language, however often it is said. */
    int patternsParsed() {
        return formats.size();
    }

    private boolean isRightToLeft(Locale locale) {
        // English pages, nearly every page, without a lookup.
        return !locale.getLanguage().equals("en")
                && rightToLeft.computeIfAbsent(locale, l -> TextDirection.of(l).isRightToLeft());
    }

    /** The unformatted message for {@code key} in {@code locale}'s language, or English; null when neither has it. */
    String pattern(Locale locale, String key) {
        String pattern = byLanguage.getOrDefault(locale.getLanguage(), Map.of()).get(key);
        return pattern != null ? pattern : byLanguage.getOrDefault(BASE, Map.of()).get(key);
    }

    /** Every key of {@code language}'s own files ("" for English), for the tests that hold the languages together. */
    public java.util.Set<String> keys(String language) {
        return byLanguage.getOrDefault(language, Map.of()).keySet();
    }

    private static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
    private static final char POP_ISOLATE = '\u2069';

    @Override
    public String getName() {
        return "charterkit-theme-messages";
    }

    @Override
    public Integer getOrder() {
        return 1;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
        return message(context.getLocale(), key, messageParameters);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
            Object[] messageParameters) {
        // Loud on purpose: a test that scans pages for "??" finds a word the theme forgot.
        return "??" + key + "??";
    }
}

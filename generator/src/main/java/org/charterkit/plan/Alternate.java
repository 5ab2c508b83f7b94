package org.charterkit.plan;

import java.util.Locale;

/**
 * The same page in one of the languages its charter is written in: for {@code <link rel="alternate" hreflang>}
 * and for the language switcher.
 *
 * @param language the language tag ({@code cy}, {@code en-GB})
 * @param name     the language's name in that language itself ("Cymraeg", "English"), as a reader looking for
 *                 their own language recognises it
 * @param target   the site path of the page in that language ({@code herefordshire/cy/charter/})
 * @param current  true for the language of the page being shown
 */
public record Alternate(String language, String name, String target, boolean current) {

    /**
     * A language's name in itself, from the Unicode CLDR data the JDK carries (so every language has one without
     * the theme listing them), with a capital as it starts a link.
     */
    public static String ownName(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty()) {
            return language;
        }
        int first = name.codePointAt(0);
        return new String(Character.toChars(first)).toUpperCase(locale) + name.substring(Character.charCount(first));
    }
}

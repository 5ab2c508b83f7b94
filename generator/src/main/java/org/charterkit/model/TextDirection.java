package org.charterkit.model;

import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * Which way a language's text runs: the one place a page's language becomes its {@code dir}, for the web pages
 * and the printed charters alike, whether the language comes from a charter's {@code language} or from a
 * translation. Urdu, Arabic, Persian, Pashto, Hebrew and the like run right to left; everything else left to
 * right.
 *
 * <p>ICU decides, from the language's likely script (CLDR's likely subtags): {@code ur} is written in Arabic
 * script, {@code pa} in Gurmukhi but {@code pa-Arab} in Shahmukhi, {@code az} in Latin. A hand-kept list of
 * languages would miss the script subtag.
 */
public enum TextDirection {
    LTR, RTL;

    /** The direction of a language tag such as {@code ur}, {@code en-GB} or {@code pa-Arab}; an empty tag is English. */
    public static TextDirection of(String languageTag) {
        // English, the default, without asking ICU: its first answer loads its locale data (0.1 to 0.2 s here),
        // which a site in English only should not pay for.
        if (languageTag == null || languageTag.isBlank()
                || Locale.forLanguageTag(languageTag.strip()).getLanguage().equals("en")) {
            return LTR;
        }
        return ULocale.forLanguageTag(languageTag.strip()).isRightToLeft() ? RTL : LTR;
    }

    /** The direction of a locale, such as the one a page is rendered in. */
    public static TextDirection of(Locale locale) {
        return locale == null ? LTR : of(locale.toLanguageTag());
    }

    /** The value of HTML's {@code dir} attribute: {@code ltr} or {@code rtl}. */
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isRightToLeft() {
        return this == RTL;
    }
}

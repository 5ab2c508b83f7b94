package org.charterkit.render;

import java.time.format.TextStyle;
import java.util.Locale;
import org.charterkit.model.CharterDate;

/**
 * Dates as a reader of the page's language writes them: "1 November 2022" in English, "1 Tachwedd 2022" in
 * Welsh. Day, month name and year, in that order, is how both write a date in running text; the month's name
 * comes from the locale's own data (CLDR), so no month is spelt here.
 */
public final class Formats {

    private final Locale locale;

    /** Dates for pages in English, as a reader in England writes them. */
    public Formats() {
        this(Locale.UK);
    }

    /** Dates for pages in {@code locale}'s language. */
    public Formats(Locale locale) {
        this.locale = locale;
    }

    public String date(CharterDate date) {
        // The standalone form: the month named on its own, not inflected as some languages inflect it after a day.
        String month = java.time.Month.of(date.month()).getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return date.hasDay() ? date.day() + " " + month + " " + date.year() : month + " " + date.year();
    }

    /** A day, such as the date of a self-evaluation. */
    public String date(java.time.LocalDate date) {
        return date(new CharterDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
    }
}

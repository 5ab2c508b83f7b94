package org.charterkit.render;

import java.time.format.TextStyle;
import java.util.Locale;
import org.charterkit.model.CharterDate;

/** Dates and sizes as a reader in England writes them: "1 November 2022". */
public final class Formats {

    public String date(CharterDate date) {
        String month = java.time.Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.UK);
        return date.hasDay() ? date.day() + " " + month + " " + date.year() : month + " " + date.year();
    }

    /** A day, such as the date of a self-evaluation. */
    public String date(java.time.LocalDate date) {
        return date(new CharterDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
    }
}

package org.charterkit.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A date in a charter: a full date ({@code 2022-11-01}) or, where a source only tells the month, a month
 * ({@code 2011-11}). Charters are often dated from minutes that give no day, and inventing one would put words
 * in an area's mouth.
 *
 * @param day the day of the month, or 0 when only the month is known
 */
public record CharterDate(int year, int month, int day) implements Comparable<CharterDate> {

    public CharterDate {
        if (day == 0) {
            YearMonth.of(year, month);
        } else {
            LocalDate.of(year, month, day);
        }
    }

    /** Reads {@code YYYY-MM-DD} or {@code YYYY-MM}; empty when the text is not such a date or no such day exists. */
    public static Optional<CharterDate> parse(String text) {
        String t = text.strip();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(new CharterDate(Integer.parseInt(t.substring(0, 4)),
                        Integer.parseInt(t.substring(5, 7)), Integer.parseInt(t.substring(8, 10))));
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                return Optional.of(new CharterDate(Integer.parseInt(t.substring(0, 4)),
                        Integer.parseInt(t.substring(5, 7)), 0));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public boolean hasDay() {
        return day != 0;
    }

    /** The first day the date covers, for comparing dates of either kind. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month, hasDay() ? day : 1);
    }

    @Override
    public int compareTo(CharterDate other) {
        return firstDay().compareTo(other.firstDay());
    }

    /** The ISO form, as written in the source and in {@code <time datetime>}. */
    @Override
    public String toString() {
        return hasDay() ? "%04d-%02d-%02d".formatted(year, month, day) : "%04d-%02d".formatted(year, month);
    }
}

package org.charterkit.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * A day, a month named in words and a year: {@code 1 November 2022}, {@code 3rd Sept 2024}, and in Welsh
     * {@code 1af Tachwedd 2023}, {@code 3ydd Mawrth 2024}.
     */
    private static final Pattern NAMED_DAY = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})");
    /** The months in Welsh, January first: Welsh charters and their translations print their dates so. */
    private static final java.util.List<String> WELSH_MONTHS = java.util.List.of("ionawr", "chwefror", "mawrth",
            "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr");
    /** A month named in words and a year: {@code November 2022}, {@code Nov 2022}. */
    private static final Pattern NAMED_MONTH = Pattern.compile("(\\p{L}+)\\.?,?\\s+(\\d{4})");

    /**
     * Reads {@code YYYY-MM-DD} or {@code YYYY-MM}, and the same dates as charters print them: {@code 1 November
     * 2022}, {@code November 2022} (a month's name in full or cut short, {@code Nov}, {@code Sept}). Empty when
     * the text is none of these or no such day exists. Dates written with slashes are not read: {@code 1/11/2022}
     * is the first of November to one reader and the eleventh of January to another.
     */
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
            Matcher m = NAMED_DAY.matcher(t);
            if (m.matches()) {
                int day = Integer.parseInt(m.group(1));
                return monthNamed(m.group(2)).map(month -> new CharterDate(Integer.parseInt(m.group(3)), month, day));
            }
            Matcher named = NAMED_MONTH.matcher(t);
            if (named.matches()) {
                return monthNamed(named.group(1)).map(month -> new CharterDate(Integer.parseInt(named.group(2)),
                        month, 0));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The month (1 to 12) an English or Welsh word names: its full name or the start of it, three letters at
     * least ({@code Nov}, {@code Sept}, {@code Tach}), in any case; empty for any other word. English names are
     * tried first, so {@code Mar} is March in either language.
     */
    public static Optional<Integer> monthNamed(String word) {
        String written = word.toLowerCase(Locale.ROOT);
        if (written.length() < 3) {
            return Optional.empty();
        }
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT).startsWith(written)) {
                return Optional.of(month.getValue());
            }
        }
        for (int month = 0; month < WELSH_MONTHS.size(); month++) {
            if (WELSH_MONTHS.get(month).startsWith(written)) {
                return Optional.of(month + 1);
            }
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

    /**
     * The last day the date covers: the day itself, or a month's last day. "Review by March 2026" is kept until
     * March is over.
     */
    public LocalDate lastDay() {
        return hasDay() ? LocalDate.of(year, month, day) : YearMonth.of(year, month).atEndOfMonth();
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

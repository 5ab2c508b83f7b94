package org.charterkit.model;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a pledged piece of work is due: a month ("April 2026"), a quarter of the year, or ongoing work with no
 * end. Areas write targets as their plans do, so several spellings are read: {@code 2026-04}, {@code April 2026},
 * {@code 2026-Q2}, {@code Q2 2026}, {@code ongoing}.
 *
 * @param quarter 1 to 4 for a quarter, 0 otherwise
 * @param month   1 to 12 for a month, 0 otherwise
 */
public record PledgeTarget(Kind kind, int year, int quarter, int month) {

    /** What kind of target it is; the theme names each in words. */
    public enum Kind {
        MONTH, QUARTER, ONGOING
    }

    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern NAMED_MONTH = Pattern.compile("([A-Za-z]+)\\s+(\\d{4})");
    private static final Pattern QUARTER_AFTER = Pattern.compile("(\\d{4})[- ]?[Qq]([1-4])");
    private static final Pattern QUARTER_BEFORE = Pattern.compile("[Qq]([1-4])[- ]?(\\d{4})");

    public static final PledgeTarget ONGOING = new PledgeTarget(Kind.ONGOING, 0, 0, 0);

    /** The target a person wrote, or empty when it is none of the forms above. */
    public static Optional<PledgeTarget> parse(String written) {
        String text = written.strip();
        if (text.equalsIgnoreCase("ongoing")) {
            return Optional.of(ONGOING);
        }
        Matcher m = ISO_MONTH.matcher(text);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            return month >= 1 && month <= 12 ? Optional.of(new PledgeTarget(Kind.MONTH,
                    Integer.parseInt(m.group(1)), 0, month)) : Optional.empty();
        }
        m = NAMED_MONTH.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(2));
            return CharterDate.monthNamed(m.group(1)).map(month -> new PledgeTarget(Kind.MONTH, year, 0, month));
        }
        m = QUARTER_AFTER.matcher(text);
        if (m.matches()) {
            return Optional.of(new PledgeTarget(Kind.QUARTER, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), 0));
        }
        m = QUARTER_BEFORE.matcher(text);
        if (m.matches()) {
            return Optional.of(new PledgeTarget(Kind.QUARTER, Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)), 0));
        }
        return Optional.empty();
    }

    /** The last day the target allows; ongoing work has none. */
    public Optional<LocalDate> lastDay() {
        return switch (kind) {
            case MONTH -> Optional.of(LocalDate.of(year, month, 1).plusMonths(1).minusDays(1));
            case QUARTER -> Optional.of(LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1));
            case ONGOING -> Optional.empty();
        };
    }

    /** Whether the whole of the target lies before {@code today}. */
    public boolean hasPassed(LocalDate today) {
        return lastDay().filter(last -> last.isBefore(today)).isPresent();
    }

    /** The month as a date without a day, for showing as "April 2026". */
    public CharterDate asMonth() {
        return new CharterDate(year, Math.max(month, 1), 0);
    }

    /** The one spelling used in the open data: {@code 2026-04}, {@code 2026-Q2} or {@code ongoing}. */
    public String key() {
        return switch (kind) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
            case QUARTER -> year + "-Q" + quarter;
            case ONGOING -> "ongoing";
        };
    }

    /** The theme's name for the kind, in lower case, for message keys. */
    public String kindKey() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}

package org.charterkit.model;

import java.time.LocalDate;
import org.charterkit.diagnostic.Location;

/**
 * The day someone last checked a guide's or a glossary entry's facts against their sources. Parents act on
 * these pages, and laws and bodies change: the date tells a reader how fresh the facts are, and lets the check
 * ask for another look once it is more than a year old.
 *
 * @param date     the day of the check, always a full date
 * @param location where the date is written, for the check to point at
 */
public record Checked(CharterDate date, Location location) {

    public Checked {
        if (!date.hasDay()) {
            throw new IllegalArgumentException("a check is on a day, not in a month: " + date);
        }
    }

    /** Whether the check is more than twelve months before {@code today}, and so due to be done again. */
    public boolean isStale(LocalDate today) {
        return date.firstDay().isBefore(today.minusMonths(12));
    }
}

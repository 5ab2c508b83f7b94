package org.charterkit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.charterkit.diagnostic.Location;

/**
 * One published self-evaluation: where a school, setting, team or service said it stood on each commitment of
 * its area's charter, on one day. Read from {@code charters/<area>/evaluations/<setting>-<date>.yml}; an area
 * publishes one on purpose, since self-evaluation is otherwise private to the browser that made it.
 *
 * @param file           the file it was read from, relative to the project, for messages
 * @param setting        who evaluated itself, as it names itself ("Riverside Primary School")
 * @param date           the day of the evaluation; empty when missing or unreadable (the check says so)
 * @param charterVersion the version of the charter it was made against, so commitments reworded or removed
 *                       later still read as they were then
 * @param sample         whether it is a made-up example, which the pages mark as such
 * @param ratings        one per commitment rated, in the order written
 * @param fields         where each top-level field was written, for messages about it
 */
public record Evaluation(String file, String setting, Optional<LocalDate> date, String charterVersion,
        boolean sample, List<Rating> ratings, java.util.Map<String, Location> fields, Location location) {

    public Evaluation {
        ratings = List.copyOf(ratings);
        fields = java.util.Map.copyOf(fields);
    }

    /** Where a field was written, or the file's start when it was left out. */
    public Location where(String field) {
        return fields.getOrDefault(field, location);
    }

    /**
     * Where a setting stood on one commitment.
     *
     * @param commitment the commitment's anchor on the charter page of that version
     *                   ({@code welcome-and-care-create-a-welcoming-and-caring-space})
     * @param step       the step as written: the scale step's id or name
     * @param evidence   what shows it; empty when not given
     * @param next       what the setting will do next; empty when not given
     * @param location   where the commitment's anchor was written
     * @param stepAt     where the step was written
     */
    public record Rating(String commitment, String step, String evidence, String next, Location location,
            Location stepAt) {
    }
}

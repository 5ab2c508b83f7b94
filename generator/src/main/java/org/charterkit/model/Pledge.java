package org.charterkit.model;

import java.time.LocalDate;
import java.util.Optional;
import org.charterkit.diagnostic.Location;

/**
 * A pledged piece of work a charter lists beside its framework: what will be done, who leads it, by when, and
 * how far it has got. Kept as data so the check can notice a target that has passed and the pages can count
 * what is done.
 *
 * @param what           the work, in the charter's words
 * @param lead           who leads it; empty when not said
 * @param target         when it is due; empty when the target could not be read (the reader reports it)
 * @param status         how far it has got; empty when it could not be read (the reader reports it)
 * @param note           a note on progress, in the charter's words; may be empty
 * @param evidence       a web address showing the work, or empty
 * @param targetLocation where the target is written, for the check's warning
 */
public record Pledge(String what, String lead, Optional<PledgeTarget> target, Optional<PledgeStatus> status,
        String note, String evidence, Location location, Location targetLocation) {

    public boolean isDone() {
        return status.filter(s -> s == PledgeStatus.DONE).isPresent();
    }

    /** Whether its target has passed on {@code today} and it is not done. */
    public boolean isOverdue(LocalDate today) {
        return !isDone() && target.filter(t -> t.hasPassed(today)).isPresent();
    }
}

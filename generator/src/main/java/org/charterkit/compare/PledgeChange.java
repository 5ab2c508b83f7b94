package org.charterkit.compare;

import java.util.Optional;
import org.charterkit.model.Pledge;

/**
 * A pledge one version has and the other lacks, or whose status, target, lead or note moved on. Pledges are
 * paired by their words ({@code what}), so a pledge that is reworded shows as one gone and one added.
 *
 * @param kind   {@link ChangeKind#ADDED}, {@link ChangeKind#REMOVED} or {@link ChangeKind#REWORDED} (updated)
 * @param before the pledge in the older version, when it had it
 * @param after  the pledge in the newer version, when it has it
 */
public record PledgeChange(ChangeKind kind, Optional<Pledge> before, Optional<Pledge> after) {

    /** The pledge's words, from whichever version has it. */
    public String what() {
        return after.or(() -> before).map(Pledge::what).orElse("");
    }

    public boolean statusChanged() {
        return before.isPresent() && after.isPresent() && !before.get().status().equals(after.get().status());
    }

    public boolean targetChanged() {
        return before.isPresent() && after.isPresent() && !before.get().target().equals(after.get().target());
    }
}

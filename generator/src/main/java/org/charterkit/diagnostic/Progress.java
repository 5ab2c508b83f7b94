package org.charterkit.diagnostic;

/**
 * How far a long build has got, for a person watching it: a stage ("Printing charters") and a count. The
 * pipeline reports; the command decides whether anyone is watching (a terminal) or asked to see it (--verbose).
 */
@FunctionalInterface
public interface Progress {

    /** A build nobody watches. */
    Progress NONE = (stage, done, total) -> { };

    /** {@code done} of {@code total} things of {@code stage} are finished. */
    void update(String stage, int done, int total);
}

package org.charterkit.diagnostic;

import java.util.Comparator;

/**
 * One problem found in the sources, as a value: where it is, what is wrong, and how to fix it. Every stage
 * returns these instead of throwing, so a run reports all mistakes together.
 *
 * @param hint how to put it right, in words a parent carer editing on GitHub can act on; may be empty
 */
public record Diagnostic(Severity severity, Location location, String message, String hint)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(Location location, String message, String hint) {
        return new Diagnostic(Severity.ERROR, location, message, hint);
    }

    public static Diagnostic warning(Location location, String message, String hint) {
        return new Diagnostic(Severity.WARNING, location, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The first line of the message: {@code path:line:col: error: what is wrong}. */
    public String headline() {
        return location + ": " + severity.label() + ": " + message;
    }

    /** The headline, then the hint on its own indented line when there is one. */
    public String format() {
        return hint.isEmpty() ? headline() : headline() + System.lineSeparator() + "  hint: " + hint;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}

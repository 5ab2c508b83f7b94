package org.charterkit.diagnostic;

/** How serious a diagnostic is: errors stop the build, warnings are shown and the build goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word shown in messages: {@code error} or {@code warning}. */
    public String label() {
        return label;
    }
}

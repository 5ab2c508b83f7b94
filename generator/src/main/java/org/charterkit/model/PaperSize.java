package org.charterkit.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The paper a charter's poster is printed on. A4 suits a noticeboard or a meeting handout; A3 is for a charter
 * with many commitments, or one framed in a reception area.
 */
public enum PaperSize {
    A4("A4", 210, 297),
    A3("A3", 297, 420);

    private final String label;
    private final int widthMm;
    private final int heightMm;

    PaperSize(String label, int widthMm, int heightMm) {
        this.label = label;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The name people know it by, as written in front matter and shown to readers. */
    public String label() {
        return label;
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }

    /** Reads {@code A4} or {@code A3}, in either case. */
    public static Optional<PaperSize> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label.toUpperCase(Locale.ROOT))).findFirst();
    }
}

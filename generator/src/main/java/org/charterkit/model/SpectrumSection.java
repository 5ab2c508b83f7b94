package org.charterkit.model;

import java.util.List;
import org.charterkit.diagnostic.Location;

/**
 * A charter's spectrum of participation.
 *
 * @param levels the levels from the lowest to the highest, whatever order the charter writes them in, so the
 *               page can show them as an ordered scale
 */
public record SpectrumSection(String heading, String anchor, Markdown introduction, List<SpectrumLevel> levels,
        Location location) implements CharterSection {

    public SpectrumSection {
        levels = List.copyOf(levels);
    }

    @Override
    public String kind() {
        return "spectrum";
    }
}

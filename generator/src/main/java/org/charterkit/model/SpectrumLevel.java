package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * A level of the spectrum of participation as a charter defines it.
 *
 * @param id         the framework's id for the level, or one made from the heading when the framework has no
 *                   spectrum
 * @param name       the heading as the charter writes it
 * @param rank       its place on the scale, 0 for the lowest (Information)
 * @param definition the charter's words under the heading
 */
public record SpectrumLevel(String id, String name, int rank, Markdown definition, Location location)
        implements ScaleLevel {
}

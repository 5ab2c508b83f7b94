package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * An organisation behind a charter: the council, the integrated care board, the parent carer forum, the young
 * people's forum.
 *
 * @param id    the short name the charter's signatories refer to
 * @param shortName the organisation's abbreviation ("WCC"), or empty
 * @param kind  what sort of body it is ({@code local-authority}, {@code health}, ...), or empty
 */
public record Partner(String id, String name, String shortName, String kind, Location location) {
}

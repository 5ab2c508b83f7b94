package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * A level of involvement (strategic, service, individual) as a charter defines it.
 *
 * @param rank       its place in the framework's list, 0 for the widest
 * @param definition the charter's words under the heading
 */
public record InvolvementLevel(String id, String name, int rank, Markdown definition, Location location)
        implements ScaleLevel {
}

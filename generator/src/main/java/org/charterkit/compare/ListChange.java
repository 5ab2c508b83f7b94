package org.charterkit.compare;

/**
 * A signatory or partner that one version lists and the other does not.
 *
 * @param kind {@link ChangeKind#ADDED} or {@link ChangeKind#REMOVED}
 * @param text a partner's name, or a signatory as "name, partner name" ("Nigel Miles, Warwickshire County
 *             Council"), so a person who signs for another organisation shows as a change
 */
public record ListChange(ChangeKind kind, String text) {
}

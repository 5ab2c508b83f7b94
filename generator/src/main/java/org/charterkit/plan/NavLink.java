package org.charterkit.plan;

/**
 * A link in navigation or breadcrumbs.
 *
 * @param label   what the link says: a theme message, or the charter's own words
 * @param target  the site path linked to ({@code warwickshire/charter/})
 * @param current true on the link to the page being shown, so it can carry {@code aria-current="page"}
 */
public record NavLink(Label label, String target, boolean current) {
}

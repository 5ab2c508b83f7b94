package org.charterkit.plan;

/**
 * A link in navigation or breadcrumbs.
 *
 * @param target  the site path linked to ({@code warwickshire/charter/})
 * @param current true on the link to the page being shown, so it can carry {@code aria-current="page"}
 */
public record NavLink(String label, String target, boolean current) {
}

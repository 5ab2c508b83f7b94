package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * An organisation behind a charter: the council, the integrated care board, the parent carer forum, the young
 * people's forum.
 *
 * @param id    the short name the charter's signatories refer to
 * @param shortName the organisation's abbreviation ("WCC"), or empty
 * @param kind  what sort of body it is ({@code local-authority}, {@code health}, ...), or empty
 * @param logo  the organisation's logo, when the charter shows it
 * @param logoConsent whether the charter records that the organisation agreed to its logo being used: the
 *              Warwickshire charter commits to "use of logos with consent", so a logo without it is an error
 */
public record Partner(String id, String name, String shortName, String kind, java.util.Optional<ImageUse> logo,
        boolean logoConsent, Location location) {
}

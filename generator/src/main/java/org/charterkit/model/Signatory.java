package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * A person who signed a charter for one of its partners.
 *
 * @param partnerId the {@link Partner#id()} of the organisation they signed for
 * @param role      their role, or empty
 * @param onBehalf  true when they signed on behalf of the organisation rather than as its head
 * @param signature an image of their signature, for the printed charter, when the charter supplies one
 * @param signed    the day they signed, when the charter records it: the printed charter shows it by the
 *                  signature, as a signed paper charter would
 */
public record Signatory(String name, String partnerId, String role, boolean onBehalf,
        java.util.Optional<ImageUse> signature, Location location, java.util.Optional<CharterDate> signed) {

    /** A signatory whose signing day is not recorded. */
    public Signatory(String name, String partnerId, String role, boolean onBehalf,
            java.util.Optional<ImageUse> signature, Location location) {
        this(name, partnerId, role, onBehalf, signature, location, java.util.Optional.empty());
    }
}

package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * Who to ask for a charter in another format (large print, easy read, audio) or to report an accessibility
 * problem. Any part may be empty; the check warns when a charter gives no way to get in touch at all.
 */
public record Contact(String name, String email, String phone, String url, Location location,
        Location urlLocation) {

    public boolean isReachable() {
        return !email.isBlank() || !phone.isBlank() || hasWebAddress();
    }

    /**
     * Whether {@code url} is a web address. Anything else (a script or {@code data:} URL from an
     * unknown contributor) is never made a link; the check reports it.
     */
    public boolean hasWebAddress() {
        return url.matches("(?i)https?://[^\\s\"'<>]+");
    }
}

package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * Who to ask for a charter in another format (large print, easy read, audio) or to report an accessibility
 * problem. Any part may be empty; the check warns when a charter gives no way to get in touch at all.
 */
public record Contact(String name, String email, String phone, String url, Location location) {

    public boolean isReachable() {
        return !email.isBlank() || !phone.isBlank() || !url.isBlank();
    }
}

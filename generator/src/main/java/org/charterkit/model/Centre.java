package org.charterkit.model;

import java.util.List;

/** What a framework puts at its centre, built by the parts around it: Trust, for the Four Cornerstones. */
public record Centre(String id, String name, List<String> aliases, String description) {

    public Centre {
        aliases = List.copyOf(aliases);
    }
}

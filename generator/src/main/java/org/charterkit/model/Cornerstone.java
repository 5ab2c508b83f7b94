package org.charterkit.model;

import java.util.List;

/**
 * One part of a framework that every charter on it must cover: a cornerstone of the Four Cornerstones, or a
 * promise area of another framework.
 *
 * @param aliases    other names a charter heading may use for it ("Welcome &amp; Care")
 * @param indicators what the cornerstone looks like in practice
 */
public record Cornerstone(String id, String name, List<String> aliases, String description,
        List<String> indicators) {

    public Cornerstone {
        aliases = List.copyOf(aliases);
        indicators = List.copyOf(indicators);
    }
}

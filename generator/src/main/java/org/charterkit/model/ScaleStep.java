package org.charterkit.model;

import java.util.List;

/**
 * One named step of a scale a framework defines: a level of the spectrum of participation, or a level of
 * involvement. The position in the framework's list is its rank.
 */
public record ScaleStep(String id, String name, List<String> aliases) {

    public ScaleStep {
        aliases = List.copyOf(aliases);
    }
}

package org.charterkit.model;

import java.util.List;
import java.util.Optional;
import org.charterkit.diagnostic.Location;

/**
 * A way of organising a charter, defined as data under {@code content/frameworks/}: the parts every charter on
 * it must cover, what sits at the centre, and the scales it uses. A new framework is a new file, not new code.
 *
 * @param term      what one part is called on the pages ("cornerstone")
 * @param terms     the plural ("cornerstones")
 * @param leadIn    the usual words before each list of commitments ("We will:")
 * @param centre    what the parts build together, if the framework names one
 * @param spectrum  the spectrum of participation, lowest first; empty when the framework has none
 * @param levels    the levels of involvement, widest first; empty when the framework has none
 * @param prose     whether each part is a statement in prose (a value, with a sentence or three) rather than a
 *                  list of commitments: {@code form: prose} in the framework's file
 */
public record Framework(String id, String name, String description, String source, String term, String terms,
        String leadIn, Optional<Centre> centre, List<Cornerstone> cornerstones, List<ScaleStep> spectrum,
        List<ScaleStep> levels, Location location, boolean prose) {

    public Framework {
        cornerstones = List.copyOf(cornerstones);
        spectrum = List.copyOf(spectrum);
        levels = List.copyOf(levels);
    }
}

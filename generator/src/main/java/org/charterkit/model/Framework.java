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
 * @param evaluationScale the steps a setting rates itself on against each commitment, lowest first; the four
 *                  default steps when the framework names none
 * @param prose     whether each part is a statement in prose (a value, with a sentence or three) rather than a
 *                  list of commitments: {@code form: prose} in the framework's file
 */
public record Framework(String id, String name, String description, String source, String term, String terms,
        String leadIn, Optional<Centre> centre, List<Cornerstone> cornerstones, List<ScaleStep> spectrum,
        List<ScaleStep> levels, List<ScaleStep> evaluationScale, Location location, boolean prose) {

    /** A framework whose parts hold lists of commitments, as every framework did before prose values. */
    public Framework(String id, String name, String description, String source, String term, String terms,
            String leadIn, Optional<Centre> centre, List<Cornerstone> cornerstones, List<ScaleStep> spectrum,
            List<ScaleStep> levels, List<ScaleStep> evaluationScale, Location location) {
        this(id, name, description, source, term, terms, leadIn, centre, cornerstones, spectrum, levels,
                evaluationScale, location, false);
    }

    /** The steps of self-evaluation when a framework names none: plain words, lowest first. */
    public static final List<ScaleStep> DEFAULT_EVALUATION_SCALE = List.of(
            new ScaleStep("not-yet", "Not yet", List.of()),
            new ScaleStep("starting", "Starting", List.of()),
            new ScaleStep("doing-it", "Doing it", List.of()),
            new ScaleStep("embedded", "Embedded", List.of()));

    public Framework {
        cornerstones = List.copyOf(cornerstones);
        spectrum = List.copyOf(spectrum);
        levels = List.copyOf(levels);
        evaluationScale = List.copyOf(evaluationScale.isEmpty() ? DEFAULT_EVALUATION_SCALE : evaluationScale);
    }

    /** The step of self-evaluation written as {@code written}: its id, its name or an alias, in any case. */
    public java.util.Optional<ScaleStep> evaluationStep(String written) {
        String key = written.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        return evaluationScale.stream().filter(step -> java.util.stream.Stream
                .concat(java.util.stream.Stream.of(step.id(), step.name()), step.aliases().stream())
                .anyMatch(name -> name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "")
                        .equals(key))).findFirst();
    }
}

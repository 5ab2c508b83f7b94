package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/** A level a charter defines on one of its framework's scales: the spectrum of participation or the levels of involvement. */
public sealed interface ScaleLevel permits SpectrumLevel, InvolvementLevel {

    /** The framework's id for the level, or one made from the heading when the framework does not know it. */
    String id();

    /** The heading as the charter writes it. */
    String name();

    /** Its place on the scale, 0 first; levels the framework does not know come after those it does. */
    int rank();

    /** The charter's words under the heading. */
    Markdown definition();

    Location location();

    /**
     * Whether the words under the heading go on from its name rather than standing alone: Warwickshire's printed
     * spectrum sets "Information" in bold with "is giving children, young people…" beneath it, one sentence
     * across the two. A page then puts the name in front of the words, so they read as the sentence the charter
     * printed, without changing a word. Only a single paragraph that starts in lower case continues its name, or
     * one that starts with the dash or colon a charter wrote after a bold name ("**Information** – telling people
     * what is happening").
     */
    default boolean continuesName() {
        String words = definition().source().strip();
        return !words.isEmpty() && !words.contains("\n\n") && (Character.isLowerCase(words.codePointAt(0))
                || words.matches("(?s)[:\u2013\u2014-]\\s.*"));
    }

    /** What stands between the name and words that continue it: nothing before a colon, a space otherwise. */
    default String nameJoin() {
        return definition().source().strip().startsWith(":") ? "" : " ";
    }
}

package org.charterkit.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.charterkit.model.GlossaryEntry;

/**
 * The glossary grouped by first letter, so the template only loops: a heading for each letter that has terms,
 * and a row of jump links A to Z at the top, where a letter without terms is shown but is not a link (a link to
 * nothing would be a dead end for a reader scanning the row).
 *
 * @param letters the letters with terms, in order, each with its entries A to Z
 * @param row     every letter A to Z, then {@code #} if some term starts with a digit or a sign
 */
public record GlossaryLetters(List<Letter> letters, List<Jump> row) {

    public GlossaryLetters {
        letters = List.copyOf(letters);
        row = List.copyOf(row);
    }

    /** The terms under one letter; {@code id} is the letter as a fragment identifier. */
    public record Letter(String letter, String id, List<GlossaryEntry> entries) {
        public Letter {
            entries = List.copyOf(entries);
        }
    }

    /** One place in the row of jump links: a link only when {@code present}. */
    public record Jump(String letter, String id, boolean present) {
    }

    private static final String OTHER = "#";

    /** Groups entries already sorted A to Z (as {@code Project.glossary()} holds them), keeping their order. */
    public static GlossaryLetters of(List<GlossaryEntry> glossary) {
        Map<String, List<GlossaryEntry>> byLetter = new LinkedHashMap<>();
        for (GlossaryEntry entry : glossary) {
            byLetter.computeIfAbsent(letterOf(entry.term()), l -> new ArrayList<>()).add(entry);
        }
        List<Letter> letters = new ArrayList<>();
        List<Jump> row = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            String letter = String.valueOf(c);
            row.add(new Jump(letter, idOf(letter), byLetter.containsKey(letter)));
            if (byLetter.containsKey(letter)) {
                letters.add(new Letter(letter, idOf(letter), byLetter.get(letter)));
            }
        }
        if (byLetter.containsKey(OTHER)) {
            row.add(new Jump(OTHER, idOf(OTHER), true));
            letters.add(new Letter(OTHER, idOf(OTHER), byLetter.get(OTHER)));
        }
        return new GlossaryLetters(letters, row);
    }

    /**
     * The fragment identifier of a letter's heading. Prefixed, because the entries' own addresses are their
     * abbreviations in lower case, and a one-letter abbreviation would otherwise clash with its letter.
     */
    private static String idOf(String letter) {
        return "letter-" + (letter.equals(OTHER) ? "other" : letter.toLowerCase(Locale.ROOT));
    }

    /** The first letter or digit of a term in capitals, skipping quotes; {@code #} when it is not A to Z. */
    private static String letterOf(String term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                char upper = Character.toUpperCase(c);
                return upper >= 'A' && upper <= 'Z' ? String.valueOf(upper) : OTHER;
            }
        }
        return OTHER;
    }
}

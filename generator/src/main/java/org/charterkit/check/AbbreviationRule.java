package org.charterkit.check;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.model.GlossaryEntry;
import org.charterkit.model.Markdown;
import org.charterkit.model.Partner;
import org.charterkit.model.Project;

/**
 * Warns about an abbreviation a charter uses that no one explains: not the glossary, not the charter's
 * partners ({@code short: WCC}), not the charter's own text ("Preparing for Adulthood (PfA)"). Families
 * reading a charter meet SEND, ICB and PfA in the first lines; the pages explain each one the glossary knows on
 * its first use, so one the glossary does not know is left unexplained. Only the current charter is checked:
 * released versions never change, so a warning about them could never be acted on.
 */
final class AbbreviationRule implements AreaRule {

    /**
     * Two or more capital letters in one word, with lower-case letters or digits allowed between and after:
     * {@code SEND}, {@code PfA}, {@code SENCo}, {@code SE7}, but not {@code I} or {@code A}.
     */
    static final Pattern ABBREVIATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[A-Z][a-z0-9]*+[A-Z][A-Za-z0-9]*+(?![\\p{L}\\p{N}])");

    /**
     * An abbreviation given in brackets after what it stands for: "Preparing for Adulthood (PfA)". The second
     * capital is the first after the first, and nothing is given back ({@code *+}), so a long run of capitals
     * is read once, not once for each place it could be split.
     */
    static final Pattern DEFINED_IN_TEXT = Pattern.compile(
            "\\(\\s*+([A-Z][a-z0-9]*+[A-Z][A-Za-z0-9]*+)\\s*+\\)");

    /**
     * An abbreviation explained as a jargon buster explains it, at the start of a line: the first cell of a
     * table row with words in the next ("| CYP | Children and young people |"), or a term before a colon, a
     * dash or "means" ("- **LO** – Local Offer", "TTP: Team Together Partnership", "EHCP means ...").
     */
    static final Pattern DEFINED_AS_TERM = Pattern.compile("(?m)^[ \\t]*+(?:\\|[ \\t]*+|[-*+][ \\t]++)?(?:\\*\\*)?"
            + "([A-Z][a-z0-9]*+[A-Z][A-Za-z0-9]*+)(?:\\*\\*)?[ \\t]*+(?:\\|[ \\t]*+[^|\\s]|[:\u2013\u2014][ \\t]*+\\S"
            + "|-[ \\t]++\\S|(?:means|stands for)[ \\t])");

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        Set<String> glossary = new HashSet<>();
        for (GlossaryEntry entry : project.glossary()) {
            glossary.addAll(entry.abbreviations());
            glossary.add(entry.term().toUpperCase(Locale.ROOT));
        }
        Charter charter = area.charter();
        List<CharterText> texts = CharterText.of(charter);
        Set<String> defined = new HashSet<>(glossary);
        charter.partners().stream().map(Partner::shortName).filter(s -> !s.isEmpty()).forEach(defined::add);
        for (CharterText text : texts) {
            Matcher m = DEFINED_IN_TEXT.matcher(text.words());
            while (m.find()) {
                defined.add(m.group(1));
            }
            Matcher term = DEFINED_AS_TERM.matcher(text.words());
            while (term.find()) {
                defined.add(term.group(1));
            }
        }
        // The first use of each abbreviation, in file order.
        Map<String, Location> firstUse = new TreeMap<>();
        Boolean charterShouts = null;
        for (CharterText text : texts) {
            String prose = prose(text.words());
            Matcher m = ABBREVIATION.matcher(prose);
            Set<String> seenHere = new HashSet<>();
            CharterText.Locator locator = text.locator();
            // Matches come in order: each line is judged once, however many capitals it holds.
            int lineEnd = -1;
            boolean lineShouted = false;
            while (m.find()) {
                String word = m.group();
                if (m.start() > lineEnd) {
                    int end = prose.indexOf('\n', m.start());
                    lineEnd = end < 0 ? prose.length() : end;
                    String line = prose.substring(prose.lastIndexOf('\n', m.start()) + 1, lineEnd);
                    lineShouted = shouted(line);
                    if (!lineShouted && inCapitals(line) && line.strip().split("[^\\p{L}]+").length >= 2) {
                        // "MAKE EVERYONE FEEL WELCOME": no short plain word, but a charter set in capitals.
                        if (charterShouts == null) {
                            charterShouts = shoutedLines(texts) >= 2;
                        }
                        lineShouted = charterShouts;
                    }
                }
                if (lineShouted) {
                    continue;
                }
                // Within one text the first use comes first; later ones need no place worked out.
                if (!isDefined(word, defined) && seenHere.add(word)) {
                    Location at = locator.locate(m.start());
                    firstUse.merge(word, at, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        }
        firstUse.forEach((word, at) -> out.warning(at, "the abbreviation `" + word
                        + "` is not explained: the glossary does not define it and neither does the charter",
                "write it out in full the first time, with the abbreviation in brackets after it, or add it to"
                        + " content/glossary.yml with its `term` and `definition`"));
    }

    /** Short words of English that are never abbreviations: a line in capitals that has one is shouted. */
    private static final Set<String> PLAIN_WORDS = Set.of("A", "AN", "AND", "THE", "OF", "TO", "IN", "ON", "AT",
            "BY", "FOR", "WITH", "OUR", "WE", "WILL", "YOU", "YOUR", "IS", "ARE", "BE", "ALL", "HOW", "WHAT", "WHO");

    /**
     * Whether a line is written all in capitals, as printed charters set their headings
     * ("VALUE AND INCLUDE", "WE WILL:"): its words are then the author's words in capitals, not abbreviations.
     * A line of capitals with no plain English word in it ("NHS ICB") is not shouted.
     */
    private static boolean shouted(String line) {
        if (!inCapitals(line)) {
            return false;
        }
        return java.util.Arrays.stream(line.split("[^\\p{L}]+")).anyMatch(PLAIN_WORDS::contains);
    }

    private static boolean inCapitals(String line) {
        return line.chars().noneMatch(Character::isLowerCase);
    }

    /**
     * How many lines of the charter are shouted. A charter with two or more is set in capitals, as some printed
     * charters are: then every line of capitals with two words or more is its author's words, even one with no
     * short plain word ("LOOK AFTER EACH OTHER"). A single word in capitals ("NHS") is still judged alone.
     */
    private static int shoutedLines(List<CharterText> texts) {
        int shouted = 0;
        for (CharterText text : texts) {
            for (String line : prose(text.words()).split("\n")) {
                if (shouted(line)) {
                    shouted++;
                }
            }
        }
        return shouted;
    }

    /** Whether the word is explained; "EHCPs" is explained when "EHCP" is, and "TRUST" when "Trust" is. */
    private static boolean isDefined(String word, Set<String> defined) {
        return defined.contains(word) || defined.contains(word.toUpperCase(Locale.ROOT))
                || word.endsWith("s") && defined.contains(word.substring(0, word.length() - 1));
    }

    /**
     * The Markdown with what is not prose blanked out, keeping every offset so locations stay right. What is not
     * prose is what {@code \\]\\([^)]*\\)|<[^>\\n]*>|`[^`\\n]*`} finds: link addresses, HTML tags and code,
     * which may hold capitals by chance. It is found in one pass: that expression searched on from every
     * {@code <} or {@code ](} for an end that never comes, reading the rest of the line or text each time.
     */
    static String prose(CharSequence markdown) {
        int length = markdown.length();
        StringBuilder blanked = new StringBuilder(length).append(markdown);
        // Where a search for an end found none; any later search from before there finds none either.
        int tagsFailUntil = -1;
        boolean addressesFail = false;
        int i = 0;
        while (i < length) {
            char c = markdown.charAt(i);
            int end = -1;
            if (c == ']' && !addressesFail && i + 1 < length && markdown.charAt(i + 1) == '(') {
                end = find(markdown, i + 2, ')', (char) 0);
                addressesFail = end < 0;
            } else if (c == '<' && i >= tagsFailUntil) {
                end = find(markdown, i + 1, '>', '\n');
                if (end < 0 || markdown.charAt(end) != '>') {
                    tagsFailUntil = end < 0 ? length : end;
                    end = -1;
                }
            } else if (c == '`') {
                end = find(markdown, i + 1, '`', '\n');
                end = end >= 0 && markdown.charAt(end) == '`' ? end : -1;
            }
            if (end < 0) {
                i++;
                continue;
            }
            for (int j = i; j <= end; j++) {
                if (blanked.charAt(j) != '\n') {
                    blanked.setCharAt(j, ' ');
                }
            }
            i = end + 1;
        }
        return blanked.toString();
    }

    /** The offset of the first {@code wanted} or {@code stop} from {@code from}, or -1 when there is neither. */
    private static int find(CharSequence text, int from, char wanted, char stop) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == wanted || c == stop && stop != 0) {
                return i;
            }
        }
        return -1;
    }

}

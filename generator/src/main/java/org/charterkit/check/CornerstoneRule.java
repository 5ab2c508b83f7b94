package org.charterkit.check;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.Slugs;
import org.charterkit.load.Suggestions;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.model.Commitment;
import org.charterkit.model.Cornerstone;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.Framework;
import org.charterkit.model.FreeSection;
import org.charterkit.model.Project;
import org.charterkit.model.RawHtml;

/**
 * Every cornerstone of the framework has its section, once, with at least one commitment, and no commitment is
 * written twice under one cornerstone.
 */
final class CornerstoneRule implements AreaRule {

    /** The line under a Markdown table's header: {@code |---|---|}, {@code :--- | ---:}. */
    private static final java.util.regex.Pattern TABLE_RULE = java.util.regex.Pattern.compile(
            "(?m)^[ \\t]*\\|?[ \\t]*:?-{3,}:?[ \\t]*(?:\\|[ \\t]*:?-{3,}:?[ \\t]*)+\\|?[ \\t]*$");

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        Charter charter = area.charter();
        charter.framework().ifPresent(framework -> check(charter, framework, out));
    }

    private static void check(Charter charter, Framework framework, Diagnostics out) {
        Map<String, CornerstoneSection> seen = new HashMap<>();
        for (CornerstoneSection section : charter.cornerstoneSections()) {
            CornerstoneSection first = seen.putIfAbsent(section.cornerstone().id(), section);
            if (first != null) {
                out.error(section.location(), "the " + framework.term() + " " + section.cornerstone().name()
                                + " has a second section (the first is at line " + first.location().line() + ")",
                        "put all its commitments under one `## " + section.cornerstone().name() + "` heading");
                continue;
            }
            if (framework.prose()) {
                // A note left in a comment is not published, so a value holding only the scaffold's note is empty.
                if (section.leadIn().source().replaceAll("(?s)<!--.*?-->", "").isBlank()) {
                    out.error(section.location(), "the " + framework.term() + " " + section.name()
                                    + " says nothing",
                            "under the heading, write what it means in a sentence or three");
                }
                continue;
            }
            if (section.commitments().isEmpty() && TABLE_RULE.matcher(section.leadIn().source()).find()) {
                // Charters made in a word processor often set their promises in a table ("We will" | "What this
                // looks like"): its rows cannot be quoted as a list without losing the other columns' words.
                out.error(section.location(), "the " + framework.term() + " " + section.cornerstone().name()
                                + " has its commitments in a table, which cannot be read as a list of commitments",
                        "under the heading, write `" + framework.leadIn() + "` and then each commitment on a line of"
                                + " its own starting with `- `; what the table's other columns say can follow each"
                                + " commitment on its line, or go in a paragraph after the list");
            } else if (section.commitments().isEmpty()) {
                out.error(section.location(), "the " + framework.term() + " " + section.cornerstone().name()
                                + " has no commitments",
                        "under the heading, write `" + framework.leadIn() + "` and then one commitment per line,"
                                + " each starting with `- `");
            }
            duplicates(section, out);
        }
        List<FreeSection> free = charter.sections().stream().filter(FreeSection.class::isInstance)
                .map(FreeSection.class::cast).toList();
        List<Cornerstone> missing = framework.cornerstones().stream().filter(c -> !seen.containsKey(c.id()))
                .toList();
        List<FreeSection> unclaimed = new java.util.ArrayList<>(free);
        for (Cornerstone cornerstone : missing) {
            Optional<FreeSection> heading = unrecognised(cornerstone, unclaimed, missing);
            if (heading.isPresent()) {
                unclaimed.remove(heading.get());
                String written = heading.get().heading();
                boolean misspelt = Suggestions.closest(written, List.of(cornerstone.name())).isPresent();
                out.error(heading.get().location(), "the heading `" + written + "` is not a " + framework.term()
                                + " of " + framework.name() + (misspelt ? " (did you mean `" + cornerstone.name()
                                + "`?)" : ", and the " + framework.term() + " " + cornerstone.name() + " is missing"),
                        "either rename the heading to `## " + cornerstone.name() + "`, or keep your own name and"
                                + " say which " + framework.term() + " it is: in the front matter, under a line"
                                + " `cornerstones:`, add the line `  " + yamlKey(written) + ": " + cornerstone.id()
                                + "`");
            } else {
                Optional<RawHtml> hiding = charter.rawHtml().stream().filter(RawHtml::isUnclosedComment)
                        .findFirst();
                String hint = "add a section `## " + cornerstone.name() + "` with `" + framework.leadIn()
                        + "` and its commitments; every " + framework.term() + " of " + framework.name()
                        + " must be covered";
                if (hiding.isPresent()) {
                    boolean hidesIt = hiding.get().headings().stream().anyMatch(h -> Slugs.matchKey(
                            h.replaceFirst("^#+ ", "")).equals(Slugs.matchKey(cornerstone.name())));
                    hint = "the HTML comment `<!--` at line " + hiding.get().location().line() + " is never closed,"
                            + " so it hides everything after it" + (hidesIt ? ", this " + framework.term()
                                    + "'s heading too" : "")
                            + ": end the comment with `-->`" + (hidesIt ? "" : "; and " + hint);
                }
                out.error(charter.location(), "the " + framework.term() + " " + cornerstone.name()
                        + " is missing", hint);
            }
        }
    }

    /**
     * The free section that is most likely this cornerstone under another name: one whose heading is close to
     * its name (a typo), or one holding a list of commitments whose heading shares the most word stems with it
     * ("Feel welcomed and cared for" and Welcome and Care share "welc" and "care"). When only one cornerstone is
     * missing, any free section holding a list is taken.
     */
    private static Optional<FreeSection> unrecognised(Cornerstone cornerstone, List<FreeSection> free,
            List<Cornerstone> missing) {
        Optional<FreeSection> misspelt = free.stream()
                .filter(s -> Suggestions.closest(s.heading(), List.of(cornerstone.name())).isPresent())
                .findFirst();
        if (misspelt.isPresent()) {
            return misspelt;
        }
        List<FreeSection> lists = free.stream().filter(s -> LIST.matcher(s.body().source()).find()).toList();
        Optional<FreeSection> best = Optional.empty();
        int bestShared = 0;
        for (FreeSection s : lists) {
            int shared = sharedStems(s.heading(), cornerstone);
            if (shared > bestShared) {
                best = Optional.of(s);
                bestShared = shared;
            }
        }
        if (best.isEmpty() && missing.size() == 1 && lists.size() == 1) {
            return Optional.of(lists.get(0));
        }
        return best;
    }

    /** A Markdown bullet list: a line starting with {@code - }, {@code * } or {@code + }. */
    private static final java.util.regex.Pattern LIST = java.util.regex.Pattern.compile("(?m)^\\s*[-*+]\\s+\\S");

    private static int sharedStems(String heading, Cornerstone cornerstone) {
        java.util.Set<String> ours = stems(heading);
        java.util.Set<String> theirs = stems(cornerstone.name());
        cornerstone.aliases().forEach(a -> theirs.addAll(stems(a)));
        ours.retainAll(theirs);
        return ours.size();
    }

    /** The first four letters of each word of four letters or more: enough to pair "welcomed" with "welcome". */
    private static java.util.Set<String> stems(String words) {
        java.util.Set<String> stems = new java.util.HashSet<>();
        for (String word : words.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 4) {
                stems.add(word.substring(0, 4));
            }
        }
        return stems;
    }

    /** A heading as a YAML key: in quotes when it holds a character YAML would read otherwise. */
    private static String yamlKey(String heading) {
        return heading.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ,.'’()&/-]*") && !heading.contains(": ")
                ? heading : "\"" + heading.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void duplicates(CornerstoneSection section, Diagnostics out) {
        Map<String, Commitment> byText = new HashMap<>();
        for (Commitment commitment : section.commitments()) {
            String key = commitment.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            Commitment first = byText.putIfAbsent(key, commitment);
            if (first != null) {
                out.error(commitment.location(), "this commitment is written twice under "
                                + section.cornerstone().name() + " (first at line " + first.location().line() + ")",
                        "remove one of the two lines");
            }
        }
    }
}

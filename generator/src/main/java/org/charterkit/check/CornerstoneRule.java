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
final class CornerstoneRule implements Rule {

    @Override
    public void check(Project project, Diagnostics out) {
        for (Area area : project.areas()) {
            Charter charter = area.charter();
            charter.framework().ifPresent(framework -> check(charter, framework, out));
        }
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
            if (section.commitments().isEmpty()) {
                out.error(section.location(), "the " + framework.term() + " " + section.cornerstone().name()
                                + " has no commitments",
                        "under the heading, write `" + framework.leadIn() + "` and then one commitment per line,"
                                + " each starting with `- `");
            }
            duplicates(section, out);
        }
        List<FreeSection> free = charter.sections().stream().filter(FreeSection.class::isInstance)
                .map(FreeSection.class::cast).toList();
        for (Cornerstone cornerstone : framework.cornerstones()) {
            if (seen.containsKey(cornerstone.id())) {
                continue;
            }
            Optional<FreeSection> misspelt = free.stream()
                    .filter(s -> Suggestions.closest(s.heading(), List.of(cornerstone.name())).isPresent())
                    .findFirst();
            if (misspelt.isPresent()) {
                out.error(misspelt.get().location(), "the heading `" + misspelt.get().heading()
                                + "` is not a " + framework.term() + " of " + framework.name()
                                + " (did you mean `" + cornerstone.name() + "`?)",
                        "change the heading to `## " + cornerstone.name() + "`");
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

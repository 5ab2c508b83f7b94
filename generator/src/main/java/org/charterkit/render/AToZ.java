package org.charterkit.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.charterkit.model.Area;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.KnowledgePage;
import org.charterkit.model.Project;
import org.charterkit.plan.Label;
import org.charterkit.plan.NavLink;
import org.charterkit.plan.Planner;

/**
 * What the A to Z page lists, sorted and grouped by first letter so the template only loops: every area (with
 * its charter and cornerstone pages beneath it), every guide of the knowledge base, and the glossary. It is
 * where the search form leads when the search script does not run.
 */
public final class AToZ {

    /**
     * One line of the list.
     *
     * @param what  what it is, in a word: "charter", "guide", in the page's language
     * @param parts pages beneath it: an area's charter and its cornerstones
     */
    public record Entry(String label, String target, String what, List<NavLink> parts) {
        public Entry {
            parts = List.copyOf(parts);
        }
    }

    /** The entries under one letter; {@code id} is the letter as a fragment identifier. */
    public record Letter(String letter, String id, List<Entry> entries) {
        public Letter {
            entries = List.copyOf(entries);
        }
    }

    private AToZ() {
    }

    /** The project's pages A to Z: letters in order, entries in order within each, ignoring capitals. */
    public static List<Letter> of(Project project, Words words) {
        List<Entry> entries = new ArrayList<>();
        for (Area area : project.areas()) {
            List<NavLink> parts = new ArrayList<>();
            parts.add(new NavLink(Label.text(area.charter().title()), area.slug() + "/charter/", false));
            for (CornerstoneSection s : area.charter().cornerstoneSections()) {
                parts.add(new NavLink(Label.text(s.numberedName()),
                        area.slug() + "/cornerstones/" + s.cornerstone().id() + "/", false));
            }
            entries.add(new Entry(area.charter().areaName(), area.slug() + "/", words.message("words.aToZ.charter"), parts));
        }
        if (!project.knowledgePages().isEmpty()) {
            entries.add(new Entry(words.of(Planner.KNOWLEDGE_TITLE), "knowledge/", words.message("words.aToZ.guides"),
                    List.of()));
        }
        for (KnowledgePage k : project.knowledgePages()) {
            entries.add(new Entry(k.title(), "knowledge/" + k.slug() + "/", words.message("words.aToZ.guide"), List.of()));
        }
        if (!project.glossary().isEmpty()) {
            entries.add(new Entry(words.of(Planner.GLOSSARY_TITLE), "glossary/", words.message("words.aToZ.glossary"),
                    List.of()));
        }
        Map<String, List<Entry>> byLetter = new TreeMap<>();
        entries.stream()
                .sorted(Comparator.comparing((Entry e) -> e.label().toLowerCase(Locale.ROOT))
                        .thenComparing(Entry::target))
                .forEach(e -> byLetter.computeIfAbsent(letterOf(e.label()), l -> new ArrayList<>()).add(e));
        return byLetter.entrySet().stream()
                .map(l -> new Letter(l.getKey(), l.getKey().equals("#") ? "other" : l.getKey().toLowerCase(Locale.ROOT),
                        l.getValue()))
                .toList();
    }

    /** The heading a label is listed under: its first letter in capitals, or {@code #} for a digit or sign. */
    private static String letterOf(String label) {
        char first = label.isEmpty() ? '#' : Character.toUpperCase(label.charAt(0));
        return first >= 'A' && first <= 'Z' ? String.valueOf(first) : "#";
    }
}

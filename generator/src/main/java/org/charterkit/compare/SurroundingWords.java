package org.charterkit.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterkit.model.Charter;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.Markdown;
import org.charterkit.model.Pledge;

/**
 * What changed besides the commitments: the lead-in and closing words of each cornerstone present in both
 * versions (compared as words, so re-wrapping a line is no change), and the pledges.
 */
final class SurroundingWords {

    private SurroundingWords() {
    }

    static List<TextChange> texts(Charter from, Charter to) {
        List<TextChange> changes = new ArrayList<>();
        for (CornerstoneSection after : to.cornerstoneSections()) {
            Optional<CornerstoneSection> before = from.cornerstoneSection(after.cornerstone().id());
            if (before.isEmpty()) {
                continue;
            }
            boolean prose = after.commitments().isEmpty() && before.get().commitments().isEmpty();
            compare(changes, after, prose ? "statement" : "lead-in", before.get().leadIn(), after.leadIn());
            compare(changes, after, "closing", before.get().closing(), after.closing());
        }
        // Sections of the charter's own (free sections), paired by heading: a version may change only these, as
        // Warwickshire's 1.0.1 leaves out a form's prompt.
        Map<String, org.charterkit.model.FreeSection> older = new LinkedHashMap<>();
        from.sections().stream().filter(org.charterkit.model.FreeSection.class::isInstance)
                .map(org.charterkit.model.FreeSection.class::cast)
                .forEach(f -> older.putIfAbsent(Wording.normalise(f.heading()), f));
        to.sections().stream().filter(org.charterkit.model.FreeSection.class::isInstance)
                .map(org.charterkit.model.FreeSection.class::cast).forEach(now -> {
                    org.charterkit.model.FreeSection was = older.get(Wording.normalise(now.heading()));
                    if (was != null) {
                        String before = published(was.body().source());
                        String after = published(now.body().source());
                        if (!Wording.normalise(before).equals(Wording.normalise(after))) {
                            changes.add(new TextChange("", now.heading(), "section", before, after,
                                    Wording.changes(before, after)));
                        }
                    }
                });
        return changes;
    }

    private static void compare(List<TextChange> changes, CornerstoneSection section, String part, Markdown before,
            Markdown after) {
        String was = published(before.source());
        String is = published(after.source());
        if (!Wording.normalise(was).equals(Wording.normalise(is)) || was.isEmpty() != is.isEmpty()) {
            changes.add(new TextChange(section.cornerstone().id(), section.name(), part, was, is,
                    Wording.changes(was, is)));
        }
    }

    /** The Markdown as readers get it: a comment (a note for editors) is never published, so never a change. */
    private static String published(String markdown) {
        return markdown.replaceAll("(?s)<!--.*?-->", "").strip();
    }

    static List<PledgeChange> pledges(Charter from, Charter to) {
        Map<String, Pledge> older = new LinkedHashMap<>();
        from.pledges().forEach(p -> older.putIfAbsent(Wording.normalise(p.what()), p));
        List<PledgeChange> changes = new ArrayList<>();
        for (Pledge now : to.pledges()) {
            Pledge was = older.remove(Wording.normalise(now.what()));
            if (was == null) {
                changes.add(new PledgeChange(ChangeKind.ADDED, Optional.empty(), Optional.of(now)));
            } else if (!was.status().equals(now.status()) || !was.target().equals(now.target())
                    || !was.lead().equals(now.lead()) || !was.note().equals(now.note())
                    || !was.evidence().equals(now.evidence())) {
                changes.add(new PledgeChange(ChangeKind.REWORDED, Optional.of(was), Optional.of(now)));
            }
        }
        older.values().forEach(p -> changes.add(new PledgeChange(ChangeKind.REMOVED, Optional.of(p),
                Optional.empty())));
        return changes;
    }
}

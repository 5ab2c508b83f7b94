package org.charterkit.build;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.charterkit.model.Area;
import org.charterkit.model.Commitment;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.plan.PageKind;
import org.charterkit.plan.PlannedPage;
import org.charterkit.plan.SitePlan;

/**
 * Which of the pages every area shares an edit of one area leaves as they were, so that the live preview does
 * not make them again. What each shows of an area is what the default theme's templates show: the list of guides
 * and the glossary show no area; a guide shows, of each area, its name and its section on the guide's
 * cornerstone. The hub, the compare page, the A to Z, the search index, the feeds and the sitemap show every
 * area, and are always made again.
 */
final class SharedPages {

    private SharedPages() {
    }

    /** The paths of the shared pages whose words are the same with {@code after} in place of {@code before}. */
    static Set<String> unchanged(SitePlan plan, Area before, Area after) {
        Set<String> same = new TreeSet<>();
        for (PlannedPage page : plan.pages()) {
            if (page.area().isPresent()) {
                continue;
            }
            boolean kept = switch (page.kind()) {
                case KNOWLEDGE_INDEX, GLOSSARY, ROBOTS -> true;
                case KNOWLEDGE -> page.knowledgePage()
                        .map(k -> guideShows(before, k.slug()).equals(guideShows(after, k.slug()))).orElse(false);
                default -> false;
            };
            if (kept) {
                same.add(page.path());
            }
        }
        return same;
    }

    /** What the guide on cornerstone {@code id} shows of an area: its name and its section's words, not where they are. */
    private static List<Object> guideShows(Area area, String id) {
        List<Object> shown = new java.util.ArrayList<>(sectionShows(area.charter(), id));
        // A guide in another language lists the translations' words.
        area.translations().forEach(t -> shown.add(List.of(t.language(), sectionShows(t.charter(), id))));
        return shown;
    }

    private static List<Object> sectionShows(org.charterkit.model.Charter charter, String id) {
        Optional<CornerstoneSection> section = charter.cornerstoneSection(id);
        if (section.isEmpty()) {
            return List.of();
        }
        CornerstoneSection s = section.get();
        return List.of(charter.areaName(), s.name(), s.ownName(), s.leadIn().source(),
                s.commitments().stream().map(Commitment::markdown).map(m -> m.source()).toList(),
                Objects.toString(s.cornerstone().id()));
    }
}

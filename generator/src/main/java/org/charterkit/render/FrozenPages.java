package org.charterkit.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.plan.PageKind;
import org.charterkit.plan.PlannedPage;
import org.charterkit.plan.SitePlan;

/**
 * The pages of an area that a kept renderer makes once and hands out again while nothing they show has changed:
 * a version's page and a "what changed" page, whose text comes from released files, which never change; its
 * extra pages and Easy Read page, which have files of their own; its cornerstone, spectrum and levels pages,
 * each of which shows one part of the charter; and its self-evaluation form, which shows only the commitments. An edit of the current charter is saved many
 * times while the preview runs, and each save would otherwise make them all again. What each shows is written out below, as the default theme's templates read it (the
 * page as planned: its version, comparison, menu and crumbs; of the area, its address, the version that
 * followed, the feedback address; of the current charter, what the header and footer show; the Easy Read
 * edition; the editions it offers; its other languages; the project's glossary and guides, which its footer and
 * abbreviations use). A page whose inputs differ in any of these is made again.
 */
final class FrozenPages {

    private record Made(List<Object> shows, String text) {
    }

    private final Map<String, Made> made = new ConcurrentHashMap<>();

    /**
     * Whether the page is one whose inputs are written out here: an area's history pages, its extra pages, its
     * Easy Read page, the pages of one part of its charter and its self-evaluation form.
     */
    static boolean isReusable(PlannedPage page) {
        if (page.area().isEmpty()) {
            return false;
        }
        return switch (page.kind()) {
            case VERSION, CHANGES -> page.extraPage().isEmpty();
            case EXTRA_PAGE -> page.extraPage().isPresent();
            case EASY_READ -> page.area().get().easyRead().isPresent();
            case CORNERSTONE -> page.cornerstone().isPresent() && page.version().isEmpty();
            case SPECTRUM -> page.area().get().charter().spectrum().isPresent() && page.version().isEmpty();
            case LEVELS -> page.area().get().charter().involvement().isPresent() && page.version().isEmpty();
            case SELF_EVALUATION -> page.version().isEmpty();
            default -> false;
        };
    }

    /** The page's text as made before, if everything it shows is as it was then. */
    Optional<String> reused(PlannedPage page, List<Object> shows) {
        Made before = made.get(page.path());
        return before != null && before.shows().equals(shows) ? Optional.of(before.text()) : Optional.empty();
    }

    void keep(PlannedPage page, List<Object> shows, String text) {
        made.put(page.path(), new Made(shows, text));
    }

    /** Everything the page's templates read, apart from what is the same for every page of one renderer. */
    static List<Object> shows(PlannedPage page, SitePlan plan, List<Download> offered) {
        Area area = page.area().orElseThrow();
        Charter charter = page.version().orElse(area.charter());
        // A version page shows its version whole; the others show of the current charter what the header and footer
        // show, and each its own part: a cornerstone page its section (in the page as planned), the Easy Read page
        // its edition, the spectrum and levels pages theirs.
        Object own = switch (page.kind()) {
            case EASY_READ -> area.easyRead();
            case SPECTRUM -> charter.spectrum();
            case LEVELS -> charter.involvement();
            // The form asks each commitment under its cornerstone: their words and anchors, not where they are
            // written (a sentence added above them moves their lines but not the form).
            case SELF_EVALUATION -> charter.cornerstoneSections().stream().map(section -> List.of(
                    section.cornerstone(), section.leadIn().source(), section.commitments().stream()
                            .map(c -> List.of(c.text(), c.anchor())).toList())).toList();
            default -> Optional.empty();
        };
        Object shown = page.version().isPresent() ? charter
                : List.of(charter.title(), charter.areaName(), charter.summary(), charter.version(),
                        charter.adopted(), charter.language(), charter.framework(), own);
        // Only the version's and the Easy Read page's templates list the editions offered.
        boolean offers = page.kind() == PageKind.VERSION || page.kind() == PageKind.EASY_READ;
        Optional<List<Object>> next = area.successor(charter).map(s -> List.of(s.version(), s.adopted()));
        var project = plan.project();
        return List.of(
                // The page as planned, less the area it belongs to (the same area, read again).
                new PlannedPage(page.path(), page.kind(), page.title(), Optional.empty(), page.cornerstone(),
                        page.extraPage(), page.version(), page.comparison(), page.navigation(), page.breadcrumbs(),
                        page.knowledgePage()),
                // The charter's data changing size with each edit touches only the pages that list it.
                shown, area.slug(), next, area.charter().feedback(), offers ? offered : List.of(),
                plan.alternates(page.path()),
                plan.guideEdition(page.path()), plan.untranslated().contains(page.path()),
                project.guideLanguages(), project.settings(), project.glossary(),
                project.knowledgePages());
    }
}

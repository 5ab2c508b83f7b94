package org.charterkit.model;

import java.nio.file.Path;
import java.util.List;
import org.charterkit.diagnostic.Location;

/**
 * A local area: one folder under {@code charters/}, its charter and its extra pages.
 *
 * @param slug   the folder name, which is also the area's web address
 * @param folder the folder on disk, for copying its assets
 * @param currentSha256 the SHA-256 of {@code charter.md}, to tell whether it still matches its released version
 * @param evaluations the self-evaluations the area has published, {@code evaluations/*.yml}, by file name
 * @param easyRead the area's Easy Read edition, {@code easy-read.md}, when it has one
 * @param translations the charter in other languages, {@code charter.<language>.md}, by language tag
 */
public record Area(String slug, Path folder, Charter charter, String currentSha256, List<Page> pages,
        List<Release> releases, ReleaseManifest manifest, List<Evaluation> evaluations, Location location,
        java.util.Optional<EasyRead> easyRead, List<Translation> translations) {

    /** An area whose charter has no translations. */
    public Area(String slug, Path folder, Charter charter, String currentSha256, List<Page> pages,
            List<Release> releases, ReleaseManifest manifest, List<Evaluation> evaluations, Location location,
            java.util.Optional<EasyRead> easyRead) {
        this(slug, folder, charter, currentSha256, pages, releases, manifest, evaluations, location, easyRead,
                List.of());
    }

    /**
     * The area as its translation into {@code translation}'s language shows it: its pages live under
     * {@code <area>/<language>/}, so the slug is that folder, and every page made from it speaks that language.
     * The extra pages are the original's only (they are not translated), so the view has none.
     */
    public Area inLanguage(Translation translation) {
        return new Area(slug + "/" + translation.language(), folder, translation.charter(), translation.sha256(),
                List.of(), translation.releases(), manifest, evaluations, translation.location(),
                translation.easyRead(), List.of());
    }

    /** The translation into {@code language}, when the area has one. */
    public java.util.Optional<Translation> translation(String language) {
        return translations.stream().filter(t -> t.language().equals(language)).findFirst();
    }

    /** An area with no Easy Read edition. */
    public Area(String slug, Path folder, Charter charter, String currentSha256, List<Page> pages,
            List<Release> releases, ReleaseManifest manifest, List<Evaluation> evaluations, Location location) {
        this(slug, folder, charter, currentSha256, pages, releases, manifest, evaluations, location,
                java.util.Optional.empty());
    }

    /**
     * Names under an area's address that the site uses for its own pages; an extra page cannot take one.
     * Kept with the model because both the check and the planner must agree on them.
     */
    /** Top-level folders the site uses for itself, which an area's folder must not take. */
    public static final List<String> RESERVED_AREA_SLUGS = List.of("a-z", "assets", "compare", "glossary",
            "knowledge", "schema");

    public static final List<String> RESERVED_PAGE_SLUGS = List.of("charter", "cornerstones", "spectrum",
            "levels", "assets", "v", "versions", "changes", "accessibility", "index", "how-we-are-doing",
            "self-evaluation", "evaluations", "pledges", "easy-read");

    /** The version of the charter named {@code version}, released or current. */
    public java.util.Optional<Charter> version(String version) {
        return versions().stream().filter(c -> c.version().equals(version)).findFirst()
                .or(() -> charter.version().equals(version) ? java.util.Optional.of(charter)
                        : java.util.Optional.empty());
    }

    public Area {
        pages = List.copyOf(pages);
        translations = List.copyOf(translations);
        evaluations = List.copyOf(evaluations);
        releases = releases.stream().sorted(java.util.Comparator.comparing(r -> r.charter().version(),
                VersionOrder.ORDER)).toList();
    }

    /** Every image the area's charter and extra pages show, the charter's first. */
    public List<ImageUse> images() {
        List<ImageUse> all = new java.util.ArrayList<>(charter.allImages());
        pages.forEach(p -> all.addAll(p.images()));
        return all;
    }

    /** Every piece of raw HTML in the area's charter and extra pages, the charter's first. */
    public List<RawHtml> rawHtml() {
        List<RawHtml> all = new java.util.ArrayList<>(charter.rawHtml());
        pages.forEach(p -> all.addAll(p.rawHtml()));
        return all;
    }

    /**
     * Every version a reader can see, oldest first: the released ones, and the current text when it is not
     * released yet (a new version being prepared, or an area that has never released one).
     */
    public List<Charter> versions() {
        List<Charter> all = new java.util.ArrayList<>(releases.stream().map(Release::charter).toList());
        if (currentIsUnreleased()) {
            all.add(charter);
        }
        return all;
    }

    /** The same versions, newest first, as a history reads. */
    public List<Charter> versionsNewestFirst() {
        List<Charter> all = new java.util.ArrayList<>(versions());
        java.util.Collections.reverse(all);
        return all;
    }

    /** Whether {@code charter.md} carries a version number no released file has. */
    public boolean currentIsUnreleased() {
        return !isReleased(charter);
    }

    /** Whether a released file carries {@code version}'s number: its words are pinned in versions/SHA256SUMS. */
    public boolean isReleased(Charter version) {
        return releases.stream().anyMatch(r -> r.charter().version().equals(version.version()));
    }

    /** The version that replaced {@code version}, if any. */
    public java.util.Optional<Charter> successor(Charter version) {
        List<Charter> all = versions();
        int at = all.indexOf(version);
        return at >= 0 && at + 1 < all.size() ? java.util.Optional.of(all.get(at + 1)) : java.util.Optional.empty();
    }

    /** The version before {@code version}, if any. */
    public java.util.Optional<Charter> predecessor(Charter version) {
        List<Charter> all = versions();
        int at = all.indexOf(version);
        return at > 0 ? java.util.Optional.of(all.get(at - 1)) : java.util.Optional.empty();
    }
}

package org.charterkit.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.model.Project;
import org.charterkit.model.Release;
import org.charterkit.model.ReleaseManifest;
import org.charterkit.model.VersionOrder;

/**
 * A published version never changes or vanishes: every file in {@code versions/} is the one
 * {@code charterkit release} recorded, byte for byte; versions rise with their adoption dates; no version is
 * claimed twice; and {@code charter.md} does not change its text while keeping a released version number.
 */
final class ReleaseRule implements AreaRule {

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        checkVersionNumber(area.charter(), out);
        Map<String, Release> byVersion = new HashMap<>();
        for (Release release : area.releases()) {
            Charter charter = release.charter();
            Location file = Location.of(charter.location().file());
            checkVersionNumber(charter, out);
            String recorded = area.manifest().hashes().get(release.file());
            if (recorded == null) {
                // Whoever releases by hand in GitHub's web editor cannot compute a hash there: say the line.
                out.error(file, "this version is not recorded in versions/" + ReleaseManifest.FILE_NAME,
                        "run `./charterkit release " + area.slug() + "`, or, if you copied charter.md here by"
                                + " hand to release it, add this line to versions/" + ReleaseManifest.FILE_NAME
                                + ": " + release.sha256() + "  " + release.file());
            } else if (!recorded.equals(release.sha256())) {
                out.error(file, "this released version has been changed since it was released",
                        "a published version must never change: restore it with `git checkout -- "
                                + charter.location().file() + "`, and make changes in charter.md under a new"
                                + " version number");
            }
            String expectedName = charter.version() + ".md";
            if (!release.file().equals(expectedName) && !charter.version().isEmpty()) {
                out.error(charter.frontMatter().keys().getOrDefault("version", file), "this file holds version "
                                + charter.version() + " but is named " + release.file(),
                        "a released version lives in versions/" + expectedName);
            }
            Release first = byVersion.putIfAbsent(charter.version(), release);
            if (first != null) {
                out.error(file, "version " + charter.version() + " is claimed by two files: " + first.file()
                        + " and " + release.file(), "each version is released once; remove the extra file");
            }
        }
        for (Map.Entry<String, Location> line : area.manifest().lines().entrySet()) {
            // A translation's released versions (1.0.cy.md) are recorded in the same manifest.
            if (area.releases().stream().noneMatch(r -> r.file().equals(line.getKey())) && area.translations()
                    .stream().flatMap(t -> t.releases().stream()).noneMatch(r -> r.file().equals(line.getKey()))) {
                out.error(line.getValue(), "the released version " + line.getKey() + " is missing",
                        "a published version must never vanish: restore versions/" + line.getKey()
                                + " from git");
            }
        }
        checkOrder(area, out);
        checkCurrent(area, out);
    }

    private static void checkVersionNumber(Charter charter, Diagnostics out) {
        if (!charter.version().isEmpty() && !VersionOrder.isValid(charter.version())) {
            out.error(charter.frontMatter().keys().getOrDefault("version", charter.location()),
                    "the version `" + charter.version() + "` is not a version number",
                    "write numbers separated by dots, in quotes: `version: \"2.0\"`");
        }
    }

    /** Each version is adopted after the one before it. */
    private static void checkOrder(Area area, Diagnostics out) {
        List<Charter> versions = area.versions();
        for (int i = 1; i < versions.size(); i++) {
            Charter earlier = versions.get(i - 1);
            Charter later = versions.get(i);
            if (earlier.adopted().isPresent() && later.adopted().isPresent()
                    && later.adopted().get().compareTo(earlier.adopted().get()) < 0) {
                out.error(later.frontMatter().keys().getOrDefault("adopted", later.location()), "version "
                                + later.version() + " is adopted (" + later.adopted().get() + ") before version "
                                + earlier.version() + " (" + earlier.adopted().get() + ")",
                        "a later version must be adopted on or after the version it replaces: check the dates and"
                                + " version numbers");
            }
        }
    }

    /** The current text either is a released version, unchanged, or carries a newer version number. */
    private static void checkCurrent(Area area, Diagnostics out) {
        Charter current = area.charter();
        Location version = current.frontMatter().keys().getOrDefault("version", current.location());
        Optional<Release> same = area.releases().stream()
                .filter(r -> VersionOrder.compare(current.version(), r.charter().version()) == 0).findFirst();
        if (same.isPresent()) {
            if (!same.get().sha256().equals(area.currentSha256())) {
                out.error(version, "charter.md has changed but still says version " + current.version()
                                + ", which is released",
                        "give the changed charter a new version number, such as `version: \""
                                + VersionOrder.nextMinor(current.version()) + "\"`");
            }
            return;
        }
        area.releases().stream().filter(r -> VersionOrder.compare(current.version(), r.charter().version()) < 0)
                .findFirst().ifPresent(newer -> out.error(version, "charter.md says version " + current.version()
                                + ", older than the released version " + newer.charter().version(),
                        "the current charter must carry the newest version number"));
    }
}

package org.charterkit.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.Project;
import org.charterkit.model.Translation;

/**
 * A charter and its translations are one agreement and must say the same thing: the same cornerstones in the
 * same order, the same number of commitments under each, the same pledges. A translation left behind after the
 * charter changed is a warning at the translation's file, where its translator will look, rather than an error:
 * the charter itself is still right and may be published.
 *
 * <p>A translation takes its version, dates, status, framework and signatories from the charter; one that writes
 * them differently is warned too, since a reader of that language would otherwise be told something else.
 */
final class TranslationRule implements AreaRule {

    /** The facts a translation shares with its charter, by front-matter key. */
    private static final List<String> SHARED = List.of("version", "status", "adopted", "review-by", "framework",
            "partners", "signatories", "contact", "poster", "feedback");

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        for (Translation translation : area.translations()) {
            agree(area.charter(), translation, out);
            released(area, translation, out);
            // The translation's pages live in <area>/<language>/: an extra page cannot have that address too.
            area.pages().stream().filter(p -> p.slug().equals(translation.language())).forEach(p -> out.error(
                    p.location(), "the page `" + p.slug() + "` would have the address of the charter's "
                            + translation.language() + " translation, /" + area.slug() + "/" + p.slug() + "/",
                    "rename `pages/" + p.slug() + ".md` to a name of its own, such as `pages/" + p.slug()
                            + "-information.md`: every page of the translation is under /" + area.slug() + "/"
                            + p.slug() + "/"));
        }
    }

    private static void agree(Charter original, Translation translation, Diagnostics out) {
        String file = translation.location().file();
        String originalFile = original.location().file();
        Charter written = translation.written();
        Map<String, Location> keys = written.frontMatter().keys();
        for (String key : SHARED) {
            Location at = keys.get(key);
            if (at == null || original.frontMatter().keys().get(key) != null && sameFact(key, original, written)) {
                continue;
            }
            out.warning(at, "a translation takes " + fact(key) + " from " + originalFile + sharedValue(key, original)
                            + ", so `" + key + ":` here is not used",
                    "remove `" + key + ":` from " + file + "; if charter.md has changed, bring the translation's"
                            + " text up to date with it");
        }
        Location language = keys.get("language");
        if (language != null && !written.language().equals(translation.language())) {
            out.warning(language, "`language: " + written.language() + "` does not match the file's name, which"
                            + " says `" + translation.language() + "`",
                    "a translation's language comes from its file's name: remove `language:` from " + file);
        }
        List<CornerstoneSection> theirs = original.cornerstoneSections();
        List<CornerstoneSection> ours = translation.charter().cornerstoneSections();
        for (CornerstoneSection section : theirs) {
            String id = section.cornerstone().id();
            Optional<CornerstoneSection> translated = ours.stream().filter(s -> s.cornerstone().id().equals(id))
                    .findFirst();
            if (translated.isEmpty()) {
                out.warning(written.frontMatter().start(), "the translation has no section on `"
                                + section.name() + "`, which " + originalFile + " has",
                        "translate the section under `## " + section.heading() + "`, and name its heading under"
                                + " `cornerstones:` (`<your heading>: " + id + "`)");
                continue;
            }
            CornerstoneSection t = translated.get();
            int want = section.commitments().size();
            int have = t.commitments().size();
            if (want != have) {
                out.warning(t.location(), "`" + t.name() + "` has " + count(have) + " here, but `" + section.name()
                                + "` has " + count(want) + " in " + originalFile + ": the translation has been left"
                                + " behind",
                        "translate the commitments under `## " + section.heading() + "` in " + originalFile
                                + " one for one, in the same order, so each has its translation");
            }
        }
        for (CornerstoneSection t : ours) {
            if (original.cornerstoneSection(t.cornerstone().id()).isEmpty()) {
                out.warning(t.location(), "`" + t.name() + "` is a section on `" + t.cornerstone().name()
                                + "`, which " + originalFile + " does not have",
                        "remove the section, or add it to " + originalFile + " first");
            }
        }
        if (original.pledges().size() != written.pledges().size()) {
            Location at = keys.getOrDefault("pledges", written.frontMatter().start());
            out.warning(at, "the translation lists " + written.pledges().size() + " pledges, but " + originalFile
                            + " lists " + original.pledges().size(),
                    "translate each pledge of " + originalFile + ", one for one, in the same order");
        }
    }

    /**
     * A translation's released version is as frozen as the charter's: once recorded in the manifest it must not
     * change. One not recorded yet (a version translated after it was released) is a warning with the line to add.
     */
    private static void released(Area area, Translation translation, Diagnostics out) {
        for (org.charterkit.model.Release release : translation.releases()) {
            Location file = Location.of(release.charter().location().file());
            String recorded = area.manifest().hashes().get(release.file());
            if (recorded == null) {
                out.warning(file, "this translated version is not recorded in versions/"
                                + org.charterkit.model.ReleaseManifest.FILE_NAME + ", so a change to it would go"
                                + " unnoticed",
                        "run `./charterkit release " + area.slug() + "` when you next release, or add this line to"
                                + " versions/" + org.charterkit.model.ReleaseManifest.FILE_NAME + ": "
                                + release.sha256() + "  " + release.file());
            } else if (!recorded.equals(release.sha256())) {
                out.error(file, "this released translation has been changed since it was released",
                        "a published version must never change, in any language: restore it with `git checkout -- "
                                + file.file() + "`, and make changes in " + translation.location().file()
                                + " under a new version number");
            }
        }
    }

    /** Whether a translation that writes a shared fact writes the same as its charter. */
    private static boolean sameFact(String key, Charter original, Charter written) {
        return switch (key) {
            case "version" -> original.version().equals(written.version());
            case "status" -> original.status().equals(written.status());
            case "adopted" -> original.adopted().equals(written.adopted());
            case "review-by" -> original.reviewBy().equals(written.reviewBy());
            case "framework" -> original.frameworkId().equals(written.frameworkId());
            // Lists of people and organisations are never compared word for word: they are always the charter's.
            default -> false;
        };
    }

    private static String sharedValue(String key, Charter original) {
        return switch (key) {
            case "version" -> " (" + original.version() + ")";
            case "adopted" -> original.adopted().map(d -> " (" + d + ")").orElse("");
            case "review-by" -> original.reviewBy().map(d -> " (" + d + ")").orElse("");
            default -> "";
        };
    }

    /** What a shared front-matter field holds, as the message names it. */
    private static String fact(String key) {
        return switch (key) {
            case "version" -> "its version number";
            case "adopted" -> "its date of adoption";
            case "review-by" -> "its review date";
            case "status" -> "its status";
            case "framework" -> "its framework";
            case "poster" -> "its poster's paper size";
            case "feedback" -> "its feedback link";
            default -> "its " + key;
        };
    }

    private static String count(int commitments) {
        return commitments == 1 ? "1 commitment" : commitments + " commitments";
    }
}

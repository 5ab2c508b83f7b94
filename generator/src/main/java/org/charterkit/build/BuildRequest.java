package org.charterkit.build;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What to build.
 *
 * @param root the project folder ({@code charters/}, {@code content/}, {@code themes/})
 * @param out  where the site goes; empty for a check that writes nothing
 * @param area only this area, when given
 * @param today the day the build is for: review dates are judged against it
 * @param print whether to print the PDF booklet and poster of each charter; a quick preview can skip them
 * @param drafts whether charters with {@code status: draft} are published; a build leaves them out unless
 *               asked, a local preview ({@code serve}) shows them. A check always checks them.
 */
public record BuildRequest(Path root, Optional<Path> out, Optional<String> area, LocalDate today, boolean print,
        boolean drafts) {

    public static BuildRequest check(Path root) {
        return new BuildRequest(root, Optional.empty(), Optional.empty(), currentDay(), true, true);
    }

    public static BuildRequest build(Path root, Path out) {
        return new BuildRequest(root, Optional.of(out), Optional.empty(), currentDay(), true, false);
    }

    /** The same request for another day, for tests of what depends on the date. */
    public BuildRequest on(LocalDate day) {
        return new BuildRequest(root, out, area, day, print, drafts);
    }

    /**
     * The same request for one area only. A check reads only that area; a build updates that area's pages
     * (and the hub and the other pages every area shares) in place, keeping the other areas' files.
     */
    public BuildRequest only(Optional<String> slug) {
        return new BuildRequest(root, out, slug, today, print, drafts);
    }

    /** The same request with or without the printed charters. */
    public BuildRequest printing(boolean printed) {
        return new BuildRequest(root, out, area, today, printed, drafts);
    }

    /** The same request with or without the draft charters in the site. */
    public BuildRequest withDrafts(boolean shown) {
        return new BuildRequest(root, out, area, today, print, shown);
    }

    /**
     * The day a build is for: {@code SOURCE_DATE_EPOCH} when set (the reproducible-builds convention, so CI can
     * pin it), otherwise today in the UK.
     */
    public static LocalDate currentDay() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch)).atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}

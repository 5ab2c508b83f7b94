package org.charterkit.model;

import java.util.List;
import java.util.Optional;
import org.charterkit.diagnostic.Location;

/**
 * A charter written again in another language, {@code charter.<language>.md} beside {@code charter.md}: the same
 * agreement, so it shares the original's version, dates, status, framework, partners and signatories, and has
 * its own words for the title, introduction, cornerstones, commitments and pledges.
 *
 * @param language the language tag from the file's name ({@code cy})
 * @param charter  the translation as readers see it: its own words, with the facts it shares taken from the
 *                 original
 * @param written  the translation exactly as its file says, for the check to notice a shared fact written
 *                 differently
 * @param sha256   the SHA-256 of the file, as {@link Area#currentSha256()} is of {@code charter.md}
 * @param releases the released versions of the translation, {@code versions/<version>.<language>.md}
 * @param easyRead the Easy Read edition in this language, {@code easy-read.<language>.md}, when there is one
 * @param location the file, for messages about the translation as a whole
 */
public record Translation(String language, Charter charter, Charter written, String sha256, List<Release> releases,
        Optional<EasyRead> easyRead, Location location) {

    public Translation {
        releases = List.copyOf(releases);
    }
}

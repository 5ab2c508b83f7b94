package org.charterkit.render;

import java.util.Optional;
import org.charterkit.model.Charter;
import org.charterkit.model.CharterDate;
import org.charterkit.model.Settings;
import org.charterkit.plan.PlannedPage;

/**
 * Where a page's words come from, for its footer: the file a person edits to change them (with the address
 * that opens it in the repository's editor), whether that file is frozen, and the date its charter last changed
 * (the charter's own date, never the build's clock).
 *
 * @param file        the source file, relative to the project; empty for pages made from many files
 * @param editAddress where to propose a change; empty when no repository is set or the file is frozen
 * @param frozen      the file is a released version, which never changes
 * @param lastChanged the adoption date of the charter the page shows; empty for a draft or a page of no charter
 * @param version     that charter's version
 */
public record PageSource(String file, Optional<String> editAddress, boolean frozen, Optional<CharterDate> lastChanged,
        String version) {

    static PageSource of(PlannedPage page, Settings settings) {
        if (page.area().isEmpty()) {
            // A guide of the knowledge base has a file of its own; the hub and lists are made from many.
            String file = page.knowledgePage().map(k -> k.location().file()).orElse("");
            return new PageSource(file, file.isEmpty() ? Optional.empty() : settings.editAddress(file), false,
                    Optional.empty(), "");
        }
        org.charterkit.model.Area area = page.area().get();
        Charter charter = page.version().orElse(area.charter());
        // Only a released version's words are pinned (versions/SHA256SUMS). The current text has its own version
        // page too, and a comparison with the one before, while it is still charter.md, open to change.
        boolean frozen = page.version().isPresent() && area.isReleased(charter);
        if (page.kind() == org.charterkit.plan.PageKind.HOW_WE_ARE_DOING) {
            // Made from every published evaluation, not from one file a person could edit.
            return new PageSource("", Optional.empty(), false, charter.adopted(), charter.version());
        }
        String file = page.extraPage().map(p -> p.location().file()).orElse(charter.location().file());
        return new PageSource(file, frozen ? Optional.empty() : settings.editAddress(file), frozen,
                charter.adopted(), charter.version());
    }
}

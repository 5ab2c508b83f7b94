package org.charterkit.compare;

import java.util.List;
import org.charterkit.model.Charter;

/**
 * Everything that differs between two versions of one charter, as {@link CharterComparer} finds it.
 *
 * @param from         the older version
 * @param to           the newer version
 * @param cornerstones every cornerstone of either version, in the newer version's order, with those only the
 *                     older one has placed where they stood
 * @param signatories  signatories added or removed
 * @param partners     partners added or removed
 * @param spectrum     levels of the spectrum of participation added, removed or redefined
 * @param levels       levels of involvement added, removed or redefined
 * @param texts        lead-ins, closing words and prose statements that changed
 * @param pledges      pledges added, removed or updated
 */
public record CharterComparison(Charter from, Charter to, List<CornerstoneComparison> cornerstones,
        List<ListChange> signatories, List<ListChange> partners, List<DefinitionChange> spectrum,
        List<DefinitionChange> levels, List<TextChange> texts, List<PledgeChange> pledges) {

    /** A comparison of commitments, people and definitions alone; the surrounding words are compared here. */
    public CharterComparison(Charter from, Charter to, List<CornerstoneComparison> cornerstones,
            List<ListChange> signatories, List<ListChange> partners, List<DefinitionChange> spectrum,
            List<DefinitionChange> levels) {
        this(from, to, cornerstones, signatories, partners, spectrum, levels, SurroundingWords.texts(from, to),
                SurroundingWords.pledges(from, to));
    }

    public CharterComparison {
        texts = List.copyOf(texts);
        pledges = List.copyOf(pledges);
        cornerstones = List.copyOf(cornerstones);
        signatories = List.copyOf(signatories);
        partners = List.copyOf(partners);
        spectrum = List.copyOf(spectrum);
        levels = List.copyOf(levels);
    }

    /** Every commitment change, cornerstone by cornerstone. */
    public List<CommitmentChange> commitments() {
        return cornerstones.stream().flatMap(c -> c.changes().stream()).toList();
    }

    /** How many commitments changed in this way. */
    public long count(ChangeKind kind) {
        return commitments().stream().filter(c -> c.kind() == kind).count();
    }

    /** Whether the versions differ in anything compared: commitments, signatories, partners or definitions. */
    /** Counts by kind, named so templates can show them without reaching for the enum. */
    public long added() {
        return count(ChangeKind.ADDED);
    }

    public long removed() {
        return count(ChangeKind.REMOVED);
    }

    public long reworded() {
        return count(ChangeKind.REWORDED);
    }

    public long moved() {
        return count(ChangeKind.MOVED);
    }

    public boolean hasChanges() {
        return cornerstones.stream().anyMatch(CornerstoneComparison::hasChanges) || !signatories.isEmpty()
                || !partners.isEmpty() || !spectrum.isEmpty() || !levels.isEmpty() || !texts.isEmpty()
                || !pledges.isEmpty();
    }
}

package org.charterkit.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.charterkit.model.Charter;
import org.charterkit.model.Commitment;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.Partner;
import org.charterkit.model.ScaleLevel;
import org.charterkit.model.Signatory;

/**
 * Compares two versions of one charter, commitment by commitment.
 *
 * <p>A commitment has no id: people reword, reorder and move them between cornerstones in the web editor. So
 * which old commitment became which new one is worked out from the words, in this order, each step taking only
 * what the steps before it left unpaired:
 * <ol>
 * <li>Within one cornerstone (by the framework's id for it), commitments with the same words are the same
 * commitment; case, spacing and punctuation at the end do not count. Those that keep their order relative to
 * each other are {@link ChangeKind#UNCHANGED}: the longest increasing subsequence of their old positions, taken
 * in new order. The others are {@link ChangeKind#MOVED}. Counting order among the paired ones alone means that
 * adding or removing a commitment does not make those after it "moved".</li>
 * <li>The same words that left one cornerstone and stand under another are {@link ChangeKind#MOVED}.</li>
 * <li>The rest are paired by similarity: the Dice coefficient of their words over the longest common
 * subsequence, 2 &times; shared words / (words of one + words of the other), lower-cased and without
 * punctuation. Every possible pair is ranked, most similar first, ties in the older version's order then the
 * newer one's, and taken greedily, so the closest pairs are made first; pairs within one cornerstone first,
 * then across cornerstones. A pair at least {@value #REWORDED_AT} similar is {@link ChangeKind#REWORDED}:
 * low enough that changing a third of the words (six of nine kept) still counts as the same commitment, high
 * enough that two commitments sharing a few common words ("families", "and") are not.</li>
 * <li>Anything left unpaired is {@link ChangeKind#ADDED} (only in the newer version) or
 * {@link ChangeKind#REMOVED} (only in the older one).</li>
 * <li>A cornerstone only one version has takes no part in the pairing: all its commitments are added or removed,
 * because the whole section came or went.</li>
 * </ol>
 *
 * <p>Signatories and partners are compared as lists of names; definitions of the spectrum of participation and
 * the levels of involvement by level id, reworded when the Markdown differs in more than spacing.
 */
public final class CharterComparer {

    /** The least similarity at which two wordings are one commitment reworded. */
    static final double REWORDED_AT = 0.5;

    /** What changed from the older version to the newer one, by the rules above. */
    public CharterComparison compare(Charter from, Charter to) {
        List<Slot> older = slots(from);
        List<Slot> newer = slots(to);
        Set<String> shared = ids(from);
        shared.retainAll(ids(to));
        Pairing pairing = new Pairing();
        pairIdentical(older, newer, shared, pairing);
        pairSimilar(older, newer, shared, pairing);
        return new CharterComparison(from, to, cornerstones(from, to, older, newer, pairing),
                listChanges(from.signatories().stream().map(s -> signatory(from, s)).toList(),
                        to.signatories().stream().map(s -> signatory(to, s)).toList()),
                listChanges(from.partners().stream().map(Partner::name).toList(),
                        to.partners().stream().map(Partner::name).toList()),
                definitions(from.spectrum().map(s -> s.levels()).orElse(List.of()),
                        to.spectrum().map(s -> s.levels()).orElse(List.of())),
                definitions(from.involvement().map(s -> s.levels()).orElse(List.of()),
                        to.involvement().map(s -> s.levels()).orElse(List.of())));
    }

    /** A commitment where it stands in one version: its cornerstone and its place there, from 1. */
    private record Slot(CornerstoneSection section, Commitment commitment, int position) {

        String cornerstoneId() {
            return section.cornerstone().id();
        }

        String cornerstoneName() {
            return section.name();
        }

        String key() {
            return Wording.normalise(commitment.text());
        }
    }

    /** Which older slot became which newer one, and how; filled step by step. */
    private static final class Pairing {

        private final Map<Slot, CommitmentChange> byOlder = new HashMap<>();
        private final Map<Slot, CommitmentChange> byNewer = new HashMap<>();

        // Kept apart by version: a charter compared with itself has equal slots on both sides.
        boolean hasOlder(Slot was) {
            return byOlder.containsKey(was);
        }

        boolean hasNewer(Slot is) {
            return byNewer.containsKey(is);
        }

        void pair(ChangeKind kind, Slot was, Slot is) {
            String before = was.commitment().text();
            String after = is.commitment().text();
            CommitmentChange change = new CommitmentChange(kind, Optional.of(was.commitment()),
                    Optional.of(is.commitment()), was.cornerstoneName(), is.cornerstoneName(), was.position(),
                    is.position(), Wording.similarity(before, after),
                    kind == ChangeKind.REWORDED ? Wording.changes(before, after) : List.of());
            byOlder.put(was, change);
            byNewer.put(is, change);
        }

        CommitmentChange older(Slot was) {
            return byOlder.computeIfAbsent(was, s -> new CommitmentChange(ChangeKind.REMOVED,
                    Optional.of(s.commitment()), Optional.empty(), s.cornerstoneName(), "", s.position(), 0, 0.0,
                    List.of()));
        }

        CommitmentChange newer(Slot is) {
            return byNewer.computeIfAbsent(is, s -> new CommitmentChange(ChangeKind.ADDED, Optional.empty(),
                    Optional.of(s.commitment()), "", s.cornerstoneName(), 0, s.position(), 0.0, List.of()));
        }
    }

    private static List<Slot> slots(Charter charter) {
        List<Slot> slots = new ArrayList<>();
        for (CornerstoneSection section : charter.cornerstoneSections()) {
            List<Commitment> commitments = section.commitments();
            for (int i = 0; i < commitments.size(); i++) {
                slots.add(new Slot(section, commitments.get(i), i + 1));
            }
        }
        return slots;
    }

    private static Set<String> ids(Charter charter) {
        Set<String> ids = new HashSet<>();
        charter.cornerstoneSections().forEach(s -> ids.add(s.cornerstone().id()));
        return ids;
    }

    /** Steps 1 and 2: the same words, first within a cornerstone, then across cornerstones. */
    private static void pairIdentical(List<Slot> older, List<Slot> newer, Set<String> shared, Pairing pairing) {
        for (String id : shared) {
            List<Candidate> same = new ArrayList<>();
            Set<Slot> taken = new HashSet<>();
            for (Slot is : newer) {
                if (is.cornerstoneId().equals(id)) {
                    older.stream().filter(was -> was.cornerstoneId().equals(id) && !taken.contains(was)
                            && was.key().equals(is.key())).findFirst().ifPresent(was -> {
                                taken.add(was);
                                same.add(new Candidate(was, is, 1.0));
                            });
                }
            }
            Set<Slot> inPlace = inOrder(same);
            same.forEach(c -> pairing.pair(inPlace.contains(c.was()) ? ChangeKind.UNCHANGED : ChangeKind.MOVED,
                    c.was(), c.is()));
        }
        for (Slot is : newer) {
            if (shared.contains(is.cornerstoneId()) && !pairing.hasNewer(is)) {
                older.stream().filter(was -> shared.contains(was.cornerstoneId()) && !pairing.hasOlder(was)
                        && was.key().equals(is.key())).findFirst()
                        .ifPresent(was -> pairing.pair(ChangeKind.MOVED, was, is));
            }
        }
    }

    /**
     * The older slots of the pairs (given in new order) that kept their order: the longest subsequence whose old
     * positions increase. Where several are as long, the one ending latest wins (and, within it, the latest
     * predecessor), so a commitment dragged up the list is the one that moved, not those it jumped over.
     */
    private static Set<Slot> inOrder(List<Candidate> pairs) {
        int n = pairs.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int end = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (pairs.get(j).was().position() < pairs.get(i).was().position() && length[j] + 1 >= length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (end < 0 || length[i] >= length[end]) {
                end = i;
            }
        }
        Set<Slot> kept = new HashSet<>();
        for (int i = end; i >= 0; i = previous[i]) {
            kept.add(pairs.get(i).was());
        }
        return kept;
    }

    /** Step 3: the most similar pairs first, within a cornerstone, then across cornerstones. */
    private static void pairSimilar(List<Slot> older, List<Slot> newer, Set<String> shared, Pairing pairing) {
        for (BiPredicate<Slot, Slot> scope : List.<BiPredicate<Slot, Slot>>of(
                (was, is) -> was.cornerstoneId().equals(is.cornerstoneId()), (was, is) -> true)) {
            List<Candidate> candidates = new ArrayList<>();
            for (Slot was : older) {
                for (Slot is : newer) {
                    if (shared.contains(was.cornerstoneId()) && shared.contains(is.cornerstoneId())
                            && !pairing.hasOlder(was) && !pairing.hasNewer(is) && scope.test(was, is)) {
                        double similarity = Wording.similarity(was.commitment().text(), is.commitment().text());
                        if (similarity >= REWORDED_AT) {
                            candidates.add(new Candidate(was, is, similarity));
                        }
                    }
                }
            }
            // A stable sort keeps equally similar pairs in the order they were listed: older order, then newer.
            candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
            for (Candidate c : candidates) {
                if (!pairing.hasOlder(c.was()) && !pairing.hasNewer(c.is())) {
                    pairing.pair(ChangeKind.REWORDED, c.was(), c.is());
                }
            }
        }
    }

    /** An older and a newer slot that may be one commitment, and how alike their words are. */
    private record Candidate(Slot was, Slot is, double similarity) {
    }

    /** Step 4 falls out here: every slot not yet paired becomes added or removed as it is looked up. */
    private static List<CornerstoneComparison> cornerstones(Charter from, Charter to, List<Slot> older,
            List<Slot> newer, Pairing pairing) {
        Map<String, CornerstoneSection> sections = new LinkedHashMap<>();
        from.cornerstoneSections().forEach(s -> sections.put(s.cornerstone().id(), s));
        to.cornerstoneSections().forEach(s -> sections.put(s.cornerstone().id(), s));
        List<String> ids = interleave(
                to.cornerstoneSections().stream().map(s -> s.cornerstone().id()).distinct().toList(),
                from.cornerstoneSections().stream().map(s -> s.cornerstone().id()).distinct().toList(), id -> true);
        List<CornerstoneComparison> comparisons = new ArrayList<>();
        for (String id : ids) {
            List<CommitmentChange> here = newer.stream().filter(s -> s.cornerstoneId().equals(id))
                    .map(pairing::newer).toList();
            // Those that left for another cornerstone are listed there, so they neither show nor anchor here.
            List<CommitmentChange> before = older.stream().filter(s -> s.cornerstoneId().equals(id))
                    .map(pairing::older).filter(c -> c.kind() == ChangeKind.REMOVED || here.contains(c)).toList();
            CornerstoneSection section = sections.get(id);
            comparisons.add(new CornerstoneComparison(id, section.name(),
                    interleave(here, before, c -> c.kind() != ChangeKind.MOVED)));
        }
        return comparisons;
    }

    /**
     * The newer list with the items only the older one has placed where they stood: each straight after the
     * nearest item before it in the older list that is in both and stayed in place (at the start when there is
     * none), in older order.
     */
    static <T> List<T> interleave(List<T> newer, List<T> older, Predicate<T> stayed) {
        Set<T> inNewer = new HashSet<>(newer);
        List<T> start = new ArrayList<>();
        Map<T, List<T>> following = new HashMap<>();
        List<T> current = start;
        for (T item : older) {
            if (!inNewer.contains(item)) {
                current.add(item);
            } else if (stayed.test(item)) {
                current = following.computeIfAbsent(item, k -> new ArrayList<>());
            }
        }
        List<T> merged = new ArrayList<>(start);
        for (T item : newer) {
            merged.add(item);
            merged.addAll(following.getOrDefault(item, List.of()));
        }
        return merged;
    }

    private static String signatory(Charter charter, Signatory signatory) {
        String organisation = charter.partner(signatory.partnerId()).map(Partner::name)
                .orElse(signatory.partnerId());
        return organisation.isBlank() ? signatory.name() : signatory.name() + ", " + organisation;
    }

    /** Removed entries in older order, then added ones in newer order; a name listed twice counts twice. */
    private static List<ListChange> listChanges(List<String> older, List<String> newer) {
        List<String> removed = new ArrayList<>(older);
        List<String> added = new ArrayList<>();
        for (String item : newer) {
            if (!removed.remove(item)) {
                added.add(item);
            }
        }
        List<ListChange> changes = new ArrayList<>();
        removed.forEach(item -> changes.add(new ListChange(ChangeKind.REMOVED, item)));
        added.forEach(item -> changes.add(new ListChange(ChangeKind.ADDED, item)));
        return changes;
    }

    /** Levels matched by id, in the newer scale's order with removed ones where they stood; unchanged left out. */
    private static List<DefinitionChange> definitions(List<? extends ScaleLevel> older,
            List<? extends ScaleLevel> newer) {
        Map<String, ScaleLevel> was = byId(older);
        Map<String, ScaleLevel> is = byId(newer);
        List<DefinitionChange> changes = new ArrayList<>();
        for (String id : interleave(List.copyOf(is.keySet()), List.copyOf(was.keySet()), k -> true)) {
            ScaleLevel before = was.get(id);
            ScaleLevel after = is.get(id);
            if (before == null) {
                changes.add(new DefinitionChange(ChangeKind.ADDED, after.name(), "", source(after), List.of()));
            } else if (after == null) {
                changes.add(new DefinitionChange(ChangeKind.REMOVED, before.name(), source(before), "", List.of()));
            } else if (Wording.differ(source(before), source(after))) {
                changes.add(new DefinitionChange(ChangeKind.REWORDED, after.name(), source(before), source(after),
                        Wording.changes(source(before), source(after))));
            }
        }
        return changes;
    }

    /** The first level with each id; the check reports a level named twice, so a second one is not compared. */
    private static Map<String, ScaleLevel> byId(List<? extends ScaleLevel> levels) {
        Map<String, ScaleLevel> byId = new LinkedHashMap<>();
        levels.forEach(l -> byId.putIfAbsent(l.id(), l));
        return byId;
    }

    private static String source(ScaleLevel level) {
        return level.definition().source().strip();
    }
}

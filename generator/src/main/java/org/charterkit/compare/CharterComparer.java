package org.charterkit.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.LongConsumer;
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

    /** Told each step of work done, so a test can show the work grows no faster than n log n. */
    private final LongConsumer steps;

    public CharterComparer() {
        this(n -> { });
    }

    /** @param steps told of each step of work: a pair of commitments looked at, a similarity worked out */
    CharterComparer(LongConsumer steps) {
        this.steps = steps;
    }

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

    /**
     * A commitment where it stands in one version: its cornerstone, its place there (from 1), and its place in
     * the version's whole list (from 0). Its words are worked out once. Slots are told apart by identity: a
     * slot's hash is then constant work, where a record's would hash the whole section it stands in.
     */
    private static final class Slot {

        private final CornerstoneSection section;
        private final Commitment commitment;
        private final int position;
        private final int index;
        private final String key;
        private final List<String> words;

        Slot(CornerstoneSection section, Commitment commitment, int position, int index) {
            this.section = section;
            this.commitment = commitment;
            this.position = position;
            this.index = index;
            this.key = Wording.normalise(commitment.text());
            this.words = Wording.words(commitment.text());
        }

        Commitment commitment() {
            return commitment;
        }

        int position() {
            return position;
        }

        String cornerstoneId() {
            return section.cornerstone().id();
        }

        String cornerstoneName() {
            return section.name();
        }

        String key() {
            return key;
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
                slots.add(new Slot(section, commitments.get(i), i + 1, slots.size()));
            }
        }
        return slots;
    }

    private static Set<String> ids(Charter charter) {
        Set<String> ids = new HashSet<>();
        charter.cornerstoneSections().forEach(s -> ids.add(s.cornerstone().id()));
        return ids;
    }

    /**
     * Steps 1 and 2: the same words, first within a cornerstone, then across cornerstones. Each newer slot takes
     * the first older slot, in older order, with its words and still free: looked up by words, not searched for.
     */
    private void pairIdentical(List<Slot> older, List<Slot> newer, Set<String> shared, Pairing pairing) {
        Map<String, ArrayDeque<Slot>> withinByWords = new HashMap<>();
        Map<String, ArrayDeque<Slot>> acrossByWords = new HashMap<>();
        for (Slot was : older) {
            if (shared.contains(was.cornerstoneId())) {
                withinByWords.computeIfAbsent(was.cornerstoneId() + "\n" + was.key(), k -> new ArrayDeque<>())
                        .add(was);
                acrossByWords.computeIfAbsent(was.key(), k -> new ArrayDeque<>()).add(was);
            }
        }
        Map<String, List<Candidate>> sameById = new LinkedHashMap<>();
        for (Slot is : newer) {
            if (shared.contains(is.cornerstoneId())) {
                steps.accept(1);
                ArrayDeque<Slot> same = withinByWords.get(is.cornerstoneId() + "\n" + is.key());
                if (same != null && !same.isEmpty()) {
                    sameById.computeIfAbsent(is.cornerstoneId(), k -> new ArrayList<>())
                            .add(new Candidate(same.poll(), is, 1.0));
                }
            }
        }
        for (String id : shared) {
            List<Candidate> same = sameById.getOrDefault(id, List.of());
            Set<Slot> inPlace = inOrder(same);
            same.forEach(c -> pairing.pair(inPlace.contains(c.was()) ? ChangeKind.UNCHANGED : ChangeKind.MOVED,
                    c.was(), c.is()));
        }
        for (Slot is : newer) {
            if (shared.contains(is.cornerstoneId()) && !pairing.hasNewer(is)) {
                ArrayDeque<Slot> same = acrossByWords.getOrDefault(is.key(), new ArrayDeque<>());
                // Those paired already stay paired, so they leave the queue for good.
                while (!same.isEmpty() && pairing.hasOlder(same.peek())) {
                    steps.accept(1);
                    same.poll();
                }
                if (!same.isEmpty()) {
                    pairing.pair(ChangeKind.MOVED, same.poll(), is);
                }
            }
        }
    }

    /**
     * The older slots of the pairs (given in new order) that kept their order: the longest subsequence whose old
     * positions increase. Where several are as long, the one ending latest wins (and, within it, the latest
     * predecessor), so a commitment dragged up the list is the one that moved, not those it jumped over. The
     * longest chain ending before each old position is kept in a Fenwick tree, so each pair takes log n steps.
     */
    private Set<Slot> inOrder(List<Candidate> pairs) {
        int n = pairs.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int maxPosition = 0;
        for (Candidate c : pairs) {
            maxPosition = Math.max(maxPosition, c.was().position());
        }
        // best[p]: the pair ending the longest chain over a range of old positions; ties go to the later pair.
        int[] best = new int[maxPosition + 1];
        Arrays.fill(best, -1);
        int end = -1;
        for (int i = 0; i < n; i++) {
            int before = -1;
            for (int p = pairs.get(i).was().position() - 1; p > 0; p -= p & -p) {
                steps.accept(1);
                before = better(best[p], before, length);
            }
            length[i] = before < 0 ? 1 : length[before] + 1;
            previous[i] = before;
            for (int p = pairs.get(i).was().position(); p <= maxPosition; p += p & -p) {
                steps.accept(1);
                best[p] = better(i, best[p], length);
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

    /** Of two pairs (or -1 for none), the one ending the longer chain, or the later one when they are as long. */
    private static int better(int a, int b, int[] length) {
        if (a < 0 || b < 0) {
            return Math.max(a, b);
        }
        return length[a] != length[b] ? (length[a] > length[b] ? a : b) : Math.max(a, b);
    }

    /**
     * Step 3: the most similar pairs first, within a cornerstone, then across cornerstones.
     *
     * <p>Only pairs that can reach {@link #REWORDED_AT} are scored. Two texts that similar share at least a
     * third of the words of each ({@code 2s / (a + b) >= 1/2} with {@code s <= b} gives {@code s >= a / 3}), and
     * texts that share that many words share one among the first {@code a - ceil(a / 3) + 1} words of each,
     * when every text's words are put in one order, rarest first (the prefix filter of set-similarity joins).
     * So the pairs are found through an index of those first words, rare words keep the lists it gives short,
     * and the result is the one scoring every pair would give.
     */
    private void pairSimilar(List<Slot> older, List<Slot> newer, Set<String> shared, Pairing pairing) {
        Predicate<Slot> freeOlder = was -> shared.contains(was.cornerstoneId()) && !pairing.hasOlder(was);
        Predicate<Slot> freeNewer = is -> shared.contains(is.cornerstoneId()) && !pairing.hasNewer(is);
        List<Slot> left = older.stream().filter(freeOlder).toList();
        List<Slot> right = newer.stream().filter(freeNewer).toList();
        List<Candidate> candidates = new ArrayList<>();
        Map<String, Integer> frequency = new HashMap<>();
        Map<Slot, List<String>> tokens = new HashMap<>();
        for (Slot slot : concat(left, right)) {
            List<String> numbered = numbered(slot.words);
            tokens.put(slot, numbered);
            numbered.forEach(t -> frequency.merge(t, 1, Integer::sum));
        }
        Comparator<String> rarestFirst = Comparator.<String>comparingInt(frequency::get)
                .thenComparing(Comparator.naturalOrder());
        // Each word gets a number in that order, so a slot's words are a sorted array, and the words two slots
        // share are counted by one merge of their arrays.
        Map<String, Integer> rank = new HashMap<>();
        frequency.keySet().stream().sorted(rarestFirst).forEach(t -> rank.put(t, rank.size()));
        Map<Slot, int[]> ranked = new HashMap<>();
        tokens.forEach((slot, own) -> ranked.put(slot, own.stream().mapToInt(rank::get).sorted().toArray()));
        Map<Integer, List<Slot>> index = new HashMap<>();
        for (Slot was : left) {
            int[] own = ranked.get(was);
            for (int i = 0; i < prefix(own.length); i++) {
                index.computeIfAbsent(own[i], k -> new ArrayList<>()).add(was);
            }
        }
        int[] lastSeenBy = new int[older.size()];
        Arrays.fill(lastSeenBy, -1);
        for (Slot is : right) {
            int[] own = ranked.get(is);
            for (int i = 0; i < prefix(own.length); i++) {
                for (Slot was : index.getOrDefault(own[i], List.of())) {
                    steps.accept(1);
                    if (lastSeenBy[was.index] != is.index) {
                        lastSeenBy[was.index] = is.index;
                        score(was, ranked.get(was), is, own, candidates);
                    }
                }
            }
        }
        // Texts without words are all alike (similarity 1): taken greedily in order, the first such older one
        // pairs with the first newer one, the second with the second, within a cornerstone and then across.
        List<Slot> emptyOlder = left.stream().filter(s -> s.words.isEmpty()).toList();
        List<Slot> emptyNewer = right.stream().filter(s -> s.words.isEmpty()).toList();
        Map<String, List<Slot>> emptyNewerById = new HashMap<>();
        emptyNewer.forEach(s -> emptyNewerById.computeIfAbsent(s.cornerstoneId(), k -> new ArrayList<>()).add(s));
        Map<String, Integer> taken = new HashMap<>();
        List<Slot> olderLeft = new ArrayList<>();
        Set<Slot> newerTaken = new HashSet<>();
        for (Slot was : emptyOlder) {
            List<Slot> here = emptyNewerById.getOrDefault(was.cornerstoneId(), List.of());
            int next = taken.merge(was.cornerstoneId(), 1, Integer::sum) - 1;
            if (next < here.size()) {
                candidates.add(new Candidate(was, here.get(next), 1.0));
                newerTaken.add(here.get(next));
            } else {
                olderLeft.add(was);
            }
        }
        List<Slot> newerLeft = emptyNewer.stream().filter(s -> !newerTaken.contains(s)).toList();
        for (int i = 0; i < Math.min(olderLeft.size(), newerLeft.size()); i++) {
            candidates.add(new Candidate(olderLeft.get(i), newerLeft.get(i), 1.0));
        }
        // The order scoring every pair gave: most similar first, then older order, then newer order.
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparingInt(c -> c.was().index).thenComparingInt(c -> c.is().index));
        steps.accept(candidates.size());
        for (BiPredicate<Slot, Slot> scope : List.<BiPredicate<Slot, Slot>>of(
                (was, is) -> was.cornerstoneId().equals(is.cornerstoneId()), (was, is) -> true)) {
            for (Candidate c : candidates) {
                if (scope.test(c.was(), c.is()) && !pairing.hasOlder(c.was()) && !pairing.hasNewer(c.is())) {
                    pairing.pair(ChangeKind.REWORDED, c.was(), c.is());
                }
            }
        }
    }

    /**
     * Scores a pair that shares a word, keeping it when similar enough. The words in common in any order bound
     * those in common in order, so a pair that shares too few words in any order is never diffed.
     */
    private void score(Slot was, int[] wasWords, Slot is, int[] isWords, List<Candidate> candidates) {
        int a = wasWords.length;
        int b = isWords.length;
        if (3 * a < b || 3 * b < a) {
            return;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a && j < b; ) {
            steps.accept(1);
            if (wasWords[i] == isWords[j]) {
                shared++;
                i++;
                j++;
            } else if (wasWords[i] < isWords[j]) {
                i++;
            } else {
                j++;
            }
        }
        if (4 * shared < a + b) {
            return;
        }
        steps.accept(1);
        double similarity = Wording.similarity(was.words, is.words);
        if (similarity >= REWORDED_AT) {
            candidates.add(new Candidate(was, is, similarity));
        }
    }

    /** How many of a text's words, rarest first, are sure to hold one it shares with any text similar enough. */
    private static int prefix(int words) {
        return words == 0 ? 0 : words - (words + 2) / 3 + 1;
    }

    /** The words with each repeat numbered ("and", "and#2"), so a set of them counts words as a bag does. */
    private static List<String> numbered(List<String> words) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> numbered = new ArrayList<>(words.size());
        for (String word : words) {
            int n = seen.merge(word, 1, Integer::sum);
            numbered.add(n == 1 ? word : word + "#" + n);
        }
        return numbered;
    }

    private static List<Slot> concat(List<Slot> a, List<Slot> b) {
        List<Slot> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
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
            Set<CommitmentChange> shown = new HashSet<>(here);
            List<CommitmentChange> before = older.stream().filter(s -> s.cornerstoneId().equals(id))
                    .map(pairing::older).filter(c -> c.kind() == ChangeKind.REMOVED || shown.contains(c)).toList();
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

package org.charterkit.compare;

import static org.charterkit.compare.ChangeKind.ADDED;
import static org.charterkit.compare.ChangeKind.MOVED;
import static org.charterkit.compare.ChangeKind.REMOVED;
import static org.charterkit.compare.ChangeKind.REWORDED;
import static org.charterkit.compare.ChangeKind.UNCHANGED;
import static org.charterkit.compare.Versions.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.charterkit.compare.WordChange.Kind;
import org.junit.jupiter.api.Test;

class CharterComparerTest {

    private static final String WELCOMING = "create a welcoming and caring space";
    private static final String INTRODUCE = "introduce everyone, their role and why they are there";
    private static final String TIMES = "make sure meetings are at times that suit families";
    private static final String AGENDA = "share the agenda a week before each meeting";
    private static final String CLEARLY = "communicate clearly and honestly";
    private static final String EARLY = "give families clear information early so they can prepare";
    private static final String LISTEN = "listen to understand";

    private final CharterComparer comparer = new CharterComparer();

    @Test
    void theSameWordsAreUnchangedWhateverTheCaseSpacingOrFullStop() {
        CharterComparison c = comparer.compare(
                version("1.0").cornerstone("Welcome and Care", WELCOMING, INTRODUCE).charter(),
                version("1.1").cornerstone("Welcome and Care", "Create a  welcoming and caring space.", INTRODUCE)
                        .charter());

        assertEquals(List.of(UNCHANGED, UNCHANGED), kinds(c, 0));
        assertFalse(c.hasChanges());
        assertEquals(2, c.count(UNCHANGED));
        CommitmentChange first = c.cornerstones().get(0).changes().get(0);
        assertEquals("Welcome and Care", first.fromCornerstone());
        assertEquals("Welcome and Care", first.toCornerstone());
        assertEquals(1, first.fromPosition());
        assertEquals(1, first.toPosition());
        assertEquals(1.0, first.similarity());
        assertEquals(List.of(), first.words());
    }

    @Test
    void aNewCommitmentIsAddedWithoutMovingThoseAfterIt() {
        CharterComparison c = comparer.compare(
                version("1.0").cornerstone("Welcome and Care", WELCOMING, INTRODUCE).charter(),
                version("1.1").cornerstone("Welcome and Care", WELCOMING, AGENDA, INTRODUCE).charter());

        assertEquals(List.of(UNCHANGED, ADDED, UNCHANGED), kinds(c, 0));
        CommitmentChange added = c.cornerstones().get(0).changes().get(1);
        assertEquals(AGENDA, added.after().orElseThrow().text());
        assertTrue(added.before().isEmpty());
        assertEquals("", added.fromCornerstone());
        assertEquals(0, added.fromPosition());
        assertEquals(2, added.toPosition());
        assertEquals(0.0, added.similarity());
        assertTrue(c.hasChanges());
    }

    @Test
    void aRemovedCommitmentStandsWhereItStood() {
        CharterComparison c = comparer.compare(
                version("1.0").cornerstone("Welcome and Care", WELCOMING, INTRODUCE, TIMES).charter(),
                version("1.1").cornerstone("Welcome and Care", WELCOMING, TIMES).charter());

        assertEquals(List.of(UNCHANGED, REMOVED, UNCHANGED), kinds(c, 0));
        CommitmentChange removed = c.cornerstones().get(0).changes().get(1);
        assertEquals(INTRODUCE, removed.before().orElseThrow().text());
        assertTrue(removed.after().isEmpty());
        assertEquals(2, removed.fromPosition());
        assertEquals(0, removed.toPosition());
        assertEquals("", removed.toCornerstone());
    }

    @Test
    void aCommitmentWithAThirdOfItsWordsChangedIsReworded() {
        // Six of nine words kept, three replaced: similarity 2 * 6 / (9 + 9).
        String reworded = "give parents clear information early so they feel ready";
        CharterComparison c = comparer.compare(version("1.0").cornerstone("Communicate", EARLY).charter(),
                version("1.1").cornerstone("Communicate", reworded).charter());

        CommitmentChange change = c.cornerstones().get(0).changes().get(0);
        assertEquals(REWORDED, change.kind());
        assertEquals(2.0 * 6 / 18, change.similarity(), 1e-9);
        assertEquals(List.of(new WordChange(Kind.SAME, "give"), new WordChange(Kind.DELETED, " families"),
                new WordChange(Kind.INSERTED, " parents"),
                new WordChange(Kind.SAME, " clear information early so they"),
                new WordChange(Kind.DELETED, " can prepare"), new WordChange(Kind.INSERTED, " feel ready")),
                change.words());
        assertEquals(EARLY, join(change.words(), Kind.DELETED));
        assertEquals(reworded, join(change.words(), Kind.INSERTED));
    }

    @Test
    void wordRunsKeepPunctuationAndSpacingSoBothWordingsCanBeRebuilt() {
        String before = "Introduce everyone, their role and why they are there.";
        String after = "introduce everyone and their role, and say why they are there";
        CharterComparison c = comparer.compare(version("1.0").cornerstone("Welcome and Care", before).charter(),
                version("1.1").cornerstone("Welcome and Care", after).charter());

        List<WordChange> words = c.cornerstones().get(0).changes().get(0).words();
        assertEquals(List.of(new WordChange(Kind.DELETED, "Introduce"), new WordChange(Kind.INSERTED, "introduce"),
                new WordChange(Kind.SAME, " everyone"), new WordChange(Kind.DELETED, ","),
                new WordChange(Kind.INSERTED, " and"), new WordChange(Kind.SAME, " their role"),
                new WordChange(Kind.INSERTED, ","), new WordChange(Kind.SAME, " and"),
                new WordChange(Kind.INSERTED, " say"), new WordChange(Kind.SAME, " why they are there"),
                new WordChange(Kind.DELETED, ".")), words);
        assertEquals(before, join(words, Kind.DELETED));
        assertEquals(after, join(words, Kind.INSERTED));
    }

    @Test
    void aCommitmentSharingLessThanHalfItsWordsIsRemovedAndAnotherAdded() {
        CharterComparison c = comparer.compare(version("1.0").cornerstone("Communicate", CLEARLY).charter(),
                version("1.1").cornerstone("Communicate", "answer emails clearly within a week").charter());

        assertEquals(List.of(REMOVED, ADDED), kinds(c, 0));
    }

    @Test
    void theClosestPairsAreMadeFirst() {
        String first = "share the agenda before each meeting";
        String second = "share the notes after each meeting";
        CharterComparison c = comparer.compare(version("1.0").cornerstone("Communicate", first, second).charter(),
                version("1.1").cornerstone("Communicate", "share the notes soon after each meeting").charter());

        List<CommitmentChange> changes = c.cornerstones().get(0).changes();
        assertEquals(List.of(REMOVED, REWORDED), kinds(c, 0));
        assertEquals(first, changes.get(0).before().orElseThrow().text());
        assertEquals(second, changes.get(1).before().orElseThrow().text());
    }

    @Test
    void aCommitmentDraggedUpTheListIsTheOneThatMoved() {
        CharterComparison c = comparer.compare(
                version("1.0").cornerstone("Welcome and Care", WELCOMING, INTRODUCE, TIMES).charter(),
                version("1.1").cornerstone("Welcome and Care", TIMES, WELCOMING, INTRODUCE).charter());

        assertEquals(List.of(MOVED, UNCHANGED, UNCHANGED), kinds(c, 0));
        CommitmentChange moved = c.cornerstones().get(0).changes().get(0);
        assertEquals(TIMES, moved.after().orElseThrow().text());
        assertEquals(3, moved.fromPosition());
        assertEquals(1, moved.toPosition());
        assertFalse(moved.changedCornerstone());
        assertEquals(1, c.count(MOVED));
    }

    @Test
    void ofTwoCommitmentsSwappedTheOneNowFirstMoved() {
        CharterComparison pair = comparer.compare(
                version("1.0").cornerstone("Welcome and Care", WELCOMING, INTRODUCE).charter(),
                version("1.1").cornerstone("Welcome and Care", INTRODUCE, WELCOMING).charter());
        CharterComparison three = comparer.compare(
                version("1.0").cornerstone("Welcome and Care", WELCOMING, INTRODUCE, TIMES).charter(),
                version("1.1").cornerstone("Welcome and Care", INTRODUCE, WELCOMING, TIMES).charter());

        assertEquals(List.of(MOVED, UNCHANGED), kinds(pair, 0));
        assertEquals(List.of(MOVED, UNCHANGED, UNCHANGED), kinds(three, 0));
        assertEquals(INTRODUCE, three.cornerstones().get(0).changes().get(0).after().orElseThrow().text());
    }

    @Test
    void aCommitmentUnderAnotherCornerstoneMovedThereAndIsListedOnlyThere() {
        CharterComparison c = comparer.compare(
                version("1.0").cornerstone("Welcome and Care", WELCOMING).cornerstone("Communicate", CLEARLY, LISTEN)
                        .charter(),
                version("1.1").cornerstone("Welcome and Care", WELCOMING, LISTEN).cornerstone("Communicate", CLEARLY)
                        .charter());

        assertEquals(List.of(UNCHANGED, MOVED), kinds(c, 0));
        assertEquals(List.of(UNCHANGED), kinds(c, 1));
        CommitmentChange moved = c.cornerstones().get(0).changes().get(1);
        assertEquals("Communicate", moved.fromCornerstone());
        assertEquals("Welcome and Care", moved.toCornerstone());
        assertEquals(2, moved.fromPosition());
        assertEquals(2, moved.toPosition());
        assertTrue(moved.changedCornerstone());
    }

    @Test
    void everyKindAtOnceInTheNewerOrderWithRemovedOnesWhereTheyStood() {
        String introduceAgain = "introduce everyone, their role and why they have come";
        String thank = "thank people for their time";
        CharterComparison c = comparer.compare(
                version("1.0").cornerstone("Welcome and Care", WELCOMING, INTRODUCE, TIMES, AGENDA)
                        .cornerstone("Communicate", CLEARLY, EARLY, LISTEN).charter(),
                version("1.1").cornerstone("Welcome and Care", TIMES, WELCOMING, introduceAgain, LISTEN, thank)
                        .cornerstone("Communicate", CLEARLY, EARLY).charter());

        assertEquals(List.of("welcome-and-care", "communicate"),
                c.cornerstones().stream().map(CornerstoneComparison::cornerstoneId).toList());
        assertEquals(List.of(MOVED, UNCHANGED, REWORDED, REMOVED, MOVED, ADDED), kinds(c, 0));
        assertEquals(List.of(TIMES, WELCOMING, introduceAgain, AGENDA, LISTEN, thank),
                c.cornerstones().get(0).changes().stream()
                        .map(ch -> ch.after().or(ch::before).orElseThrow().text()).toList());
        assertEquals(List.of(UNCHANGED, UNCHANGED), kinds(c, 1));
        assertEquals(List.of(1L, 1L, 1L, 2L, 3L), List.of(c.count(ADDED), c.count(REMOVED), c.count(REWORDED),
                c.count(MOVED), c.count(UNCHANGED)));
    }

    @Test
    void aCornerstoneInOnlyOneVersionHasAllItsCommitmentsAddedOrRemoved() {
        CharterComparison c = comparer.compare(
                version("1.0").cornerstone("Welcome and Care", WELCOMING).cornerstone("Communicate", LISTEN)
                        .charter(),
                version("1.1").cornerstone("Welcome and Care", WELCOMING).cornerstone("Value and Include", LISTEN)
                        .charter());

        assertEquals(List.of("welcome-and-care", "communicate", "value-and-include"),
                c.cornerstones().stream().map(CornerstoneComparison::cornerstoneId).toList());
        assertEquals(List.of(UNCHANGED), kinds(c, 0));
        assertEquals(List.of(REMOVED), kinds(c, 1));
        assertEquals(List.of(ADDED), kinds(c, 2));
    }

    @Test
    void signatoriesAndPartnersAddedOrRemovedByName() {
        CharterComparison c = comparer.compare(
                version("1.0").partner("wcc", "Warwickshire County Council").partner("pcv", "Parent Carer Voice")
                        .signatory("Nigel Miles", "wcc").signatory("Jo Evans", "pcv").charter(),
                version("1.1").partner("wcc", "Warwickshire County Council")
                        .partner("impact", "IMPACT (Young People's Forum for SEND)").signatory("Nigel Miles", "wcc")
                        .signatory("Sam Craven", "impact").charter());

        assertEquals(List.of(new ListChange(REMOVED, "Jo Evans, Parent Carer Voice"),
                new ListChange(ADDED, "Sam Craven, IMPACT (Young People's Forum for SEND)")), c.signatories());
        assertEquals(List.of(new ListChange(REMOVED, "Parent Carer Voice"),
                new ListChange(ADDED, "IMPACT (Young People's Forum for SEND)")), c.partners());
        assertTrue(c.hasChanges());
        assertEquals(0, c.commitments().size());
    }

    @Test
    void spectrumDefinitionsMatchedByLevelWhateverTheHeading() {
        CharterComparison c = comparer.compare(
                version("1.0").spectrum("consultation", "Consultation", "is asking for views\non plans")
                        .spectrum("co-production", "Co-production", "is where everyone works together as equals")
                        .charter(),
                version("1.1").spectrum("consultation", "Consulting", "is asking for views on plans")
                        .spectrum("co-production", "Co-production",
                                "is where everyone works together as equal partners")
                        .level("strategic", "Strategic Level", "Policy, strategy and service design").charter());

        List<WordChange> words = List.of(new WordChange(Kind.SAME, "is where everyone works together as"),
                new WordChange(Kind.DELETED, " equals"), new WordChange(Kind.INSERTED, " equal partners"));
        assertEquals(List.of(new DefinitionChange(REWORDED, "Co-production",
                "is where everyone works together as equals", "is where everyone works together as equal partners",
                words)), c.spectrum());
        assertEquals(List.of(new DefinitionChange(ADDED, "Strategic Level", "",
                "Policy, strategy and service design", List.of())), c.levels());
    }

    private static List<ChangeKind> kinds(CharterComparison c, int cornerstone) {
        return c.cornerstones().get(cornerstone).changes().stream().map(CommitmentChange::kind).toList();
    }

    /** One wording back from the runs: the shared ones and those of one kind. */
    private static String join(List<WordChange> words, Kind kind) {
        return words.stream().filter(w -> w.kind() == Kind.SAME || w.kind() == kind).map(WordChange::text)
                .collect(Collectors.joining());
    }
}

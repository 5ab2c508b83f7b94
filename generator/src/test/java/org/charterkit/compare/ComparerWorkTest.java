package org.charterkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A version diff of a charter with thousands of commitments, most reworded, some moved and reordered, once took
 * longer than a build may: every pair was scored, and every lookup hashed a whole section. The work is counted
 * here, pairs looked at and similarities worked out, at two sizes: four times the commitments may take a little
 * over four times the steps (n log n), never sixteen.
 */
class ComparerWorkTest {

    private static final String[] NAMES = {"Welcome and Care", "Value and Include", "Communicate",
        "Work in Partnership"};

    @Test
    void fourTimesTheCommitmentsTakeAboutFourTimesTheWork() {
        long small = steps(300);
        long large = steps(1200);
        assertTrue(large <= 5 * small, small + " steps for 300 commitments, " + large + " for 1,200");
        assertTrue(small <= 40L * 300, small + " steps for 300 commitments");
    }

    @Test
    void everyKindOfChangeIsStillFoundAtSize() {
        CharterComparison c = new CharterComparer().compare(charter(1200, false), charter(1200, true));
        assertEquals(1200 / 3, c.count(ChangeKind.REWORDED), "one in three reworded");
        assertTrue(c.count(ChangeKind.MOVED) > 0, "some moved");
        assertTrue(c.count(ChangeKind.UNCHANGED) > 0, "some unchanged");
        assertEquals(0, c.count(ChangeKind.ADDED) + c.count(ChangeKind.REMOVED));
    }

    private static long steps(int commitments) {
        AtomicLong steps = new AtomicLong();
        new CharterComparer(steps::addAndGet).compare(charter(commitments, false), charter(commitments, true));
        return steps.get();
    }

    /**
     * Commitments that share a few common words ("we will", "with") and have most words of their own. (Where
     * most of every commitment's words are common ones, many pairs are truly alike and all of those are scored:
     * the work then grows with the number of such pairs.) The newer
     * version rewords one in three (a word changed), shuffles a few and moves one in ten to the next cornerstone.
     */
    private static org.charterkit.model.Charter charter(int commitments, boolean newer) {
        List<List<String>> sections = new ArrayList<>();
        for (int s = 0; s < NAMES.length; s++) {
            sections.add(new ArrayList<>());
        }
        Random random = new Random(7);
        for (int i = 0; i < commitments; i++) {
            String text = "we will " + word(i) + " " + word(i + 100_000) + " " + word(i + 200_000) + " "
                    + word(i + 300_000) + " with " + word(i + 400_000) + " " + word(i + 500_000);
            int section = i % NAMES.length;
            if (newer && i % 3 == 0) {
                text = text.replace(" with ", " for ");
            }
            if (newer && i % 10 == 1) {
                section = (section + 1) % NAMES.length;
            }
            sections.get(section).add(text);
        }
        Versions version = Versions.version(newer ? "1.1" : "1.0");
        for (int s = 0; s < NAMES.length; s++) {
            List<String> list = sections.get(s);
            if (newer) {
                for (int k = 0; k < list.size() / 20; k++) {
                    Collections.swap(list, random.nextInt(list.size()), random.nextInt(list.size()));
                }
            }
            version.cornerstone(NAMES[s], list.toArray(String[]::new));
        }
        return version.charter();
    }

    /** A made-up word of its own for each number. */
    private static String word(int n) {
        StringBuilder word = new StringBuilder();
        for (int i = n; ; i /= 26) {
            word.append((char) ('a' + i % 26));
            if (i < 26) {
                break;
            }
        }
        return word.append("ing").toString();
    }
}

package org.charterkit.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for names people mistype: the known name closest to what was written, when it is close
 * enough to be a slip of the keyboard rather than a different word.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest of {@code known} to {@code written}, if it is within a third of the name's length of edits. */
    public static Optional<String> closest(String written, Collection<String> known) {
        String w = written.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(w, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, Math.min(written.length(), best == null ? 0 : best.length()) / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * The field an unknown key of front matter was most likely meant to be: the closest of {@code known}, or else
     * the field {@code otherNames} gives for a name people use for it ({@code date} for {@code adopted}), unless
     * {@code present}, the fields already written, has that one.
     */
    public static Optional<String> field(String key, Collection<String> known, java.util.Map<String, String> otherNames,
            Collection<String> present) {
        return closest(key, known).or(() -> Optional.ofNullable(otherNames.get(key.toLowerCase(Locale.ROOT)))
                .filter(other -> !present.contains(other)));
    }

    /** Levenshtein distance, counting a swap of two neighbouring letters as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

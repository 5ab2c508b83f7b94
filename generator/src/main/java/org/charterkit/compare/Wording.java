package org.charterkit.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How two wordings relate: whether they are the same words, how alike they are, and which words changed.
 *
 * <p>Text is cut into tokens, each a word or a single punctuation mark with the spaces before it. A word keeps
 * its inner apostrophes and hyphens ("everyone’s", "well-being"), so a changed word shows whole, while a comma
 * or full stop is a token of its own, so adding one does not mark the word beside it as changed.
 */
final class Wording {

    private static final Pattern TOKEN = Pattern.compile(
            "(\\s*)([\\p{L}\\p{M}\\p{N}]+(?:['’-][\\p{L}\\p{M}\\p{N}]+)*|[^\\s\\p{L}\\p{M}\\p{N}]|$)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{P}\\s]+$");

    private Wording() {
    }

    /** A word or punctuation mark, and the spaces written before it (the last token may be spaces alone). */
    private record Token(String space, String core) {

        String text() {
            return space + core;
        }
    }

    /** The text as compared for "the same words": case, spacing and punctuation at the end do not count. */
    static String normalise(String text) {
        String folded = SPACES.matcher(text.strip()).replaceAll(" ");
        return TRAILING_PUNCTUATION.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Whether two texts differ in more than spacing. */
    static boolean differ(String a, String b) {
        return !SPACES.matcher(a.strip()).replaceAll(" ").equals(SPACES.matcher(b.strip()).replaceAll(" "));
    }

    /**
     * The Dice coefficient of the two texts' words (lower-cased, punctuation left out) over their longest common
     * subsequence: twice the words the two share in order, over the words of both. Order counts because a
     * commitment that keeps its words but shuffles them has changed what it says.
     */
    static double similarity(String a, String b) {
        return similarity(words(a), words(b));
    }

    /** As {@link #similarity(String, String)}, for words already cut by {@link #words}. */
    static double similarity(List<String> left, List<String> right) {
        if (left.isEmpty() && right.isEmpty()) {
            return 1.0;
        }
        int shared = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(left, right, true).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                shared += delta.getSource().size();
            }
        }
        return 2.0 * shared / (left.size() + right.size());
    }

    /**
     * The runs of words kept, inserted and deleted from the older text to the newer one. Each run keeps the
     * spaces before its words, so a deletion at the end takes its space with it and both texts can be rebuilt.
     */
    static List<WordChange> changes(String before, String after) {
        List<Token> older = tokens(before);
        List<Token> newer = tokens(after);
        Runs runs = new Runs();
        for (AbstractDelta<Token> delta : DiffUtils.diff(older, newer,
                new MyersDiff<Token>((x, y) -> x.core().equals(y.core())), null, true).getDeltas()) {
            List<Token> source = delta.getSource().getLines();
            List<Token> target = delta.getTarget().getLines();
            if (delta.getType() == DeltaType.EQUAL) {
                for (int i = 0; i < source.size(); i++) {
                    // The same word may stand after other spaces (first in one text, not in the other): only the
                    // spaces changed then, so the word itself still counts as kept.
                    Token was = source.get(i);
                    Token is = target.get(i);
                    if (!was.space().equals(is.space())) {
                        runs.add(WordChange.Kind.DELETED, was.space());
                        runs.add(WordChange.Kind.INSERTED, is.space());
                    }
                    runs.add(WordChange.Kind.SAME, was.space().equals(is.space()) ? was.text() : was.core());
                }
            } else {
                source.forEach(t -> runs.add(WordChange.Kind.DELETED, t.text()));
                target.forEach(t -> runs.add(WordChange.Kind.INSERTED, t.text()));
            }
        }
        return runs.list;
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (!m.group().isEmpty()) {
                tokens.add(new Token(m.group(1), m.group(2)));
            }
        }
        return tokens;
    }

    /** The words compared for similarity: lower-cased, punctuation left out. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (Token token : tokens(text)) {
            String word = NOT_WORD.matcher(token.core()).replaceAll("").toLowerCase(Locale.ROOT);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Runs being built: text of the same kind as the last run joins it, so runs alternate in kind. */
    private static final class Runs {

        private final List<WordChange> list = new ArrayList<>();

        void add(WordChange.Kind kind, String text) {
            if (text.isEmpty()) {
                return;
            }
            int last = list.size() - 1;
            if (last >= 0 && list.get(last).kind() == kind) {
                list.set(last, new WordChange(kind, list.get(last).text() + text));
            } else {
                list.add(new WordChange(kind, text));
            }
        }
    }
}

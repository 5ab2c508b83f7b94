package org.charterkit.check;

/**
 * Counts the characters a scan of text reads. The checks run over text anyone can write, so the work they do
 * must grow in step with the text; the tests show that by counting reads at two sizes, never by timing. A scan
 * reads its text through {@link #watch}, which counts only when counting was asked for.
 */
final class Examined {

    /** For real checks: nothing is counted, and watched text is the text itself. */
    static final Examined NOT_COUNTED = new Examined(false);

    private final boolean counting;
    private long reads;

    private Examined(boolean counting) {
        this.counting = counting;
    }

    /** A fresh count, for a test. */
    static Examined counting() {
        return new Examined(true);
    }

    /** The text, read through this count. */
    CharSequence watch(CharSequence text) {
        return counting ? new Watched(text) : text;
    }

    /** How many characters were read so far. */
    long reads() {
        return reads;
    }

    private final class Watched implements CharSequence {

        private final CharSequence text;

        Watched(CharSequence text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Watched(text.subSequence(start, end));
        }

        @Override
        public String toString() {
            reads += text.length();
            return text.toString();
        }
    }
}

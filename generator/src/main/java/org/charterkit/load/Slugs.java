package org.charterkit.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turning headings and names into the lower-case words joined by hyphens that URLs and anchors use. */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** "everyone's" is one word in a slug, not two. */
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Compiled once: String.replaceAll compiles it again on each call, and every heading is slugified. */
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    /**
     * The device names Windows keeps for itself, in any case, alone or before a dot ({@code aux}, {@code aux.md}):
     * a file or folder so named cannot be made or checked out there. A name that only starts with one, such as
     * {@code aux-1} or {@code console}, is an ordinary name on Windows. COM0 and LPT0 are listed because
     * Microsoft's naming rules list them, though few machines have such a port.
     */
    private static final Pattern WINDOWS_DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private Slugs() {
    }

    /** Whether a folder or file name is a slug: lower-case ASCII letters and digits in words joined by '-'. */
    public static boolean isValid(String name) {
        return VALID.matcher(name).matches();
    }

    /** Whether Windows keeps the name for a device, so that no file or folder there can take it. */
    public static boolean isWindowsDeviceName(String name) {
        return WINDOWS_DEVICE.matcher(name).matches();
    }

    /** A slug made from any text: accents dropped, '&amp;' read as "and", everything else folded to '-'. */
    public static String slugify(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String joined = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("").replace("&", " and ");
        String words = NOT_WORD.matcher(joined).replaceAll("-");
        return EDGE_DASHES.matcher(words).replaceAll("");
    }

    /**
     * The form in which two names count as the same: case, punctuation and '&amp;' against "and" ignored, so
     * "Welcome &amp; Care" names the cornerstone "Welcome and Care".
     */
    public static String matchKey(String name) {
        // Letters of every script count: an Urdu heading ("بات چیت") is its own name, not an empty slug that
        // every other Urdu heading would share.
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String joined = APOSTROPHES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("").replace("&", " and ");
        return EDGE_DASHES.matcher(NOT_LETTER.matcher(joined).replaceAll("-")).replaceAll("");
    }
}

package org.charterkit.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.model.Area;
import org.charterkit.model.Page;
import org.charterkit.model.Project;

/**
 * Warns about instructions left in the text: prompts of a printed form ("Use this space to add ..."),
 * placeholders ("[insert name]", "TBC") and filler text ("lorem ipsum"), which would otherwise be published as
 * the charter's own words. Only the current charter and the area's extra pages are checked: a released version
 * never changes. Text inside an HTML comment ({@code <!-- ... -->}) is not published, so it is not checked: a
 * note there may say why a prompt was left out.
 */
final class PlaceholderRule implements AreaRule {

    /**
     * Each kind of leftover, and how a reader would name it in the warning. {@code clue} is words every find
     * holds (in any case of ASCII letters when {@code anyCase}, as {@code (?i)} matches them): a text without
     * them is not searched, since an expression starting with {@code \b} is otherwise tried at every character
     * of every text, and most texts hold no leftover at all.
     */
    private record Leftover(Pattern pattern, String what, String clue, boolean anyCase) {

        boolean mayBeIn(String words, String lowerCase) {
            return anyCase ? lowerCase.contains(clue) : words.contains(clue);
        }
    }

    private static final List<Leftover> LEFTOVERS = List.of(
            new Leftover(Pattern.compile("(?i)\\buse this (?:space|box|section)\\b"), "a prompt from a form",
                    "use this ", true),
            new Leftover(Pattern.compile("(?i)\\[\\s*(?:insert|add|enter)\\b[^\\]\\n]*\\]"), "a placeholder", "[",
                    false),
            new Leftover(Pattern.compile("\\b(?:TBC|TBA|TBD)\\b"), "a placeholder", "TB", false),
            new Leftover(Pattern.compile("(?i)\\blorem ipsum\\b"), "filler text", "lorem ipsum", true));

    private static final Pattern COMMENT = Pattern.compile("<!--[\\s\\S]*?(?:-->|$)");

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        for (CharterText text : CharterText.withPledges(area.charter())) {
            report(text, out);
        }
        for (Page page : area.pages()) {
            report(new CharterText(page.title(), page.keys().getOrDefault("title", page.location()), true), out);
            report(CharterText.of(page.body()), out);
        }
    }

    static void report(CharterText text, Diagnostics out) {
        report(text, out, Examined.NOT_COUNTED);
    }

    /** As above, counting into {@code examined} the characters the expressions read. */
    static void report(CharterText text, Diagnostics out, Examined examined) {
        String words = blankComments(text.words());
        // Lower-cased only to look for clues: each ASCII letter stays one letter, so a find's words stay together.
        String lowerCase = words.toLowerCase(java.util.Locale.ROOT);
        for (Leftover leftover : LEFTOVERS) {
            if (!leftover.mayBeIn(words, lowerCase)) {
                continue;
            }
            Matcher m = leftover.pattern().matcher(examined.watch(words));
            while (m.find()) {
                out.warning(text.locate(m.start()), "`" + m.group() + "` looks like " + leftover.what()
                                + " left in the text; it would be published as the charter's own words",
                        "replace it with the words you mean, or remove it; to keep a note for editors, put it in"
                                + " a comment (`<!-- ... -->`), which is not published");
            }
        }
    }

    /** The text with HTML comments blanked out, keeping every offset so locations stay right. */
    private static String blankComments(String markdown) {
        if (!markdown.contains("<!--")) {
            return markdown;
        }
        StringBuilder blanked = new StringBuilder(markdown);
        Matcher m = COMMENT.matcher(markdown);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (blanked.charAt(i) != '\n') {
                    blanked.setCharAt(i, ' ');
                }
            }
        }
        return blanked.toString();
    }

}

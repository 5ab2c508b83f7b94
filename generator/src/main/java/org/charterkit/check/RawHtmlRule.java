package org.charterkit.check;

import java.util.List;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.html.CharterHtml;
import org.charterkit.model.Area;
import org.charterkit.model.Project;
import org.charterkit.model.RawHtml;

/**
 * Warns, where it is written, about every piece of HTML that publishing will remove, so an author is never
 * surprised by a page that lacks what they wrote, and a reviewer sees an attempt at script in the pull request.
 */
final class RawHtmlRule implements AreaRule {

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        for (RawHtml piece : area.rawHtml()) {
            if (piece.isUnclosedComment()) {
                out.warning(piece.location(), "this HTML comment is never closed: it runs to the end of the"
                                + " file, and the published page leaves out everything after it" + hidden(piece),
                        "end the comment with `-->` where the note ends, or remove the `<!--`");
                continue;
            }
            for (String removal : CharterHtml.removals(piece.html())) {
                out.warning(piece.location(), removal + " is removed when the page is published",
                        swallows(piece)
                                ? "an HTML block like this one runs until it is closed, so the headings after it"
                                        + " are part of it too: remove the HTML and write in Markdown"
                                : "charters never run script or carry styles, frames or forms: remove it, and"
                                        + " write the words in Markdown");
            }
        }
    }

    /** What an unclosed comment hides, in the words an author knows it by: its headings, else its lines. */
    private static String hidden(RawHtml comment) {
        List<String> headings = comment.headings();
        long lines = comment.html().strip().lines().count() - 1;
        if (headings.isEmpty()) {
            return lines == 0 ? "" : " (" + lines + (lines == 1 ? " line" : " lines") + ")";
        }
        // A file of a thousand headings gets a message of a few.
        int shown = Math.min(headings.size(), 8);
        return ", with the " + (headings.size() == 1 ? "heading " : "headings ")
                + String.join(", ", headings.subList(0, shown).stream().map(h -> "`" + h + "`").toList())
                + (headings.size() > shown ? " and " + (headings.size() - shown) + " more" : "");
    }

    /** An unclosed {@code <script>} or {@code <style>} takes in the rest of the file, headings and all. */
    private static boolean swallows(RawHtml piece) {
        return piece.html().contains("\n## ") || piece.html().contains("\n# ");
    }
}

package org.charterkit.model;

import org.charterkit.diagnostic.Location;

/**
 * A piece of HTML written straight into a charter's or page's Markdown, as written, with where it starts. Kept
 * so the check can say exactly where something will be removed when the page is published.
 */
public record RawHtml(String html, Location location) {

    /** A Markdown heading line; its closing {@code #}s are taken off in code, not by backtracking. */
    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
            "(?m)^ {0,3}(#{1,6})[ \t]++(.*)$");

    /**
     * Whether this is an HTML comment that is never closed: the loader keeps such a comment, unlike closed ones,
     * because it hides the rest of the file.
     */
    public boolean isUnclosedComment() {
        return html.strip().startsWith("<!--") && !html.contains("-->");
    }

    /** The Markdown headings inside this HTML, as written ({@code ## Communicate}), in order. */
    public java.util.List<String> headings() {
        java.util.List<String> headings = new java.util.ArrayList<>();
        java.util.regex.Matcher m = HEADING.matcher(html);
        while (m.find()) {
            String title = m.group(2).strip();
            int closing = title.length();
            while (closing > 0 && title.charAt(closing - 1) == '#') {
                closing--;
            }
            if (closing == 0 || closing < title.length() && Character.isWhitespace(title.charAt(closing - 1))) {
                title = title.substring(0, closing).strip();
            }
            headings.add(m.group(1) + " " + title);
        }
        return headings;
    }
}

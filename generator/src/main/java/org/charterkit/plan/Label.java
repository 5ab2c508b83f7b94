package org.charterkit.plan;

import java.util.List;

/**
 * Words a reader sees that the plan chooses but does not write: either a key of the theme's message bundles with
 * its arguments ({@code words.title.version} with {@code 2.0}), said in the page's language when the page is
 * made, or the charter's own text (an area's name, a charter's title), shown as written.
 *
 * <p>The plan knows nothing of languages or bundles; the render stage turns a label into words.
 *
 * @param key       the bundle key; empty for the charter's own text
 * @param arguments what the message's {@code {0}}, {@code {1}}… stand for
 * @param text      the charter's own words; empty for a bundle key
 */
public record Label(String key, List<String> arguments, String text) {

    public Label {
        arguments = List.copyOf(arguments);
    }

    /** A message of the theme's bundles. */
    public static Label of(String key, String... arguments) {
        return new Label(key, List.of(arguments), "");
    }

    /** Words the charter or a page's author wrote, shown as they are. */
    public static Label text(String text) {
        return new Label("", List.of(), text);
    }

    /** Whether these are the author's own words rather than the theme's. */
    public boolean isText() {
        return key.isEmpty();
    }
}

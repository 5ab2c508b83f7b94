package org.charterkit.render;

import java.util.Locale;
import org.charterkit.plan.Label;

/**
 * The plan's labels said in one page's language: a page title or link name the plan gave as a bundle key is
 * looked up in the theme's messages for the page's locale; the charter's own words are shown as written.
 * Templates reach it as {@code words}: {@code ${words.of(page.title())}}.
 */
public final class Words {

    private final ThemeMessages messages;
    private final Locale locale;

    Words(ThemeMessages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** What {@code label} says in this page's language. */
    public String of(Label label) {
        if (label.isText()) {
            return label.text();
        }
        String said = messages.message(locale, label.key(), label.arguments().toArray());
        // As loud as Thymeleaf's own missing message, so the same tests find it.
        return said == null ? "??" + label.key() + "??" : said;
    }

    /** A message of the theme's bundles in this page's language, for words made in code. */
    public String message(String key, Object... arguments) {
        String said = messages.message(locale, key, arguments);
        return said == null ? "??" + key + "??" : said;
    }
}

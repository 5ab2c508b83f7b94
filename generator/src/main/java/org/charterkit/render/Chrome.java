package org.charterkit.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IContext;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The site's header and footer ({@code chrome.html}), made once for all the pages that show the same ones, as
 * Hugo's {@code partialCached} does, instead of once a page: every page of an area, in one language, has the same
 * header and (per source file) the same footer, and making them was about two fifths of a small page's template
 * time.
 *
 * <p>What may differ is declared, not guessed: each part is made from a context holding only the variables it is
 * keyed on ({@link #HEADER}, {@link #FOOTER}), so a theme that uses anything else in {@code chrome.html} gets
 * nothing from it, never another page's words. Links differ from page to page only in how many {@code ../}
 * they climb: the part is made with {@link Marks} that stand for each link, and each page puts in its own
 * relative address. A part whose marks cannot be told from its words (a charter that writes the marks' own
 * characters) is made for each page, as any page used to be.
 *
 * <p>One instance serves one render, so what it keeps is not shared between builds.
 */
final class Chrome {

    /** The header's variables: what it shows (the area's name) and the language links of the page. */
    static final List<String> HEADER = List.of("charter", "alternates");
    /**
     * The footer's variables: the charter or version, the page's source, the area and the project's guides. Its
     * dates are written with {@code fmt}, which only the language decides.
     */
    static final List<String> FOOTER = List.of("charter", "source", "area", "project");

    private static final char START = '\uE000';
    private static final char END = '\uE001';
    /** A link's target, as a mark may hold it: the characters of a site path, none of which HTML escapes. */
    private static final Pattern PLAIN_TARGET = Pattern.compile("[A-Za-z0-9/._~-]*");

    private final TemplateEngine engine;
    private final Map<Key, Optional<String>> made = new ConcurrentHashMap<>();

    Chrome(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The page's header: {@code chrome.html}'s {@code site-header} for the page {@code context} describes. */
    String header(Context context) {
        return part("site-header", HEADER, context);
    }

    /** The page's footer: {@code chrome.html}'s {@code site-footer} for the page {@code context} describes. */
    String footer(Context context) {
        return part("site-footer", FOOTER, context);
    }

    /** The part, without the line breaks and indent around it in chrome.html: the layout indents it. */
    private String part(String fragment, List<String> names, Context page) {
        Links links = (Links) page.getVariable("links");
        Key key = Key.of(fragment, page.getLocale(), names, page);
        Optional<String> marked = made.computeIfAbsent(key, k -> {
            Marks marks = new Marks();
            String text = engine.process(spec(fragment), only(names, page, marks)).strip();
            return marks.readable(text) ? Optional.of(text) : Optional.empty();
        });
        if (marked.isEmpty()) {
            return engine.process(spec(fragment), only(names, page, links)).strip();
        }
        return marks(marked.get(), links);
    }

    private static TemplateSpec spec(String fragment) {
        return new TemplateSpec("chrome", java.util.Set.of(fragment), TemplateMode.HTML, null);
    }

    /** A context with the page's language, only {@code names} of its variables, {@code links} and {@code fmt}. */
    private static IContext only(List<String> names, Context page, Object links) {
        Context part = new Context(page.getLocale());
        for (String name : names) {
            part.setVariable(name, page.getVariable(name));
        }
        part.setVariable("links", links);
        // The page's own, which speaks the language of the theme's words on it (SiteRenderer).
        part.setVariable("fmt", page.getVariable("fmt"));
        return part;
    }

    /** The part with each mark replaced by the page's own relative address for it. */
    private static String marks(String marked, Links links) {
        StringBuilder page = new StringBuilder(marked.length());
        int from = 0;
        for (int start = marked.indexOf(START); start >= 0; start = marked.indexOf(START, from)) {
            int end = marked.indexOf(END, start);
            String target = marked.substring(start + 2, end);
            page.append(marked, from, start)
                    .append(marked.charAt(start + 1) == 'e' ? links.exact(target) : links.to(target));
            from = end + 1;
        }
        return page.append(marked, from, marked.length()).toString();
    }

    /**
     * What the part is made from: the fragment, the language, and each variable, as itself (the page's charter,
     * area and project are the same objects on all their pages, and comparing them by value would read them
     * whole) or, for the page's source and language links, by value.
     */
    private record Key(String fragment, Locale locale, List<Object> values) {

        static Key of(String fragment, Locale locale, List<String> names, Context page) {
            return new Key(fragment, locale, names.stream()
                    .map(name -> (Object) Same.of(page.getVariable(name))).toList());
        }
    }

    /** A variable as a key: small values by their value, anything else by being the very same object. */
    private record Same(Object value) {

        static Same of(Object value) {
            return new Same(value);
        }

        private boolean byValue() {
            return value instanceof PageSource || value instanceof List<?>;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && (byValue() ? java.util.Objects.equals(value, same.value)
                    : value == same.value);
        }

        @Override
        public int hashCode() {
            return byValue() ? java.util.Objects.hashCode(value) : System.identityHashCode(value);
        }
    }

    /**
     * Stands in for the page's {@link Links} while a part is made once for many pages: each link becomes a mark
     * holding its target, which {@link #marks} turns into the page's relative address.
     */
    public static final class Marks {

        private int issued;
        private boolean plain = true;

        /** A mark for {@link Links#to}. */
        public String to(String target) {
            return mark('t', target);
        }

        /** A mark for {@link Links#exact}. */
        public String exact(String target) {
            return mark('e', target);
        }

        private String mark(char kind, String target) {
            issued++;
            plain &= target != null && PLAIN_TARGET.matcher(target).matches();
            return START + String.valueOf(kind) + target + END;
        }

        /** Whether every mark in {@code text} is one of these, whole, and needs no escaping. */
        boolean readable(String text) {
            return plain && count(text, START) == issued && count(text, END) == issued;
        }

        private static int count(String text, char c) {
            int n = 0;
            for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
                n++;
            }
            return n;
        }
    }
}

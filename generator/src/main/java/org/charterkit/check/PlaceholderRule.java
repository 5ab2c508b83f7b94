package org.charterkit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.Area;
import org.charterkit.model.CentreSection;
import org.charterkit.model.Charter;
import org.charterkit.model.CharterSection;
import org.charterkit.model.Commitment;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.FreeSection;
import org.charterkit.model.InvolvementSection;
import org.charterkit.model.Markdown;
import org.charterkit.model.Page;
import org.charterkit.model.Project;
import org.charterkit.model.ScaleLevel;
import org.charterkit.model.SpectrumSection;

/**
 * Warns about instructions left in the text: prompts of a printed form ("Use this space to add ..."),
 * placeholders ("[insert name]", "TBC") and filler text ("lorem ipsum"), which would otherwise be published as
 * the charter's own words. Only the current charter and the area's extra pages are checked: a released version
 * never changes. Text inside an HTML comment ({@code <!-- ... -->}) is not published, so it is not checked: a
 * note there may say why a prompt was left out.
 */
final class PlaceholderRule implements Rule {

    /** Each kind of leftover, and how a reader would name it in the warning. */
    private record Leftover(Pattern pattern, String what) {
    }

    private static final List<Leftover> LEFTOVERS = List.of(
            new Leftover(Pattern.compile("(?i)\\buse this (?:space|box|section)\\b"), "a prompt from a form"),
            new Leftover(Pattern.compile("(?i)\\[\\s*(?:insert|add|enter)\\b[^\\]\\n]*\\]"), "a placeholder"),
            new Leftover(Pattern.compile("\\b(?:TBC|TBA|TBD)\\b"), "a placeholder"),
            new Leftover(Pattern.compile("(?i)\\blorem ipsum\\b"), "filler text"));

    private static final Pattern COMMENT = Pattern.compile("<!--[\\s\\S]*?(?:-->|$)");

    @Override
    public void check(Project project, Diagnostics out) {
        for (Area area : project.areas()) {
            for (Text text : texts(area.charter())) {
                report(text, out);
            }
            for (Page page : area.pages()) {
                report(new Text(page.title(), page.keys().getOrDefault("title", page.location()), true), out);
                report(Text.of(page.body()), out);
            }
        }
    }

    private static void report(Text text, Diagnostics out) {
        String words = blankComments(text.words());
        for (Leftover leftover : LEFTOVERS) {
            Matcher m = leftover.pattern().matcher(words);
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

    /** Every piece of the charter's text a reader sees, with where it starts in the file. */
    private static List<Text> texts(Charter charter) {
        List<Text> texts = new ArrayList<>();
        var keys = charter.frontMatter().keys();
        addField(texts, keys.get("title"), charter.title());
        addField(texts, keys.get("summary"), charter.summary());
        addField(texts, keys.get("recognition"), charter.recognition());
        charter.pledges().forEach(p -> {
            addField(texts, p.location(), p.what());
            addField(texts, p.location(), p.lead());
            addField(texts, p.location(), p.note());
        });
        texts.add(Text.of(charter.introduction()));
        for (CharterSection section : charter.sections()) {
            texts.add(new Text(section.heading(), section.location(), true));
            if (section instanceof CornerstoneSection s) {
                texts.add(Text.of(s.leadIn()));
                s.commitments().stream().map(Commitment::markdown).map(Text::of).forEach(texts::add);
                texts.add(Text.of(s.closing()));
            } else if (section instanceof CentreSection s) {
                texts.add(Text.of(s.body()));
            } else if (section instanceof FreeSection s) {
                texts.add(Text.of(s.body()));
            } else if (section instanceof SpectrumSection s) {
                texts.add(Text.of(s.introduction()));
                s.levels().forEach(l -> addLevel(texts, l));
            } else if (section instanceof InvolvementSection s) {
                texts.add(Text.of(s.introduction()));
                s.levels().forEach(l -> addLevel(texts, l));
            }
        }
        return texts;
    }

    private static void addLevel(List<Text> texts, ScaleLevel level) {
        texts.add(new Text(level.name(), level.location(), true));
        texts.add(Text.of(level.definition()));
    }

    private static void addField(List<Text> texts, Location key, String value) {
        if (key != null && !value.isEmpty()) {
            texts.add(new Text(value, key, true));
        }
    }

    /**
     * A run of the charter's words and where it starts.
     *
     * @param oneLocation true when every find in it is reported at {@code start}: a heading or a front matter
     *                    field, whose words are not kept exactly as written
     */
    private record Text(String words, Location start, boolean oneLocation) {

        static Text of(Markdown markdown) {
            return new Text(markdown.source(), markdown.location(), false);
        }

        Location locate(int offset) {
            if (oneLocation) {
                return start;
            }
            String before = words.substring(0, offset);
            int newline = before.lastIndexOf('\n');
            if (newline < 0) {
                return start.at(start.line(), start.column() + offset);
            }
            return start.at(start.line() + (int) before.chars().filter(c -> c == '\n').count(), offset - newline);
        }
    }
}

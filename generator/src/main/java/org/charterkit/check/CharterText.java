package org.charterkit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.CentreSection;
import org.charterkit.model.Charter;
import org.charterkit.model.CharterSection;
import org.charterkit.model.Commitment;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.FreeSection;
import org.charterkit.model.InvolvementSection;
import org.charterkit.model.Markdown;
import org.charterkit.model.ScaleLevel;
import org.charterkit.model.SpectrumSection;

/**
 * A run of a charter's words and where it starts, for the rules that read the words a reader will see (which
 * abbreviations are used, which form prompts were left in) and must say where each find is.
 *
 * @param oneLocation true when every find in it is reported at {@code start}: a heading or a front matter field,
 *                    whose words are not kept exactly as written
 */
record CharterText(String words, Location start, boolean oneLocation) {

    static CharterText of(Markdown markdown) {
        return new CharterText(markdown.source(), markdown.location(), false);
    }

    /** Every run of words in the charter a reader sees, in the charter's order; pledges not included. */
    static List<CharterText> of(Charter charter) {
        return collect(charter, false);
    }

    /** As {@link #of(Charter)}, with each pledge's words after the front matter's. */
    static List<CharterText> withPledges(Charter charter) {
        return collect(charter, true);
    }

    private static List<CharterText> collect(Charter charter, boolean withPledges) {
        List<CharterText> texts = new ArrayList<>();
        Map<String, Location> keys = charter.frontMatter().keys();
        // Front matter values may be folded over lines, so their finds are reported at the field's name.
        addField(texts, keys.get("title"), charter.title());
        addField(texts, keys.get("summary"), charter.summary());
        addField(texts, keys.get("recognition"), charter.recognition());
        if (withPledges) {
            charter.pledges().forEach(p -> {
                addField(texts, p.location(), p.what());
                addField(texts, p.location(), p.lead());
                addField(texts, p.location(), p.note());
            });
        }
        texts.add(of(charter.introduction()));
        for (CharterSection section : charter.sections()) {
            texts.add(new CharterText(section.heading(), section.location(), true));
            if (section instanceof CornerstoneSection s) {
                texts.add(of(s.leadIn()));
                s.commitments().stream().map(Commitment::markdown).map(CharterText::of).forEach(texts::add);
                texts.add(of(s.closing()));
            } else if (section instanceof CentreSection s) {
                texts.add(of(s.body()));
            } else if (section instanceof FreeSection s) {
                texts.add(of(s.body()));
            } else if (section instanceof SpectrumSection s) {
                texts.add(of(s.introduction()));
                s.levels().forEach(l -> addLevel(texts, l));
            } else if (section instanceof InvolvementSection s) {
                texts.add(of(s.introduction()));
                s.levels().forEach(l -> addLevel(texts, l));
            }
        }
        return texts;
    }

    private static void addLevel(List<CharterText> texts, ScaleLevel level) {
        texts.add(new CharterText(level.name(), level.location(), true));
        texts.add(of(level.definition()));
    }

    private static void addField(List<CharterText> texts, Location key, String value) {
        if (key != null && !value.isEmpty()) {
            texts.add(new CharterText(value, key, true));
        }
    }

    /** The place of one offset in the words. */
    Location locate(int offset) {
        return locator().locate(offset);
    }

    /** Places offsets met in increasing order, reading the words between them once. */
    Locator locator() {
        return new Locator();
    }

    /** The line and column of offsets in the words, counted from where they start in the file. */
    final class Locator {

        private int read;
        private int newlines;
        private int lastNewline = -1;

        /** The place of an offset no smaller than the one before. */
        Location locate(int offset) {
            if (oneLocation) {
                return start;
            }
            for (; read < offset; read++) {
                if (words.charAt(read) == '\n') {
                    newlines++;
                    lastNewline = read;
                }
            }
            if (newlines == 0) {
                return start.at(start.line(), start.column() + offset);
            }
            return start.at(start.line() + newlines, offset - lastNewline);
        }
    }
}

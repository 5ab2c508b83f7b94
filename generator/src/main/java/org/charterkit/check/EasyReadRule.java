package org.charterkit.check;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.load.PictureSetReader;
import org.charterkit.load.Suggestions;
import org.charterkit.model.Area;
import org.charterkit.model.Commitment;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.EasyRead;
import org.charterkit.model.EasyReadItem;
import org.charterkit.model.EasyReadLine;
import org.charterkit.model.EasyReadPicture;
import org.charterkit.model.EasyReadSection;
import org.charterkit.model.GlossaryEntry;
import org.charterkit.model.PictureSet;
import org.charterkit.model.Project;

/**
 * The rules of an Easy Read edition, as the published Easy Read guidance sets them: every item has a picture,
 * sentences are short, every word a reader might not know is explained in the Easy Read text itself (its readers
 * do not go to a glossary), every cornerstone has an item, and every commitment is explained by one.
 */
final class EasyReadRule implements AreaRule {

    /** Easy Read guidance: sentences of 15 words or fewer. */
    static final int MOST_WORDS = 15;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*+");

    /**
     * The theme's pictures, read once for as long as the rule is kept: the live preview keeps its checker between
     * edits, and makes a new one when the theme changes.
     */
    private final Map<java.nio.file.Path, PictureSet> pictures = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        if (area.easyRead().isEmpty()) {
            return;
        }
        // Read by the first area with an Easy Read edition, on whichever thread checks it; the map is concurrent.
        PictureSet pictures = this.pictures.computeIfAbsent(project.root().resolve("themes").resolve("default"),
                theme -> new PictureSetReader().read(theme));
        check(project, area, area.easyRead().get(), pictures, out);
    }

    private void check(Project project, Area area, EasyRead easyRead, PictureSet pictures, Diagnostics out) {
        for (EasyReadSection section : easyRead.sections()) {
            for (EasyReadItem item : section.items()) {
                picture(area, item, pictures, out);
                item.lines().forEach(line -> sentences(line, out));
                section.cornerstone().ifPresent(c -> explains(area, section, item, out));
                if (item.lines().isEmpty()) {
                    out.error(item.location(), "this Easy Read item has no words",
                            "write one to three short sentences under the picture, one on each line");
                }
            }
        }
        terms(project, easyRead, out);
        coverage(area, easyRead, out);
    }

    private void picture(Area area, EasyReadItem item, PictureSet pictures, Diagnostics out) {
        if (item.picture().isEmpty()) {
            out.error(item.location(), "this Easy Read item has no picture",
                    "start the item with `picture: ` and a name from themes/default/assets/easy-read/pictures.yml,"
                            + " like `- picture: listen`, or with the area's own picture as an image,"
                            + " `![what it shows](assets/easy-read/bus.png)`");
            return;
        }
        EasyReadPicture picture = item.picture().get();
        if (picture.isOwnImage()) {
            java.nio.file.Path assets = area.folder().resolve("assets").normalize();
            boolean inside = !picture.name().startsWith("/") && !picture.name().contains(":")
                    && area.folder().resolve(picture.name()).normalize().startsWith(assets);
            if (!inside) {
                // Only the area's assets/ folder is published; anything else would be read from elsewhere on disk.
                out.error(picture.location(), "the picture `" + picture.name() + "` is not in the area's assets/"
                                + " folder", "put the image in the area's assets/ folder and write its path from the"
                                + " area's folder, like `picture: assets/easy-read/bus.png`");
                return;
            }
            if (!Files.isRegularFile(area.folder().resolve(picture.name()))) {
                out.error(picture.location(), "the picture `" + picture.name() + "` is not in the area's folder",
                        "put the image in the area's assets/ folder and write its path from the area's folder,"
                                + " like `picture: assets/easy-read/bus.png`");
            }
            if (picture.alt().isBlank()) {
                out.error(picture.location(), "the area's own picture `" + picture.name() + "` has no alt text",
                        "add a line `alt: ` saying in a few words what the picture shows, for people who cannot"
                                + " see it");
            }
        } else if (pictures.picture(picture.name()).isEmpty()) {
            String suggestion = Suggestions.closest(picture.name(), pictures.pictures().keySet())
                    .map(s -> "did you mean `" + s + "`? ").orElse("");
            out.error(picture.location(), "there is no Easy Read picture called `" + picture.name() + "`",
                    suggestion + "the names are in themes/default/assets/easy-read/pictures.yml; or use the"
                            + " area's own image: `picture: assets/...` with `alt: ...`");
        }
    }

    private void sentences(EasyReadLine line, Diagnostics out) {
        String text = line.text();
        int from = 0;
        for (String sentence : SENTENCE_END.split(text)) {
            int at = text.indexOf(sentence, from);
            from = at + sentence.length();
            int words = 0;
            Matcher m = WORD.matcher(sentence);
            while (m.find()) {
                words++;
            }
            if (words > MOST_WORDS) {
                out.warning(line.location().at(line.location().line(), line.location().column() + at),
                        "this Easy Read sentence has " + words + " words; Easy Read sentences have " + MOST_WORDS
                                + " or fewer",
                        "split it into two sentences, or say it more simply");
            }
        }
    }

    private void explains(Area area, EasyReadSection section, EasyReadItem item, Diagnostics out) {
        int count = area.charter().cornerstoneSection(section.cornerstone().get().id())
                .map(s -> s.commitments().size()).orElse(0);
        for (int n : item.explains()) {
            if (n < 1 || n > count) {
                out.error(item.explainsLocation(), "`explains` names commitment " + n + ", but the charter has "
                                + count + " under " + section.heading(),
                        "count the commitments under " + section.heading() + " in charter.md, starting from 1");
            }
        }
    }

    /**
     * Abbreviations and glossary terms must be explained in the Easy Read text itself: "SEND means ...",
     * "A charter is ...", or the words in full with the abbreviation in brackets after them.
     */
    private void terms(Project project, EasyRead easyRead, Diagnostics out) {
        String all = String.join("\n", easyRead.items().stream().map(EasyReadItem::text).toList());
        // A term is looked for with a pattern only where its letters are written at all: most glossary terms are
        // not, and making a pattern per term per check was most of this rule's time in the live preview.
        String folded = all.toLowerCase(Locale.ROOT);
        Map<String, Location> unexplained = new LinkedHashMap<>();
        Set<String> abbreviations = new TreeSet<>();
        for (EasyReadLine line : lines(easyRead)) {
            Matcher m = AbbreviationRule.ABBREVIATION.matcher(line.text());
            while (m.find()) {
                String word = m.group();
                abbreviations.add(word);
                if (!explained(word, all) && !unexplained.containsKey(word)) {
                    unexplained.put(word, line.location().at(line.location().line(), line.location().column()
                            + m.start()));
                }
            }
        }
        for (GlossaryEntry entry : project.glossary()) {
            String term = entry.term();
            // Only everyday-looking terms a reader might take for plain words: lower-case ones ("co-production",
            // "parent carer"); names and abbreviations are found above.
            if (!term.equals(term.toLowerCase(Locale.ROOT)) || !folded.contains(term)) {
                continue;
            }
            Pattern use = Pattern.compile("(?i)(?<![\\p{L}-])" + Pattern.quote(term) + "s?(?![\\p{L}-])");
            for (EasyReadLine line : lines(easyRead)) {
                Matcher m = use.matcher(line.text());
                if (m.find() && !explained(term, all) && !unexplained.containsKey(term)) {
                    unexplained.put(term, line.location().at(line.location().line(), line.location().column()
                            + m.start()));
                }
            }
        }
        unexplained.forEach((term, at) -> out.error(at, "`" + term + "` is not explained in the Easy Read text",
                "readers of Easy Read may not know it and do not go to a glossary: explain it in the Easy Read text"
                        + " itself, like `" + term + " means ...`, or say it in plain words instead"));
    }

    /** Whether the text explains a term: "X means", "X is short for", "an X is", "(X)" after its words. */
    static boolean explained(String term, String text) {
        String t = Pattern.quote(term);
        return Pattern.compile("(?i)(?<![\\p{L}-])" + t + "s?\\s+(means|mean|is short for|stands for)\\b").matcher(text).find()
                || Pattern.compile("(?i)(?<![\\p{L}])(a|an|the)\\s+" + t + "\\s+(is|are)\\s").matcher(text).find()
                || Pattern.compile("\\p{L}\\s*\\(\\s*" + t + "\\s*\\)").matcher(text).find();
    }

    private static List<EasyReadLine> lines(EasyRead easyRead) {
        List<EasyReadLine> lines = new ArrayList<>();
        easyRead.items().forEach(i -> lines.addAll(i.lines()));
        return lines;
    }

    /** Every cornerstone has an item; every commitment is explained by one (a warning, listing them). */
    private void coverage(Area area, EasyRead easyRead, Diagnostics out) {
        for (CornerstoneSection cs : area.charter().cornerstoneSections()) {
            var section = easyRead.section(cs.cornerstone().id()).filter(s -> !s.items().isEmpty());
            if (section.isEmpty()) {
                Location at = easyRead.section(cs.cornerstone().id()).map(EasyReadSection::location)
                        .orElse(easyRead.location());
                out.error(at, "the Easy Read edition has no item on " + cs.heading(),
                        "add a part `## " + cs.heading() + "` with at least one item: every cornerstone of the"
                                + " charter needs one");
                continue;
            }
            Set<Integer> covered = new TreeSet<>();
            section.get().items().forEach(i -> covered.addAll(i.explains()));
            List<String> missing = new ArrayList<>();
            List<Commitment> commitments = cs.commitments();
            for (int n = 1; n <= commitments.size(); n++) {
                if (!covered.contains(n)) {
                    missing.add(n + " (\"" + commitments.get(n - 1).text() + "\")");
                }
            }
            if (!missing.isEmpty()) {
                out.warning(section.get().location(), "no Easy Read item explains " + (missing.size() == 1
                                ? "commitment " : "commitments ") + String.join(", ", missing) + " of "
                                + cs.heading(),
                        "add an item that says it in plain words, or name it in an item's `explains:`");
            }
        }
    }
}

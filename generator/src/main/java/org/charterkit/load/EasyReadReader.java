package org.charterkit.load;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.Charter;
import org.charterkit.model.Cornerstone;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.EasyRead;
import org.charterkit.model.EasyReadItem;
import org.charterkit.model.EasyReadLine;
import org.charterkit.model.EasyReadPicture;
import org.charterkit.model.EasyReadSection;

/**
 * Reads an area's {@code easy-read.md}. A second-level heading names a cornerstone as the charter titles it (or
 * as its framework names it, aliases included); under it, each list item is one Easy Read item:
 *
 * <pre>
 * - picture: listen
 *   We listen to you.
 *   explains: 2, 3
 * </pre>
 *
 * The lines are kept one by one, each where it is written, because one idea a line is what Easy Read asks.
 */
final class EasyReadReader {

    private static final Pattern FIELD = Pattern.compile("(picture|alt|explains)\\s*:\\s*(.*)");

    private final Diagnostics out;
    private final org.charterkit.model.InputLimits limits;

    EasyReadReader(Diagnostics out, org.charterkit.model.InputLimits limits) {
        this.out = out;
        this.limits = limits;
    }

    EasyRead read(SourceText source, Charter charter) {
        MarkdownSource md = new MarkdownSource(source, limits, out);
        String title = "";
        List<EasyReadSection> sections = new ArrayList<>();
        String heading = "";
        Optional<Cornerstone> cornerstone = Optional.empty();
        Location at = source.line(1);
        List<EasyReadItem> items = new ArrayList<>();
        for (Node block : md.blocks()) {
            if (block instanceof Heading h && h.getLevel() == 1 && title.isEmpty()) {
                title = MarkdownSource.plainText(h);
            } else if (block instanceof Heading h && h.getLevel() == 2) {
                if (!heading.isEmpty() || !items.isEmpty()) {
                    sections.add(new EasyReadSection(heading, cornerstone, items, at));
                }
                heading = MarkdownSource.plainText(h);
                cornerstone = cornerstone(charter, heading);
                at = md.locate(h);
                items = new ArrayList<>();
            } else if (block instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem li) {
                        int start = li.getFirstChild() == null ? li.getEndOffset() : li.getFirstChild().getStartOffset();
                        items.add(item(source, start, li.getEndOffset(), md.locate(li)));
                    }
                }
            } else if (block instanceof com.vladsch.flexmark.ast.Paragraph paragraph) {
                // Easy Read set as paragraphs, a picture and its words each, as a word processor lays it out: each
                // paragraph is an item, so no words are dropped and one without a picture is told so.
                items.add(item(source, paragraph.getStartOffset(), paragraph.getEndOffset(), md.locate(paragraph)));
            }
        }
        if (!heading.isEmpty() || !items.isEmpty()) {
            sections.add(new EasyReadSection(heading, cornerstone, items, at));
        }
        return new EasyRead(title, sections, source.line(1));
    }

    /**
     * The cornerstone a heading names: as the charter titles its section (so an area that renames a cornerstone
     * uses its own name here too), or by the framework's name and aliases.
     */
    private static Optional<Cornerstone> cornerstone(Charter charter, String heading) {
        String key = Slugs.matchKey(heading);
        for (CornerstoneSection section : charter.cornerstoneSections()) {
            Cornerstone c = section.cornerstone();
            if (Slugs.matchKey(section.heading()).equals(key) || Slugs.matchKey(c.name()).equals(key)
                    || c.aliases().stream().map(Slugs::matchKey).anyMatch(key::equals)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** A Markdown image at the start of a line, {@code ![A person waving](assets/welcome.png)}, and what follows. */
    private static final Pattern IMAGE = Pattern.compile(
            "!\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)\\s*(.*)");

    private EasyReadItem item(SourceText source, int start, int itemEnd, Location itemAt) {
        String text = source.text();
        int end = Math.min(itemEnd, text.length());
        Optional<String> picture = Optional.empty();
        Location pictureAt = itemAt;
        String alt = "";
        List<EasyReadLine> lines = new ArrayList<>();
        List<Integer> explains = new ArrayList<>();
        Location explainsAt = itemAt;
        int lineStart = start;
        while (lineStart < end) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
            String raw = text.substring(lineStart, lineEnd);
            int indent = raw.length() - raw.stripLeading().length();
            String line = raw.strip();
            Location lineAt = source.locate(lineStart + indent);
            Matcher field = FIELD.matcher(line);
            Matcher image = IMAGE.matcher(line);
            if (picture.isEmpty() && image.matches()) {
                // The picture as Markdown writes an image: its alt text is the image's own.
                picture = Optional.of(image.group(2));
                alt = image.group(1).strip();
                pictureAt = source.locate(lineStart + indent + image.start(2));
                if (!image.group(3).isBlank()) {
                    lines.add(new EasyReadLine(image.group(3).strip(),
                            source.locate(lineStart + indent + image.start(3))));
                }
            } else if (line.isEmpty()) {
                // a blank line inside an item only spaces it out
            } else if (field.matches() && field.group(1).equals("picture")) {
                picture = Optional.of(field.group(2).strip());
                pictureAt = source.locate(lineStart + indent + field.start(2));
            } else if (field.matches() && field.group(1).equals("alt")) {
                alt = field.group(2).strip();
            } else if (field.matches()) {
                explainsAt = source.locate(lineStart + indent + field.start(2));
                explains.addAll(numbers(field.group(2), explainsAt));
            } else {
                lines.add(new EasyReadLine(line, lineAt));
            }
            lineStart = lineEnd + 1;
        }
        String altText = alt;
        Location pictureLocation = pictureAt;
        return new EasyReadItem(picture.filter(p -> !p.isEmpty())
                .map(p -> new EasyReadPicture(p, altText, pictureLocation)), lines, explains, explainsAt, itemAt);
    }

    private List<Integer> numbers(String written, Location at) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : written.split(",")) {
            String n = part.strip();
            if (n.matches("[0-9]{1,4}")) {
                numbers.add(Integer.parseInt(n));
            } else if (!n.isEmpty()) {
                out.error(at, "`explains` lists `" + n + "`, which is not a commitment's number",
                        "list the numbers of the commitments the item explains, as the charter's list counts them"
                                + " under this cornerstone: `explains: 1, 3`");
            }
        }
        return numbers;
    }
}

package org.charterkit.load;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.InputLimits;
import org.charterkit.model.Markdown;

/**
 * A Markdown file parsed once with Flexmark: its front matter block (found by Flexmark's YAML front matter
 * extension, read later by a real YAML parser) and its top-level blocks, with the means to cut the source text
 * of any run of blocks so the author's words are kept exactly.
 */
final class MarkdownSource {

    /** Shared: Flexmark parsers are thread-safe and costly to build. */
    static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create()))
            .toImmutable()).build();

    private final SourceText source;
    private final Document document;
    private final boolean readable;
    private final long charactersScanned;

    /**
     * Parses the file, unless it is over one of the {@code limits} (reported at its line, and the file is then
     * not read further), or Flexmark runs out of stack on it anyway (reported at the file's longest line).
     */
    MarkdownSource(SourceText source, InputLimits limits, Diagnostics out) {
        this(source, limits, out, null);
    }

    /**
     * As above; when {@code reads} is given, every character Flexmark reads is counted into it, so a test can
     * show the parse grows with the file (Flexmark's own quadratic cases read each character again and again).
     */
    MarkdownSource(SourceText written, InputLimits limits, Diagnostics out, long[] reads) {
        SourceText source = PastedBullets.asListItems(written, out);
        this.source = source;
        MarkdownLimits scan = new MarkdownLimits(limits);
        boolean within = scan.check(source, out);
        this.charactersScanned = scan.charactersScanned();
        Document parsed = null;
        if (within) {
            try {
                parsed = reads == null ? PARSER.parse(source.text())
                        : PARSER.parse(com.vladsch.flexmark.util.sequence.BasedSequence.of(
                                new CountedText(source.text(), reads)));
            } catch (StackOverflowError e) {
                // Some of Flexmark's patterns recurse once per repeated piece (a link title of a thousand words,
                // a thousand HTML attributes); the scan above covers the known shapes, this every other one.
                // The parse has unwound and holds no shared state, so the build carries on with other files.
                reportTooIntricate(out);
            }
        }
        this.readable = parsed != null;
        this.document = parsed != null ? parsed : PARSER.parse("");
    }

    /** Whether the file was parsed: false when it was over a limit, which has been reported. */
    boolean readable() {
        return readable;
    }

    /** The characters the limit scan looked at, so tests can show reading grows with the file. */
    long charactersScanned() {
        return charactersScanned;
    }

    /** The blocks and inlines Flexmark made of the file, counted without recursion (tests show they grow linearly). */
    long nodeCount() {
        long count = 0;
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(document);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            count++;
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                todo.push(child);
            }
        }
        return count;
    }

    private void reportTooIntricate(Diagnostics out) {
        String text = source.text();
        int longest = 0;
        int longestStart = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end - start > longest) {
                longest = end - start;
                longestStart = start;
            }
            start = end + 1;
        }
        out.error(source.locate(longestStart), String.format(java.util.Locale.UK, "the Markdown reader cannot"
                        + " read this file: something in it repeats too many times (its longest line, here, has %,d"
                        + " characters)", longest),
                "look for a piece repeated thousands of times, such as a very long link title or hundreds of HTML"
                        + " attributes, and shorten it");
    }

    SourceText source() {
        return source;
    }

    Optional<YamlFrontMatterBlock> frontMatterBlock() {
        Node first = document.getFirstChild();
        return first instanceof YamlFrontMatterBlock block ? Optional.of(block) : Optional.empty();
    }

    /** The YAML between the opening and closing {@code ---} lines, and the 1-based line it starts on. */
    Optional<FrontMatterText> frontMatterText() {
        return frontMatterBlock().filter(this::isClosed).map(block -> {
            String text = source.text();
            int open = block.getStartOffset();
            int yamlStart = text.indexOf('\n', open) + 1;
            int blockEnd = Math.min(block.getEndOffset(), text.length());
            String blockText = text.substring(open, blockEnd).replaceAll("[\\r\\n]+$", "");
            int closeLine = Math.max(yamlStart, open + blockText.lastIndexOf('\n') + 1);
            return new FrontMatterText(text.substring(yamlStart, closeLine), source.locate(yamlStart).line(),
                    source.locate(open));
        });
    }

    /** Whether the block ends with its own {@code ---} line rather than at the end of the file. */
    private boolean isClosed(YamlFrontMatterBlock block) {
        String text = source.text().substring(block.getStartOffset(),
                Math.min(block.getEndOffset(), source.text().length())).stripTrailing();
        String last = text.substring(text.lastIndexOf('\n') + 1).strip();
        return text.indexOf('\n') > 0 && (last.equals("---") || last.equals("..."));
    }

    /** The top-level blocks after the front matter, in order. */
    List<Node> blocks() {
        List<Node> blocks = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof YamlFrontMatterBlock)) {
                blocks.add(n);
            }
        }
        return blocks;
    }

    /** The exact source of a run of blocks, from the start of the first to the end of the last. */
    Markdown markdown(List<Node> run, Location whenEmpty) {
        if (run.isEmpty()) {
            return Markdown.empty(whenEmpty);
        }
        int start = run.get(0).getStartOffset();
        int end = run.get(run.size() - 1).getEndOffset();
        return new Markdown(source.text().substring(start, end).strip(), locate(run.get(0)));
    }

    /** The exact source between two offsets of the file (one line of a paragraph), stripped. */
    Markdown markdownBetween(int start, int end) {
        String text = source.text().substring(start, end);
        int lead = text.length() - text.stripLeading().length();
        return new Markdown(text.strip(), source.locate(start + lead));
    }

    /** The exact source of the blocks inside a node (a list item's paragraphs). */
    Markdown markdownOfChildren(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            children.add(n);
        }
        return markdown(children, locate(parent));
    }

    /**
     * Every piece of HTML written into the Markdown, in the order written: not comments, except one that is never
     * closed, which CommonMark runs to the end of the file, taking every heading after it out of the charter.
     */
    List<org.charterkit.model.RawHtml> rawHtml() {
        List<org.charterkit.model.RawHtml> found = new java.util.ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.HtmlBlock
                    || node instanceof com.vladsch.flexmark.ast.HtmlInline) {
                found.add(new org.charterkit.model.RawHtml(node.getChars().toString(), locate(node)));
            } else if (node instanceof com.vladsch.flexmark.ast.HtmlCommentBlock comment && isUnclosed(comment)) {
                String html = comment.getChars().toString();
                found.add(new org.charterkit.model.RawHtml(html,
                        source.locate(comment.getStartOffset() + Math.max(0, html.indexOf("<!--")))));
            }
        }
        return found;
    }

    /** A comment block with no {@code -->} that reaches the end of the file: nothing after it is read. */
    private boolean isUnclosed(com.vladsch.flexmark.ast.HtmlCommentBlock comment) {
        String html = comment.getChars().toString();
        return html.contains("<!--") && !html.contains("-->")
                && source.text().substring(Math.min(comment.getEndOffset(), source.text().length())).isBlank();
    }

    /** Every image the Markdown shows ({@code ![alt](path)}), where it is written. */
    List<org.charterkit.model.ImageUse> images(String role) {
        List<org.charterkit.model.ImageUse> images = new java.util.ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Image image) {
                images.add(new org.charterkit.model.ImageUse(image.getUrl().toString(), image.getText().toString(),
                        role, locate(image)));
            }
        }
        return images;
    }

    Location locate(Node node) {
        return source.locate(node.getStartOffset());
    }

    /** What a reader sees of a node: Markdown marks gone, runs of white space folded to one space. */
    static String plainText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).replaceAll("\\s+", " ").strip();
    }

    /** Text that counts each character read from it. */
    private record CountedText(String text, long[] reads) implements CharSequence {
        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads[0]++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CountedText(text.substring(start, end), reads);
        }

        @Override
        public String toString() {
            reads[0] += text.length();
            return text;
        }
    }

    /** The front matter's YAML text and where it sits in the file. */
    record FrontMatterText(String yaml, int firstLine, Location opening) {
    }
}

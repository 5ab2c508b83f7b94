package org.charterkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.cli.CharterkitCommand;
import org.charterkit.diagnostic.Diagnostic;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.model.InputLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a forum could commit that once crashed the build with a Java stack trace or held it for minutes
 * (issue 18), each at the size that did so, made here rather than committed: each must give a located error
 * or be read in work that grows with its size. Small versions of each, with their exact messages, are in
 * {@code check-fixtures/}.
 */
class HostileInputTest {

    private static final String AREA = "charters/testshire/charter.md";

    /** The real Warwickshire charter, with a free section after it holding {@code notes}. */
    private static String charterWith(String notes) throws IOException {
        return realCharter() + "\n## Notes\n\n" + notes;
    }

    private static String realCharter() throws IOException {
        return Files.readString(TestProjects.repositoryRoot().resolve("charters/warwickshire/charter.md"));
    }

    /** The 1-based number of the line after the real charter and the Notes heading, where notes start. */
    private static int notesLine() throws IOException {
        return (int) charterWith("").lines().count() + 1;
    }

    private static List<String> check(Path dir, String charter) throws IOException {
        Path project = TestProjects.emptyProject(dir);
        Files.createDirectories(project.resolve("charters/testshire"));
        Files.writeString(project.resolve(AREA), charter);
        BuildResult result = new SiteBuild("test").run(BuildRequest.check(project));
        return errors(result);
    }

    /** Each error's first line, {@code path:line:col: error: message}, without its hint. */
    private static List<String> errors(BuildResult result) {
        return result.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.format().lines().findFirst().orElse("")).toList();
    }

    private static void assertOnlyError(List<String> errors, String where, String message) {
        assertEquals(1, errors.size(), () -> String.join("\n", errors));
        assertTrue(errors.get(0).startsWith(where + ": error: " + message), errors.get(0));
    }

    @Test
    void frontMatterNested2000DeepIsALocatedError(@TempDir Path dir) throws IOException {
        String charter = realCharter();
        int close = charter.indexOf("\n---\n", 4);
        String deep = "deep: " + "[".repeat(2000) + "]".repeat(2000);
        int line = (int) charter.substring(0, close).lines().count() + 1;
        List<String> errors = check(dir, charter.substring(0, close + 1) + deep + charter.substring(close));
        // The mapping of the front matter is level 1; the 50th `[` (column 6 + 50) opens level 51.
        assertOnlyError(errors, AREA + ":" + line + ":56", "the YAML is nested too deeply: at most 50 levels");
    }

    @Test
    void settingsAndGlossaryNested2000DeepAreLocatedErrors(@TempDir Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir);
        Files.writeString(project.resolve("charterkit.yml"), "[".repeat(2000) + "]".repeat(2000) + "\n");
        Files.writeString(project.resolve("content/glossary.yml"),
                "- term: " + "{a: ".repeat(2000) + "b" + "}".repeat(2000) + "\n");
        Files.createDirectories(project.resolve("charters/testshire"));
        Files.writeString(project.resolve(AREA), realCharter());
        List<String> errors = errors(new SiteBuild("test").run(BuildRequest.check(project)));
        assertTrue(errors.contains("charterkit.yml:1:51: error: the YAML is nested too deeply: at most 50 levels of"
                + " lists and fields inside each other"), String.join("\n", errors));
        // The list is level 1 and `term:`'s fields level 2; the 49th `{`, at column 9 + 4 × 48, opens level 51.
        assertTrue(errors.contains("content/glossary.yml:1:201: error: the YAML is nested too deeply: at most 50"
                + " levels of lists and fields inside each other"), String.join("\n", errors));
    }

    @Test
    void blockquotesNested1000And100000DeepAreLocatedErrors(@TempDir Path dir) throws IOException {
        for (int depth : new int[] {1_000, 100_000}) {
            List<String> errors = check(dir.resolve("q" + depth), charterWith(">".repeat(depth) + " deep\n"));
            assertOnlyError(errors, AREA + ":" + notesLine() + ":21",
                    "this line is nested too deeply: at most 20 levels of quotes and lists inside each other");
        }
    }

    @Test
    void windowsAndOldMacLineEndsAreScannedAlike(@TempDir Path dir) throws IOException {
        String charter = charterWith(">".repeat(1_000) + " deep\n");
        assertOnlyError(check(dir.resolve("crlf"), charter.replace("\n", "\r\n")), AREA + ":" + notesLine() + ":21",
                "this line is nested too deeply");
        List<String> errors = check(dir.resolve("cr"), charter.replace("\n", "\r"));
        assertEquals(1, errors.size(), () -> String.join("\n", errors));
        assertTrue(errors.get(0).contains(": error: this line is nested too deeply"), errors.get(0));
    }

    @Test
    void listsNested500DeepAreLocatedErrors(@TempDir Path dir) throws IOException {
        StringBuilder indented = new StringBuilder();
        for (int level = 0; level < 500; level++) {
            indented.append("  ".repeat(level)).append("- item\n");
        }
        // By indentation: the 21st line is indented 40 columns, 20 levels, and its mark makes the 21st.
        assertOnlyError(check(dir.resolve("indented"), charterWith(indented.toString())),
                AREA + ":" + (notesLine() + 20) + ":41", "this line is nested too deeply");
        // On one line: `- - - … item`, 4,000 marks, overflowed Flexmark's own list parser.
        assertOnlyError(check(dir.resolve("one-line"), charterWith("- ".repeat(4_000) + "item\n")),
                AREA + ":" + notesLine() + ":41", "this line is nested too deeply");
    }

    @Test
    void aTableOf1250ColumnsIsALocatedError(@TempDir Path dir) throws IOException {
        String table = "|" + " a |".repeat(1_250) + "\n|" + "---|".repeat(1_250) + "\n|" + " b |".repeat(1_250) + "\n";
        assertOnlyError(check(dir, charterWith(table)), AREA + ":" + notesLine() + ":1",
                "this table has 1,250 columns; at most 50");
    }

    @Test
    void aLineOf2000DashesIsALocatedErrorAndABodyOfDashLinesIsRead(@TempDir Path dir) throws IOException {
        assertOnlyError(check(dir.resolve("line"), charterWith("-".repeat(2_000) + "\n")),
                AREA + ":" + notesLine() + ":1", "this line has a run of more than 500 `-`, `*` or `_` marks");
        assertEquals(List.of(), check(dir.resolve("lines"), charterWith("-\n".repeat(2_000))));
    }

    @Test
    void thousandsOfLinkDefinitionsInARowAreALocatedError(@TempDir Path dir) throws IOException {
        StringBuilder definitions = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            definitions.append("[link").append(i).append("]: https://example.org/").append(i).append('\n');
        }
        assertOnlyError(check(dir, charterWith(definitions.toString())), AREA + ":" + (notesLine() + 100) + ":1",
                "this is link definition number 101 in a row; at most 100 without a blank line between them");
    }

    @Test
    void thousandsOfBracketsOrCodeMarksInOneParagraphAreALocatedError(@TempDir Path dir) throws IOException {
        // 32,000 of each took Flexmark 54 s and 91 s: it reads the rest of the paragraph again for each.
        int col = 3 * 500 + 1;
        assertOnlyError(check(dir.resolve("brackets"), charterWith("[a]".repeat(32_000) + "\n")),
                AREA + ":" + notesLine() + ":" + col, "this paragraph has more than 500 `[` marks; at most 500");
        assertOnlyError(check(dir.resolve("code"), charterWith("`a ``".repeat(32_000) + "\n")),
                // "`a ``" repeated: each "``" joins the next "`" into one run of three, so a run a repeat,
                // and the 501st starts at the "``" of the 500th, column 5 × 499 + 4.
                AREA + ":" + notesLine() + ":" + (5 * 499 + 4),
                "this paragraph has more than 500 `` ` `` marks; at most 500");
    }

    @Test
    void whatTheScanDoesNotKnowIsStillALocatedErrorNotAStackTrace(@TempDir Path dir) throws IOException {
        // A link title of 3,000 words overflows one of Flexmark's patterns; no limit names it.
        String notes = "[a link](https://example.org \"" + "word ".repeat(3_000) + "\")\n";
        assertOnlyError(check(dir, charterWith(notes)), AREA + ":" + notesLine() + ":1",
                "the Markdown reader cannot read this file: something in it repeats too many times");
    }

    @Test
    void theCommandPrintsLocatedErrorsAndNoStackTrace(@TempDir Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        Files.createDirectories(project.resolve("charters/testshire"));
        Files.writeString(project.resolve(AREA), charterWith(">".repeat(100_000) + " deep\n"
                + "\n" + "-".repeat(5_000) + "\n\n|" + "---|".repeat(2_000) + "\n"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CharterkitCommand.execute(new String[] {"build", "--root", project.toString(), "--out",
                dir.resolve("site").toString(), "--no-pdf"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().contains("this line is nested too deeply"), err.toString());
        assertFalse(err.toString().contains("\tat ") || err.toString().contains("Exception"), err.toString());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void theLimitsCanBeRaisedInCharterkitYmlUpToWhatIsSafe(@TempDir Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir);
        Files.writeString(project.resolve("charterkit.yml"), "max-nesting: 100\nmax-table-columns: 201\n");
        Files.createDirectories(project.resolve("charters/testshire"));
        Files.writeString(project.resolve(AREA), charterWith(">".repeat(100) + " deep\n\n"
                + "|" + " a |".repeat(60) + "\n|" + "---|".repeat(60) + "\n"));
        List<String> errors = errors(new SiteBuild("test").run(BuildRequest.check(project)));
        // 100 levels are allowed now; 201 columns is past the ceiling, so the default of 50 stays.
        assertEquals(List.of("charterkit.yml:2:20: error: `max-table-columns` (how many columns a table may have)"
                        + " should be a whole number from 1 to 200, not `201`",
                AREA + ":" + (notesLine() + 2) + ":1: error: this table has 60 columns; at most 50"), errors);
    }

    /**
     * The work of reading each growing input, counted: characters the limit scan looks at plus every character
     * Flexmark reads while parsing. Doubling the input must double the work, give or take a tenth. Before the
     * limit on link definitions in a row, 2,000 of them made Flexmark read each character 4,170 times.
     */
    @Test
    void readingEachGrowingInputGrowsLinearly() {
        List<Growing> inputs = List.of(
                new Growing("pathological emphasis", n -> "*a**a**".repeat(n) + "\n", 6_250),
                new Growing("unclosed HTML comments", n -> "<!--\n".repeat(n), 12_500),
                new Growing("unclosed inline HTML comments", n -> "a <!-- ".repeat(n) + "\n", 12_500),
                new Growing("link definitions, 100 to a paragraph", n -> definitions(n, 100), 2_500),
                new Growing("link definitions all in a row", n -> definitions(n, n), 2_500),
                new Growing("blockquote depth", n -> ">".repeat(n) + " deep\n", 25_000),
                new Growing("blockquotes 20 deep", n -> (">".repeat(20) + " deep\n\n").repeat(n), 2_500),
                new Growing("list depth", n -> "- ".repeat(n) + "item\n", 2_000),
                new Growing("lines of one dash", n -> "-\n".repeat(n), 2_000),
                new Growing("table columns", n -> "|" + " a |".repeat(n) + "\n|" + "---|".repeat(n) + "\n", 1_250),
                new Growing("[a] in paragraphs of 100", n -> ("[a]".repeat(100) + "\n\n").repeat(n / 100), 16_000),
                new Growing("[a] in one paragraph", n -> "[a]".repeat(n) + "\n", 16_000),
                new Growing("unclosed code spans in paragraphs of 100",
                        n -> ("`a ``".repeat(100) + "\n\n").repeat(n / 100), 16_000),
                new Growing("table rows of 50 columns", n -> ("|" + " a |".repeat(50) + "\n").repeat(n), 500));
        for (Growing input : inputs) {
            double growth = (double) work(input.text.apply(input.size * 2)) / work(input.text.apply(input.size));
            assertTrue(growth > 1.8 && growth < 2.2, input.name + ": doubling it multiplied the work by " + growth);
        }
    }

    private static long work(String text) {
        long[] reads = {0};
        MarkdownSource md = new MarkdownSource(SourceText.of(AREA, text), InputLimits.defaults(), new Diagnostics(),
                reads);
        return md.charactersScanned() + reads[0] + md.nodeCount();
    }

    private static String definitions(int count, int perParagraph) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("[link").append(i).append("]: https://example.org/").append(i).append('\n');
            if ((i + 1) % perParagraph == 0) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private record Growing(String name, IntFunction<String> text, int size) {
    }
}

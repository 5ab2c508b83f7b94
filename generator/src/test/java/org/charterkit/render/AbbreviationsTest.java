package org.charterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.GlossaryEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The abbreviation pass: the first use of each abbreviation in a page's main content explained, found by parsing
 * only the {@code <main>} stretch, and written into the page as the template made it, every other byte left as
 * it was. What a reader gets is checked against the pass's old way (the whole page parsed and written again),
 * which it keeps for pages whose text it cannot map back to their source.
 */
class AbbreviationsTest {

    private static final Abbreviations GLOSSARY = new Abbreviations(List.of(
            entry("Special educational needs and disabilities", "SEND"),
            entry("SEND Information, Advice and Support Service", "SENDIASS"),
            entry("Integrated care board", "ICB"),
            entry("Preparing for adulthood", "PfA", "PFA")));

    /** An inserted explanation, taken out again: {@code <abbr title="...">WORD</abbr>} back to {@code WORD}. */
    private static final Pattern EXPLANATION = Pattern.compile("<abbr title=\"[^\"]*\">([^<]*)</abbr>");

    @TempDir
    Path dir;

    private static GlossaryEntry entry(String term, String abbreviation, String... spellings) {
        return new GlossaryEntry(term, abbreviation, List.of(spellings), "What " + term + " means.", "",
                Optional.empty(), Location.of("content/glossary.yml"));
    }

    /** A page as a template writes one: words in its head, header and footer as well as in its main. */
    private static String page(String main) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Our SEND charter &amp; ICB</title>\n<meta name=\"description\" content=\"SEND and ICB\">\n"
                + "</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to SEND</a>\n"
                + "<header class=\"site\"><p>SEND, ICB &amp; PfA</p><nav><a href=\"/\">Home</a></nav></header>\n"
                + "<main id=\"main\" tabindex=\"-1\">\n" + main + "\n</main>\n"
                + "<footer><p>SEND &#8212; ICB &#8212; PfA</p></footer>\n</body>\n</html>\n";
    }

    /** The page as a browser reads it, written out one way, so two pages can be compared as a reader sees them. */
    private static String reading(String html) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        return page.outerHtml();
    }

    /** The new pass and the old way give the reader the same page. */
    private static Abbreviations.Explained explainedAsBefore(Abbreviations abbreviations, String html) {
        Abbreviations.Explained explained = abbreviations.explained(html);
        assertEquals(reading(abbreviations.whole(html, 0).page()), reading(explained.page()));
        return explained;
    }

    private static Element main(String html) {
        return Jsoup.parse(html).selectFirst("main");
    }

    @Test
    void onlyMainIsParsedAndOnlyTheExplanationsAreAdded() {
        // However much the page has around its main, the parser is handed the main stretch and no more.
        String nav = "<nav><ul>" + "<li><a href=\"x\">A SEND link of the menu</a></li>".repeat(500) + "</ul></nav>";
        String html = page("<h1>Our SEND charter</h1>\n<p>The ICB and the forum.</p>").replace("<header", nav + "<header");
        Abbreviations.Explained explained = explainedAsBefore(GLOSSARY, html);
        int stretch = html.indexOf("</main>") + "</main>".length() - html.indexOf("<main");
        assertTrue(explained.parsed() <= stretch, explained.parsed() + " of " + stretch);
        assertTrue(explained.parsed() * 10 < html.length(), explained.parsed() + " of " + html.length());
        assertFalse(explained.whole());
        assertEquals(html.replace("<h1>Our SEND", "<h1>Our <abbr title=\"Special educational needs and disabilities\">SEND</abbr>")
                .replace("<p>The ICB", "<p>The <abbr title=\"Integrated care board\">ICB</abbr>"), explained.page());
    }

    @Test
    void theHeadHeaderFooterAndAttributesAreLeftAlone() {
        String html = page("<section aria-label=\"SEND\" data-note=\"ICB PfA\"><h2 title=\"SEND\">What we promise</h2>"
                + "<p><img src=\"a.png\" alt=\"The SEND team\"> Young people with SEND.</p></section>");
        String explained = explainedAsBefore(GLOSSARY, html).page();
        Document read = Jsoup.parse(explained);
        assertEquals(List.of("SEND"), read.select("abbr").eachText());
        assertEquals("Young people with SEND.", read.selectFirst("main p abbr").parent().text());
        assertTrue(read.select("header abbr, footer abbr, head abbr, a.skip abbr").isEmpty());
        assertEquals(html.substring(0, html.indexOf("Young people with ")), explained.substring(0, html.indexOf("Young people with ")));
        assertEquals(html.substring(html.indexOf(".</p></section>")), explained.substring(explained.indexOf(".</p></section>")));
    }

    @Test
    void abbreviationsNextToCharacterReferencesAreExplainedAndTheReferencesKept() {
        String text = "<p>Parents &amp; carers&#39; SEND&nbsp;team &#8212; the ICB&#8217;s plan, &lt;PfA&gt;&amp;SENDIASS.</p>";
        String html = page(text);
        Abbreviations.Explained explained = explainedAsBefore(GLOSSARY, html);
        assertFalse(explained.whole(), "references are carried across, not a reason to write the page again");
        assertEquals(html.replace(text, "<p>Parents &amp; carers&#39; <abbr title=\"Special educational needs and"
                + " disabilities\">SEND</abbr>&nbsp;team &#8212; the <abbr title=\"Integrated care board\">ICB</abbr>"
                + "&#8217;s plan, &lt;<abbr title=\"Preparing for adulthood\">PfA</abbr>&gt;&amp;<abbr"
                + " title=\"SEND Information, Advice and Support Service\">SENDIASS</abbr>.</p>"), explained.page());
        assertEquals("Parents & carers' SEND\u00a0team \u2014 the ICB\u2019s plan, <PfA>&SENDIASS.",
                main(explained.page()).selectFirst("p").wholeText());
    }

    @Test
    void anAbbreviationWrittenWithAReferenceIsExplainedToo() {
        // S&#69;ND reads SEND: the old way explained it, and so does this one, keeping its spelling.
        String html = page("<p>Children with S&#69;ND.</p>");
        Abbreviations.Explained explained = explainedAsBefore(GLOSSARY, html);
        assertFalse(explained.whole());
        assertTrue(explained.page().contains("<abbr title=\"Special educational needs and disabilities\">S&#69;ND</abbr>"),
                explained.page());
    }

    @Test
    void aWordACharacterReferenceRunsIntoIsLeftToTheOldWay() {
        // "&ampSEND" reads "&SEND": the word starts inside what the reference covers, so no cut in the source
        // falls between them. The page is made the old way, which explains it all the same.
        String html = page("<p>Us &ampSEND you.</p>");
        Abbreviations.Explained explained = explainedAsBefore(GLOSSARY, html);
        assertTrue(explained.whole());
        assertEquals("SEND", main(explained.page()).selectFirst("abbr").text());
    }

    @Test
    void nothingInsideALinkCodeOrAnAbbreviationIsExplained() {
        String html = page("<div><a href=\"../send/\">SEND and ICB</a>, <code>PfA</code>, <kbd>SEND</kbd>,"
                + " <pre>ICB</pre> <abbr title=\"Preparing for adulthood (our words)\">PfA</abbr></div>"
                + "<p>Then SEND, ICB and PfA in the text.</p>");
        String explained = explainedAsBefore(GLOSSARY, html).page();
        Element main = main(explained);
        assertTrue(main.select("a abbr, code abbr, kbd abbr, pre abbr, abbr abbr").isEmpty());
        // PfA was explained by the charter itself, so it stays as written and is not explained again.
        assertEquals(List.of("PfA", "SEND", "ICB"), main.select("abbr").eachText());
        assertEquals("Preparing for adulthood (our words)", main.selectFirst("abbr").attr("title"));
        assertEquals("Then SEND, ICB and PfA in the text.", main.selectFirst("p").text());
    }

    @Test
    void formFieldsTextIsLeftAsItIs() {
        // A text area's words are what it holds, read as text: a tag put in would show as "<abbr ...>"; an option
        // of a list holds text alone. Neither is explained, and the first SEND after them is.
        String html = page("<form><label for=\"w\">Your words</label><textarea id=\"w\">About SEND</textarea>"
                + "<select><option>SEND</option><optgroup label=\"ICB\"><option>ICB</option></optgroup></select>"
                + "</form><p>SEND and ICB.</p>");
        String explained = explainedAsBefore(GLOSSARY, html).page();
        Element main = main(explained);
        assertEquals("About SEND", main.selectFirst("textarea").text());
        assertTrue(main.select("textarea abbr, option abbr, select abbr").isEmpty(), explained);
        assertTrue(explained.contains("<textarea id=\"w\">About SEND</textarea>"), explained);
        assertEquals(List.of("SEND", "ICB"), main.select("p abbr").eachText());
    }

    @Test
    void anAbbreviationTheAuthorExplainedLaterCountsAsExplained() {
        String html = page("<p>SEND first.</p><p>Then <abbr title=\"Our own words\">SEND</abbr>, and ICB.</p>");
        String explained = explainedAsBefore(GLOSSARY, html).page();
        assertEquals(List.of("SEND", "ICB"), main(explained).select("abbr").eachText());
        assertEquals("Our own words", main(explained).selectFirst("abbr").attr("title"));
        assertTrue(explained.contains("<p>SEND first.</p>"), explained);
    }

    @Test
    void onlyTheFirstUseOnAPageIsExplainedAndTheLongestAbbreviationWins() {
        String html = page("<p>SENDIASS helps with SEND. SEND and ICB, then PFA, then PfA.</p><p>SEND again.</p>");
        String explained = explainedAsBefore(GLOSSARY, html).page();
        Elements abbrs = main(explained).select("abbr");
        assertEquals(List.of("SENDIASS", "SEND", "ICB", "PFA", "PfA"), abbrs.eachText());
        assertEquals(List.of("SEND Information, Advice and Support Service", "Special educational needs and disabilities",
                "Integrated care board", "Preparing for adulthood", "Preparing for adulthood"), abbrs.eachAttr("title"));
    }

    @Test
    void wordsAreFoundWhereThePatternFindsThem() {
        // An abbreviation that is not one word has every abbreviation found by the pattern, with its look-behind and
        // look-ahead; without it, by looking at the words that start with an abbreviation's first letter. Never
        // used in these pages, it must change nothing.
        List<GlossaryEntry> words = List.of(
                entry("Special educational needs and disabilities", "SEND"),
                entry("SEND Information, Advice and Support Service", "SENDIASS"),
                entry("Integrated care board", "ICB"),
                entry("Preparing for adulthood", "PfA", "PFA"),
                entry("Education, health and care plan", "EHCP"),
                entry("Year 11", "Y11"),
                entry("Ysgol", "Ŵyl"));
        List<GlossaryEntry> pattern = new ArrayList<>(words);
        pattern.add(entry("Never used here", "Q Z X"));
        List<String> mains = List.of(
                "<p>xSEND SENDx SEND2 2SEND ÉSEND SENDÉ _SEND_ SEND’s (SEND) “ICB” SEND-ICB</p>",
                "<p>ICBs PfAs PfA. EHCP/ICB EHCPICB SENDIASS SENDIAS</p>",
                "<p>\uD835SEND and SEND\uDC00</p>",
                "<p>Y11 and Y111 and 1Y11, then Ŵyl and aŴyl and Ŵylx, then ŴYL.</p>",
                "<p>SEND</p><p>ICB<a href=\"#\">PfA</a> PfA</p><ul><li>EHCP</li></ul>",
                "<p>S S. SE SEN SENDI ICBICB IC B</p>");
        for (String main : mains) {
            String html = page(main);
            assertEquals(new Abbreviations(pattern).explained(html).page(), new Abbreviations(words).explained(html).page(),
                    main);
        }
        assertEquals(List.of("PfA", "EHCP", "ICB", "SENDIASS"),
                main(new Abbreviations(words).explain(page(mains.get(1)))).select("abbr").eachText());
        assertEquals(List.of("Y11", "Ŵyl"),
                main(new Abbreviations(words).explain(page(mains.get(3)))).select("abbr").eachText());
        // A letter outside the Basic Multilingual Plane (two chars in Java) is a letter: the pattern's look-behind
        // reads only its second half, and would find SEND inside the word 𝐀SEND; the words are read whole.
        assertEquals(List.of("SEND"),
                main(new Abbreviations(words).explain(page("<p>𝐀SEND SEND𝐀 SEND</p>"))).select("abbr").eachText());
    }

    @Test
    void aTitleWithAmpersandsQuotesAndAnglesIsEscaped() {
        Abbreviations glossary = new Abbreviations(List.of(entry("Parent & \"Carer\" <Forum>", "PCF")));
        String html = page("<p>The PCF meets monthly.</p>");
        Abbreviations.Explained explained = explainedAsBefore(glossary, html);
        assertFalse(explained.whole());
        Element abbr = main(explained.page()).selectFirst("abbr");
        assertEquals("Parent & \"Carer\" <Forum>", abbr.attr("title"));
        assertEquals("PCF", abbr.text());
        assertEquals(1, abbr.attributesSize());
        assertTrue(abbr.children().isEmpty());
    }

    @Test
    void anAbbreviationThatIsNotOneWordIsFoundByItsPatternEvenWrittenWithAReference() {
        // Found by the pattern rather than word by word. The template writes "A&E" as "A&amp;E", which the old
        // pass's first look, over the page as written, did not read as A&E: it left such a page unexplained.
        Abbreviations glossary = new Abbreviations(List.of(entry("Accident and emergency", "A&E"),
                entry("Special educational needs and disabilities", "SEND")));
        String html = page("<p>Families at A&amp;E, and A&amp;E again.</p>");
        Abbreviations.Explained explained = explainedAsBefore(glossary, html);
        assertFalse(explained.whole());
        assertEquals(html.replace("<p>Families at A&amp;E", "<p>Families at <abbr title=\"Accident and emergency\">A&amp;E</abbr>"),
                explained.page());
    }

    /**
     * An abbreviation that is not one word, written with a reference for its punctuation (A&E as A&amp;E) far
     * down a long page whose first lines name another: the parse goes on to it.
     */
    @Test
    void anAbbreviationSpeltWithPunctuationFurtherDownIsExplainedToo() {
        Abbreviations glossary = new Abbreviations(List.of(entry("Accident and emergency", "A&E"),
                entry("Special educational needs and disabilities", "SEND")));
        String html = page("<p>Our SEND charter.</p>\n" + "<p>We will listen to families.</p>\n".repeat(500)
                + "<p>Families at A&amp;E.</p>");
        Abbreviations.Explained explained = explainedAsBefore(glossary, html);
        assertTrue(explained.page().contains("at <abbr title=\"Accident and emergency\">A&amp;E</abbr>."),
                explained.page().substring(explained.page().length() - 300));
    }

    @Test
    void aPageWithNothingToExplainIsReturnedAsItIsWithoutParsing() {
        String html = page("<p>Co-production means working together.</p><p><a href=\"x\">SEND</a></p>");
        Abbreviations.Explained nothing = GLOSSARY.explained(page("<p>Co-production means working together.</p>"));
        assertEquals(0, nothing.parsed());
        Abbreviations.Explained inALink = GLOSSARY.explained(html);
        assertEquals(html, inALink.page());
        assertTrue(inALink.page() == html, "the very same page, not a copy");
    }

    /** A long main whose abbreviations are all named in its first lines is parsed only that far. */
    @Test
    void aLongPageIsParsedOnlyAsFarAsItsAbbreviationsFirstUses() {
        String rest = "<fieldset><legend>We will listen to families</legend><input type=\"radio\"></fieldset>\n".repeat(800);
        String html = page("<h1>Our SEND charter</h1>\n<p>The ICB and the forum.</p>\n" + rest + "<p>SEND and ICB again.</p>");
        Abbreviations.Explained explained = explainedAsBefore(GLOSSARY, html);
        int main = html.indexOf("</main>") - html.indexOf("<main");
        assertTrue(explained.parsed() * 100 < main, explained.parsed() + " of " + main);
        assertEquals(2, explained.page().split("<abbr ", -1).length - 1);
    }

    /**
     * What comes after the beginning can still matter, and then the parse goes on as far as the last words: an
     * abbreviation first written in a link and used later in prose, one named only later, an explanation of the
     * author's further down, and one spelt only with a character reference.
     */
    @Test
    void theRestOfALongPageIsParsedWhenItCanChangeWhatIsExplained() {
        String rest = "<p>We will listen to families.</p>\n".repeat(500);
        String[] mains = {
            "<p><a href=\"x\">SEND</a> local offer.</p>\n" + rest + "<p>Support for SEND.</p>",
            "<p>Our SEND charter.</p>\n" + rest + "<p>The ICB pays.</p>",
            "<p>Our SEND charter.</p>\n" + rest + "<p>The <abbr title=\"Ours\">SEND</abbr> team.</p>",
            "<p>Our SEND charter.</p>\n" + rest + "<p>The &#73;CB pays.</p>",
        };
        for (String main : mains) {
            String html = page(main);
            Abbreviations.Explained explained = explainedAsBefore(GLOSSARY, html);
            int lastWords = html.lastIndexOf("</p>", html.indexOf("</main>")) - html.indexOf("<main");
            assertTrue(explained.parsed() >= lastWords, main.substring(0, 40) + ": " + explained.parsed() + " of " + lastWords);
        }
        assertEquals(1, GLOSSARY.explained(page(mains[0])).page().split("<abbr ", -1).length - 1);
        assertTrue(GLOSSARY.explained(page(mains[0])).page().contains("for <abbr title=\"Special educational needs and disabilities\">SEND</abbr>."));
        assertTrue(GLOSSARY.explained(page(mains[1])).page().contains("The <abbr title=\"Integrated care board\">ICB</abbr> pays"));
        assertFalse(GLOSSARY.explained(page(mains[2])).page().contains("Special educational"));
    }

    /**
     * The real charters, built with a glossary that explains nothing, give the template's own pages; each one,
     * explained with the real glossary, is that page byte for byte with the explanations in, reads as the old
     * way's, and was made without parsing anything outside its main: Warwickshire's and SE7's pages, the
     * knowledge base, the glossary and the index.
     */
    @Test
    void realPagesAreTheTemplatesBytesWithTheExplanationsIn() throws IOException {
        List<GlossaryEntry> real = new ProjectLoader(TestProjects.repositoryRoot(), new Diagnostics())
                .load(Optional.empty()).glossary();
        Path root = TestProjects.copyOfRealProject(dir.resolve("project"));
        Path glossaryFile = root.resolve("content/glossary.yml");
        String withoutAbbreviations = Files.readString(glossaryFile).replaceAll("(?m)^  (abbreviation|spellings):.*\\n", "");
        Files.writeString(glossaryFile, withoutAbbreviations);
        Path site = dir.resolve("site");
        BuildResult built = new SiteBuild("test").run(BuildRequest.build(root, site).on(TestProjects.BUILD_DAY).printing(false));
        assertTrue(built.succeeded(), built.diagnostics().toString());

        Abbreviations abbreviations = new Abbreviations(real);
        List<String> problems = new ArrayList<>();
        int pages = 0;
        int areaPages = 0;
        int explainedPages = 0;
        int oldWayChanged = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path file : files) {
            String path = site.relativize(file).toString().replace('\\', '/');
            pages++;
            if (path.startsWith("warwickshire/") || path.startsWith("se7/")) {
                areaPages++;
            }
            String made = Files.readString(file);
            assertFalse(made.contains("<abbr"), path + " has explanations though the glossary gave none");
            Abbreviations.Explained explained = abbreviations.explained(made);
            if (explained.whole()) {
                problems.add(path + ": made the old way");
            }
            if (!EXPLANATION.matcher(explained.page()).replaceAll("$1").equals(made)) {
                problems.add(path + ": not the template's bytes once the explanations are taken out");
            }
            String old = abbreviations.whole(made, 0).page();
            if (!reading(old).equals(reading(explained.page()))) {
                problems.add(path + ": reads differently from the old way");
            }
            int stretch = made.lastIndexOf("</main>") + "</main>".length() - made.indexOf("<main");
            if (explained.parsed() > stretch) {
                problems.add(path + ": " + explained.parsed() + " characters parsed, main is " + stretch);
            }
            if (path.endsWith("self-evaluation/index.html") && explained.parsed() * 10 > stretch) {
                problems.add(path + ": " + explained.parsed() + " characters parsed of a main of " + stretch);
            }
            if (!explained.page().equals(made)) {
                explainedPages++;
            }
            if (!EXPLANATION.matcher(old).replaceAll("$1").equals(made)) {
                oldWayChanged++;
            }
        }
        assertTrue(pages > 40 && areaPages > 20, "pages read: " + pages + ", of the two areas: " + areaPages);
        assertTrue(explainedPages > pages / 2, explainedPages + " of " + pages + " pages explained");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // The old way, kept for the pages that need it, writes the page out again and so changes it elsewhere too.
        assertNotEquals(0, oldWayChanged);
    }
}

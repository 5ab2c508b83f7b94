package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.Cornerstone;
import org.charterkit.model.Framework;
import org.charterkit.model.GlossaryEntry;
import org.charterkit.model.KnowledgePage;
import org.charterkit.model.Project;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public pages a reader moves around in, built from the real project and read back with jsoup: the full
 * charter's "On this page" list and the way from it to the area's menu, sections that are not landmark regions,
 * the glossary's letters, and the knowledge base grouped as the framework is.
 */
class PublicPagesTest {

    @TempDir
    static Path site;

    static Project project;

    @BeforeAll
    static void build() {
        TestProjects.buildRealSite(site);
        project = new ProjectLoader(TestProjects.repositoryRoot(), new Diagnostics()).load(Optional.empty());
    }

    /** The element a same-page link leads to, or null. */
    private static Element target(Document page, Element link) {
        String href = link.attr("href");
        assertTrue(href.startsWith("#"), "a link within the page: " + href);
        return page.getElementById(href.substring(1));
    }

    /** The heading a contents link leads to: the target itself, or the heading that opens the target section. */
    private static Element headingOf(Element target) {
        return target.normalName().matches("h[1-6]") ? target : target.selectFirst("h2");
    }

    @Test
    void theFullCharterOpensWithAListOfEverySectionThatLeadsToEach() {
        for (String area : List.of("warwickshire", "se7")) {
            Document page = SiteFiles.page(site, area + "/charter/index.html");
            Element contents = page.selectFirst("main nav.contents");
            assertNotNull(contents, area + ": an \"On this page\" list");
            assertEquals("On this page", contents.selectFirst("h2").text());
            assertEquals(contents.selectFirst("h2").id(), contents.attr("aria-labelledby"));
            // Near the top: after the title and the facts, before any of the charter's sections.
            List<Element> inMain = page.select("main *");
            assertTrue(inMain.indexOf(contents) > inMain.indexOf(page.selectFirst("main h1")));
            assertTrue(inMain.indexOf(contents) > inMain.indexOf(page.selectFirst("main dl.facts")));
            assertTrue(inMain.indexOf(contents) < inMain.indexOf(page.selectFirst("main section.section")));

            Elements links = contents.select("ol > li > a");
            List<String> shown = new ArrayList<>();
            for (Element link : links) {
                Element target = target(page, link);
                assertNotNull(target, area + ": " + link.attr("href") + " leads to nothing on the page");
                assertEquals(headingOf(target).text(), link.text(), area + ": the list names the heading it leads to");
                shown.add(link.text());
            }
            // Every section of the charter is listed, in the page's order, and nothing else but them.
            List<String> headings = new ArrayList<>(page.select("main > section > h2").eachText());
            headings.remove("Download the charter");
            assertEquals(headings, shown, area);
            assertTrue(shown.size() >= 3, area + ": " + shown);
        }
        assertTrue(SiteFiles.page(site, "warwickshire/charter/index.html").select("nav.contents a").eachText()
                .containsAll(List.of("Welcome and Care", "Trust", "Signatories", "Spectrum of Participation")));
    }

    @Test
    void onAPhoneTheAreasMenuIsReachedBeforeTheWholeCharter() {
        Document page = SiteFiles.page(site, "warwickshire/charter/index.html");
        Element menuLink = page.selectFirst("main nav.contents .contents__menu a");
        assertNotNull(menuLink, "the contents list ends with a way to the area's menu");
        assertEquals("Other pages about Warwickshire’s charter", menuLink.text());
        Element menu = page.selectFirst("nav.area-nav");
        Element target = target(page, menuLink);
        assertNotNull(target);
        assertTrue(target.parents().contains(menu), "it leads into the area's menu");
        // The menu follows the content in the page (it reads in order without CSS); the way to it comes first.
        List<Element> all = page.getAllElements();
        assertTrue(all.indexOf(menuLink) < all.indexOf(page.selectFirst("main section.section")));
        assertTrue(all.indexOf(menu) > all.indexOf(page.selectFirst("main")));
        // A page with no area has no menu to lead to.
        assertNull(SiteFiles.page(site, "knowledge/the-law/index.html").selectFirst(".contents__menu"));
    }

    @Test
    void aLongGuideOpensWithItsSectionsAndEachHasAnAddress() {
        for (KnowledgePage k : project.knowledgePages()) {
            Document page = SiteFiles.page(site, "knowledge/" + k.slug() + "/index.html");
            Elements sections = page.select("main h2:not(.contents__title)");
            Element contents = page.selectFirst("main nav.contents");
            if (page.select("main .prose h2").size() < 4) {
                assertNull(contents, k.slug() + ": a short guide needs no list");
                continue;
            }
            assertNotNull(contents, k.slug());
            List<String> listed = new ArrayList<>();
            for (Element link : contents.select("a")) {
                Element target = target(page, link);
                assertNotNull(target, k.slug() + ": " + link.attr("href"));
                assertEquals(target.text(), link.text());
                listed.add(link.text());
            }
            assertEquals(sections.eachText(), listed, k.slug());
            assertEquals(sections.size(), sections.eachAttr("id").stream().distinct().count(), "every id unique");
        }
        Document law = SiteFiles.page(site, "knowledge/the-law/index.html");
        List<String> listed = law.select("nav.contents a").eachText();
        assertEquals("Where this comes from", listed.get(listed.size() - 1));
        assertTrue(listed.size() >= 5, listed.toString());
    }

    @Test
    void sectionsAreNotLandmarkRegionsButKeepTheirHeadings() {
        for (String path : List.of("warwickshire/charter/index.html", "se7/charter/index.html",
                "knowledge/welcome-and-care/index.html", "knowledge/the-law/index.html")) {
            Document page = SiteFiles.page(site, path);
            // A section is a region landmark only when it has an accessible name.
            Elements named = page.select("section[aria-labelledby], section[aria-label], section[title], [role=region]");
            assertTrue(named.isEmpty(), path + ": " + named.eachAttr("class"));
            assertFalse(page.select("main section > h2").isEmpty(), path);
        }
        // Every other page too: the A to Z, what changed, how we are doing and the self-evaluation had a region per
        // letter or cornerstone.
        try (var files = Files.walk(site)) {
            List<String> withNamedSections = files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> site.relativize(f).toString())
                    .filter(f -> !SiteFiles.page(site, f)
                            .select("section[aria-labelledby], section[aria-label], section[title]").isEmpty())
                    .toList();
            assertEquals(List.of(), withNamedSections);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Document charter = SiteFiles.page(site, "warwickshire/charter/index.html");
        assertTrue(charter.select("main section").size() >= 10);
        assertNotNull(charter.selectFirst("section#welcome-and-care > h2#welcome-and-care-title"));
    }

    @Test
    void everyRuleIsDrawnInTheBorderColourThatStandsOutInBothSchemes() throws IOException {
        // The panel colour is a background: as a rule beside the area menu or a quotation it all but vanished in
        // dark mode (1.1:1 against the page), where the border colour stands at 9:1.
        String css = Files.readString(site.resolve("assets/charterkit.css"));
        java.util.regex.Matcher faint = java.util.regex.Pattern
                .compile("border[a-z-]*\\s*:[^;}]*var\\(--panel\\)").matcher(css);
        List<String> found = new java.util.ArrayList<>();
        while (faint.find()) {
            found.add(faint.group());
        }
        assertEquals(List.of(), found);
    }

    @Test
    void breadcrumbSeparatorsAreDrawnNotWritten() throws IOException {
        // CSS generated text is read aloud: the only content a breadcrumb rule may give is none.
        String css = Files.readString(site.resolve("assets/charterkit.css"));
        int rules = 0;
        for (String rule : css.replaceAll("(?s)/\\*.*?\\*/", "").split("}")) {
            int brace = rule.indexOf('{');
            if (brace < 0 || !rule.substring(0, brace).contains(".breadcrumbs")) {
                continue;
            }
            rules++;
            java.util.regex.Matcher content = java.util.regex.Pattern.compile("content\\s*:\\s*([^;]*)")
                    .matcher(rule.substring(brace));
            while (content.find()) {
                assertEquals("\"\"", content.group(1).strip(), "breadcrumb content: " + rule.strip());
            }
        }
        assertTrue(rules > 0);
        Document page = SiteFiles.page(site, "warwickshire/charter/index.html");
        assertEquals(List.of("All charters", "Warwickshire", "Working Together Charter for Warwickshire SEND"),
                page.select("nav.breadcrumbs li").eachText());
        assertFalse(page.selectFirst("nav.breadcrumbs").text().contains("›"));
    }

    @Test
    void theGlossaryHasALetterHeadingForEachLetterAndARowOfJumpLinks() {
        Document page = SiteFiles.page(site, "glossary/index.html");
        TreeSet<String> used = new TreeSet<>();
        for (GlossaryEntry g : project.glossary()) {
            used.add(g.term().replaceAll("^[^\\p{L}\\p{N}]+", "").substring(0, 1).toUpperCase(Locale.ROOT));
        }
        assertEquals(new ArrayList<>(used), page.select("main h2.letter").eachText());

        Elements row = page.select("main nav.letters li");
        assertEquals(26, row.size(), "every letter A to Z");
        List<String> linked = new ArrayList<>();
        for (Element place : row) {
            Element link = place.selectFirst("a");
            if (used.contains(place.text())) {
                assertNotNull(link, place.text() + " has terms, so it is a link");
                Element heading = target(page, link);
                assertNotNull(heading, link.attr("href"));
                assertEquals(place.text(), heading.text());
                linked.add(place.text());
            } else {
                assertNull(link, place.text() + " has no terms, so it is not a link");
            }
        }
        assertEquals(new ArrayList<>(used), linked);
        assertTrue(row.eachText().contains("B") && !used.contains("B"), "the real glossary has no B");

        // Each term sits under its own letter, and every term is still there with its address.
        for (Element heading : page.select("main h2.letter")) {
            Element list = heading.nextElementSibling();
            assertEquals("dl", list.normalName());
            // After each letter's terms, a way back up to the row, so a phone reader need not scroll back.
            Element back = list.nextElementSibling().selectFirst("a");
            assertEquals("Back to the letters", back.text());
            assertEquals(page.selectFirst("nav.letters"), target(page, back));
            for (Element term : list.select("dt")) {
                assertTrue(term.text().toUpperCase(Locale.ROOT).startsWith(heading.text()), term.text());
            }
        }
        assertEquals(project.glossary().size(), page.select("main dl.glossary dt").size());
        assertNotNull(page.getElementById("sen"));
    }

    @Test
    void theKnowledgeIndexIsGroupedAndOrderedAsTheFrameworkIs() {
        Document index = SiteFiles.page(site, "knowledge/index.html");
        assertEquals(List.of("Start here", "Four Cornerstones of co-production", "How families take part",
                "More about co-production"), index.select("main h2.knowledge-group").eachText());
        Framework framework = project.framework("four-cornerstones").orElseThrow();
        assertEquals(frameworkOrder(framework), guidesUnder(index, "Four Cornerstones of co-production"));
        assertEquals(List.of("spectrum-of-participation/", "levels-of-involvement/"),
                guidesUnder(index, "How families take part"));
        assertEquals(List.of("what-is-co-production/"), guidesUnder(index, "Start here"));
        assertEquals(project.knowledgePages().size(), index.select("main ul.knowledge-list > li").size());
    }

    /** The framework's guide, then its cornerstones' in its own order, then its centre's. */
    private static List<String> frameworkOrder(Framework framework) {
        List<String> order = new ArrayList<>();
        order.add(framework.id() + "/");
        framework.cornerstones().stream().map(Cornerstone::id).forEach(id -> order.add(id + "/"));
        framework.centre().ifPresent(c -> order.add(c.id() + "/"));
        return order;
    }

    private static List<String> guidesUnder(Document index, String group) {
        Element heading = index.select("main h2.knowledge-group").stream().filter(h -> h.text().equals(group))
                .findFirst().orElseThrow();
        return heading.nextElementSibling().select("li h3 a").eachAttr("href");
    }

    /**
     * The framework decides, not the guides' own {@code order}: with Communicate ordered after Work in
     * Partnership and the Four Cornerstones guide after Trust, the guides still come in the framework's order.
     */
    @Test
    void theFrameworksOrderWinsOverTheGuidesOwnOrder(@TempDir Path dir) throws IOException {
        Path root = TestProjects.copyOfRealProject(dir.resolve("project"));
        reorder(root.resolve("content/knowledge/communicate.md"), 50, 65);
        reorder(root.resolve("content/knowledge/four-cornerstones.md"), 20, 75);
        Files.writeString(root.resolve("content/knowledge/short-guide.md"), """
                ---
                title: A short guide
                summary: Two sections only.
                order: 900
                checked: 2026-01-01
                ---
                ## What it is

                Words.

                ## Why it matters

                More words.
                """);
        Files.writeString(root.resolve("content/knowledge/long-guide.md"), """
                ---
                title: A long guide
                summary: Five sections, two with the same name.
                order: 5
                checked: 2026-01-01
                ---
                ## What it is

                Words.

                ## Examples

                Words.

                ## Main

                Words.

                ## Examples

                More words.

                ## Where this comes from

                Words.
                """);
        Path out = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(root, out).on(TestProjects.BUILD_DAY));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        Document index = SiteFiles.page(out, "knowledge/index.html");
        Framework framework = project.framework("four-cornerstones").orElseThrow();
        assertEquals(frameworkOrder(framework), guidesUnder(index, "Four Cornerstones of co-production"));
        assertEquals("Start here", index.selectFirst("main h2.knowledge-group").text());
        // A guide of no framework part, ordered last, closes the list.
        assertEquals("short-guide/", guidesUnder(index, "More about co-production").get(
                guidesUnder(index, "More about co-production").size() - 1));

        // A short guide needs no list; a long one with two sections of the same name gives each its own address.
        Document shortGuide = SiteFiles.page(out, "knowledge/short-guide/index.html");
        assertNull(shortGuide.selectFirst("nav.contents"));
        Document longGuide = SiteFiles.page(out, "knowledge/long-guide/index.html");
        assertEquals(List.of("#what-it-is", "#examples", "#main-2", "#examples-2", "#where-this-comes-from"),
                longGuide.select("nav.contents a").eachAttr("href").subList(0, 5));
        assertEquals("Examples", longGuide.getElementById("examples-2").text());
        assertEquals(1, longGuide.select("#main").size(), "a section never takes the page's own ids");
    }

    private static void reorder(Path guide, int from, int to) throws IOException {
        String text = Files.readString(guide);
        assertTrue(text.contains("\norder: " + from + "\n"), guide.toString());
        Files.writeString(guide, text.replace("\norder: " + from + "\n", "\norder: " + to + "\n"));
    }

    @Test
    void sourcesWithAPublicAddressAreLinksAndTheOthersAreNamed() {
        for (KnowledgePage k : project.knowledgePages()) {
            Document page = SiteFiles.page(site, "knowledge/" + k.slug() + "/index.html");
            Elements items = page.select("main section.sources li");
            assertEquals(k.sources().size(), items.size(), k.slug());
            for (int i = 0; i < items.size(); i++) {
                KnowledgePage.Source source = k.sources().get(i);
                Element link = items.get(i).selectFirst("a");
                if (source.url().isEmpty()) {
                    assertNull(link, k.slug() + ": " + source.title());
                } else {
                    assertEquals(source.url(), link.attr("href"));
                    assertEquals(source.title(), link.text());
                }
            }
        }
        assertEquals("https://www.legislation.gov.uk/ukpga/2014/6/section/19",
                SiteFiles.page(site, "knowledge/the-law/index.html")
                        .selectFirst("section.sources a:containsOwn(Children and Families Act 2014, section 19)")
                        .attr("href"));
    }

    /** A charter in Welsh gets the theme's words in Welsh around it: the list's title and the way to the menu. */
    @Test
    void aWelshCharterPageListsItsSectionsInWelsh(@TempDir Path dir) throws IOException {
        Path root = TestProjects.copyOfRealProject(dir.resolve("project"));
        Path charter = root.resolve("charters/warwickshire/charter.md");
        String text = Files.readString(charter);
        assertTrue(text.contains("\nlanguage: en-GB\n"));
        Files.writeString(charter, text.replace("\nlanguage: en-GB\n", "\nlanguage: cy\n"));
        Path out = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(root, out).on(TestProjects.BUILD_DAY));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        Document page = SiteFiles.page(out, "warwickshire/charter/index.html");
        Element contents = page.selectFirst("main nav.contents");
        assertEquals("Ar y dudalen hon", contents.selectFirst("h2").text());
        assertEquals("Tudalennau eraill am siarter Warwickshire", contents.selectFirst(".contents__menu a").text());
        // Each section named as its heading names it, in Welsh too.
        for (Element link : contents.select("ol a")) {
            assertEquals(headingOf(target(page, link)).text(), link.text());
        }
        assertTrue(contents.select("a").eachText().contains("Llofnodwyr"));
    }

    @Test
    void theWelshBundleSaysEveryWordOfTheEnglishOne() throws IOException {
        Path messages = TestProjects.repositoryRoot().resolve("themes/default/messages");
        java.util.Properties english = new java.util.Properties();
        java.util.Properties welsh = new java.util.Properties();
        try (var in = Files.newBufferedReader(messages.resolve("pages.properties"))) {
            english.load(in);
        }
        try (var in = Files.newBufferedReader(messages.resolve("pages_cy.properties"))) {
            welsh.load(in);
        }
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(welsh.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            String words = english.getProperty(key);
            if (words.matches(".*\\p{L}{4,}.*") && !words.matches("\\{\\d}")) {
                assertFalse(words.equals(welsh.getProperty(key)), key + " is not in Welsh");
            }
        }
    }
}

package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trust as the centre the cornerstones build, and the two scales drawn as steps (issue 17), read with jsoup on
 * the real Warwickshire and SE7 pages. Warwickshire's charter writes its Trust heading between Communicate and
 * Value and Include, where the printed diagram put it; SE7's framework has no centre at all.
 */
class TrustAndScalesTest {

    /** Warwickshire's words about Trust, as seed 002 prints them (the bold TRUST is the charter's). */
    static final String TRUST_WORDS = "Developing and nurturing each of these commitments to build TRUST";

    /** Warwickshire's spectrum, lowest first: each name, then the words the charter prints beneath it (seed 002). */
    static final List<List<String>> SPECTRUM = List.of(
            List.of("Information", "is giving children, young people and their families the information they need"
                    + " about services and changes"),
            List.of("Consultation", "is asking the opinions of children, young people and their families about"
                    + " changes being considered"),
            List.of("Engagement", "is asking children, young people and their families about their experiences and"
                    + " discussing ideas"),
            List.of("Co-design", "is working together with children, young people and their families to share their"
                    + " experience and including their ideas in the outcomes"),
            List.of("Co-production", "is where everyone works together, using their skills, knowledge and experience"
                    + " to create better outcomes through shared decision making"));

    @TempDir
    static Path site;

    @BeforeAll
    static void build() {
        TestProjects.buildRealSite(site);
    }

    private static Document page(String path) {
        return SiteFiles.page(site, path);
    }

    @Test
    void trustFollowsTheFourCornerstonesThatBuildItWithTheChartersOwnWords() {
        Document charter = page("warwickshire/charter/index.html");
        List<String> headings = charter.select("main h2").eachText();
        int trust = headings.indexOf("Trust");
        assertEquals(List.of("Welcome and Care", "Communicate", "Value and Include", "Work in Partnership", "Trust",
                "Signatories"), headings.subList(trust - 4, trust + 2), headings.toString());
        assertEquals(1, charter.select("#trust").size(), "Trust is shown once, not also where the charter wrote it");

        Element centre = charter.getElementById("trust");
        assertTrue(centre.hasClass("centre-part"), centre.className());
        assertEquals(TRUST_WORDS, centre.selectFirst(".centre-part__words").text());
        assertEquals("TRUST", centre.selectFirst(".centre-part__words strong").text(), "the charter's emphasis stays");
        assertEquals("Trust is at the centre of this charter. It is built by all 4 cornerstones above:",
                centre.selectFirst(".centre-part__built").text());
        List<Element> builders = centre.select(".centre-part__builders a");
        assertEquals(List.of("Welcome and Care", "Communicate", "Value and Include", "Work in Partnership"),
                builders.stream().map(Element::text).toList());
        for (Element a : builders) {
            Element target = charter.getElementById(a.attr("href").substring(1));
            assertNotNull(target, a.attr("href"));
            assertTrue(target.hasClass("section--cornerstone"), a.attr("href"));
        }
    }

    @Test
    void aFrameworkWithoutACentreShowsNothingOfTheKind() {
        Document charter = page("se7/charter/index.html");
        assertTrue(charter.select(".centre-part, .section--centre").isEmpty());
        Document home = page("se7/index.html");
        assertTrue(home.select(".cornerstones__centre").isEmpty());
        Element diagram = home.selectFirst(".cornerstones__diagram");
        assertFalse(diagram.hasClass("has-centre"), "no room is kept for a centre SE7 does not have");
        assertTrue(page("warwickshire/index.html").selectFirst(".cornerstones__diagram").hasClass("has-centre"));
    }

    @Test
    void theTrustBoxOnTheHomePageIsALinkToTheTrustPartOfTheCharter() {
        Document home = page("warwickshire/index.html");
        Element centre = home.selectFirst(".cornerstones__centre");
        Element link = centre.selectFirst("a[href]");
        assertNotNull(link, "the box that looks like a button is a link");
        assertEquals("Trust", link.text());
        assertEquals(centre.text(), link.text(), "the whole box is the link");
        assertEquals("charter/#trust", link.attr("href"));
        assertTrue(page("warwickshire/charter/index.html").getElementById("trust").text().contains(TRUST_WORDS));
        assertTrue(home.selectFirst("figcaption").text().contains(
                "with Trust at the centre. Each cornerstone helps to build Trust."));
    }

    @Test
    void theSpectrumIsAScaleOfStepsFromLeastToMostSharedWithItsWordsAsSentences() {
        for (String path : List.of("warwickshire/spectrum/index.html", "warwickshire/charter/index.html")) {
            Document doc = page(path);
            Element scale = doc.selectFirst(".scale:has(ol.spectrum)");
            assertNotNull(scale, path);
            assertEquals(List.of("Least shared", "Most shared"), scale.select("> p.scale__end").eachText(), path);
            assertEquals("Least shared", scale.child(0).text(), "the least shared end comes first");
            assertEquals("Most shared", scale.child(scale.childrenSize() - 1).text());
            List<Element> levels = scale.select("ol.spectrum > li");
            assertEquals(SPECTRUM.size(), levels.size(), path);
            for (int i = 0; i < levels.size(); i++) {
                Element level = levels.get(i);
                String name = SPECTRUM.get(i).get(0);
                assertEquals(name, level.selectFirst("h2, h3").text(), path);
                Element steps = level.selectFirst(".scale__steps");
                assertEquals("true", steps.attr("aria-hidden"), "the drawing repeats what the order says");
                assertEquals(SPECTRUM.size(), steps.select(".scale__block").size());
                assertEquals(i + 1, steps.select(".scale__block.is-on").size(), name + " fills one more step");
                String words = level.selectFirst(".scale__words").text();
                assertEquals(name + " " + SPECTRUM.get(i).get(1), words, path);
                assertTrue(Character.isUpperCase(words.codePointAt(0)), words);
            }
        }
        Document page = page("warwickshire/spectrum/index.html");
        assertEquals("From the least shared to the most shared decision making:",
                page.selectFirst("p.scale-note").text());
    }

    @Test
    void theLevelsOfInvolvementNarrowFromTheWholeAreaToOneFamily() {
        Document levels = page("warwickshire/levels/index.html");
        Element scale = levels.selectFirst("main .scale");
        assertEquals(List.of("Widest: the whole area", "Closest: one child and their family"),
                scale.select("> p.scale__end").eachText());
        List<Element> items = scale.select("ol > li.involvement");
        assertEquals(List.of("Strategic Level", "Service Level", "Individual Level"),
                items.stream().map(l -> l.selectFirst("h2").text()).toList());
        assertEquals(List.of(3, 2, 1), items.stream().map(l -> l.select(".scale__block.is-on").size()).toList());
        // Words that already stand as a sentence keep the charter's own start.
        assertTrue(items.get(0).selectFirst(".scale__words").text().startsWith("Policy (rules), Strategy (how)"));
    }

    /** Words a reader sees in the templates this part owns, outside {@code #{...}}: there must be none. */
    @Test
    void theTemplatesForTheTilesTheCentreAndTheScalesSpeakOnlyFromTheBundle() throws IOException {
        Path templates = TestProjects.repositoryRoot().resolve("themes/default/templates");
        List<Element> owned = new ArrayList<>();
        for (String name : List.of("area-home.html", "spectrum.html", "levels.html")) {
            // The part for families at the top of the home page is "foryou"'s, already in its own bundle.
            Document doc = Jsoup.parse(templates.resolve(name).toFile(), "UTF-8");
            doc.select("section.for-you").remove();
            owned.add(doc.selectFirst("main"));
        }
        Document parts = Jsoup.parse(templates.resolve("parts.html").toFile(), "UTF-8");
        for (String fragment : List.of("section-body(s)", "centre", "steps(count, filled)", "level-words(l)",
                "spectrum(section, level)", "involvement(section, level)")) {
            Element e = parts.selectFirst("[th:fragment=\"" + fragment + "\"]");
            assertNotNull(e, fragment);
            owned.add(e);
        }
        Pattern letters = Pattern.compile("\\p{L}");
        List<String> loose = new ArrayList<>();
        for (Element root : owned) {
            for (Element e : root.getAllElements()) {
                if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace")) {
                    continue; // its contents are replaced when the page is made
                }
                for (TextNode t : e.textNodes()) {
                    if (letters.matcher(t.text()).find() && !insideReplaced(e, root)) {
                        loose.add(t.text().strip());
                    }
                }
            }
        }
        assertEquals(List.of(), loose);
    }

    /** Whether an element between {@code e} and {@code root} (the part checked) has its contents replaced. */
    private static boolean insideReplaced(Element e, Element root) {
        for (Element p = e; p != root; p = p.parent()) {
            if (p.hasAttr("th:text") || p.hasAttr("th:utext") || p.hasAttr("th:replace")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyTrustWordHasAWelshText() throws IOException {
        Path messages = TestProjects.repositoryRoot().resolve("themes/default/messages");
        Properties english = load(messages.resolve("trust.properties"));
        Properties welsh = load(messages.resolve("trust_cy.properties"));
        assertEquals(english.stringPropertyNames(), welsh.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String cy = welsh.getProperty(key);
            if (!key.endsWith(".end")) {
                assertFalse(cy.equals(english.getProperty(key)), key + " is not translated");
            }
            if (cy.contains("{")) {
                // Every parameter filled, and every apostrophe kept: MessageFormat swallows a straight one.
                // Formatted as the theme formats it, with ICU; a count comes first where the message has one.
                Object[] arguments = cy.contains("plural")
                        ? new Object[] {4, "conglfaen", "conglfeini", "Ymddiriedaeth"}
                        : new Object[] {"Ymddiriedaeth", 4, "conglfaen", "conglfeini"};
                String made = new com.ibm.icu.text.MessageFormat(cy, com.ibm.icu.util.ULocale.forLanguageTag("cy"))
                        .format(arguments);
                assertFalse(made.contains("{"), key + ": " + made);
                assertFalse(cy.contains("'"), key + ": write \u2019 in a message with parameters");
            } else {
                assertFalse(cy.contains("''"), key + " is shown as written: one apostrophe, not two");
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void aCentreWrittenAnywhereStillFollowsTheLastCornerstoneOnce() {
        // SE7 writes no centre; Warwickshire writes it mid-way. Either way the page has no Trust among the four.
        Document charter = page("warwickshire/charter/index.html");
        Element communicate = charter.getElementById("communicate");
        Element next = communicate.nextElementSibling();
        assertNotNull(next);
        assertEquals("value-and-include", next.id(), "the centre is no longer wedged between two cornerstones");
        assertNull(page("se7/charter/index.html").getElementById("trust"));
    }

    /**
     * Warwickshire's charter with its Trust heading moved first and last: wherever the charter writes it, the page
     * shows it once, straight after the last cornerstone and before the signatories, with the words as written;
     * and without it at all.
     */
    @Test
    void whereverTheCharterWritesItsCentreThePageShowsItAfterTheLastCornerstone(@TempDir Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        String charter = Files.readString(TestProjects.repositoryRoot().resolve("charters/warwickshire/charter.md"));
        String trust = "## Trust\n\nDeveloping and nurturing each of these commitments to build **TRUST**\n\n";
        assertTrue(charter.contains(trust));
        String without = charter.replace(trust, "");
        write(project, "trust-first", without.replace("area: Warwickshire", "area: Trustford")
                .replace("## Working Together in Participation", trust + "## Working Together in Participation"));
        write(project, "trust-last", without.replace("area: Warwickshire", "area: Lastshire")
                .replace("## Spectrum of Participation", trust + "## Spectrum of Participation"));
        write(project, "no-trust", without.replace("area: Warwickshire", "area: Nottrust"));
        Path out = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, out).printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        for (String area : List.of("trust-first", "trust-last")) {
            Document page = SiteFiles.page(out, area + "/charter/index.html");
            List<String> headings = page.select("main h2").eachText();
            assertEquals(1, headings.stream().filter("Trust"::equals).count(), area + ": " + headings);
            int at = headings.indexOf("Trust");
            assertEquals(List.of("Work in Partnership", "Trust", "Signatories"), headings.subList(at - 1, at + 2),
                    area + ": " + headings);
            assertEquals(TRUST_WORDS, page.selectFirst("#trust .centre-part__words").text(), area);
            assertEquals("Working Together in Participation", page.selectFirst("main section.section > h2").text(),
                    area + ": not first, even if written first");
        }
        // A charter that says nothing about its framework's centre: no part for it, and on the home page the name
        // alone, a label with nothing to press.
        assertTrue(SiteFiles.page(out, "no-trust/charter/index.html").select(".centre-part").isEmpty());
        Element label = SiteFiles.page(out, "no-trust/index.html").selectFirst(".cornerstones__centre");
        assertTrue(label.hasClass("is-label"), label.outerHtml());
        assertTrue(label.select("a").isEmpty(), label.outerHtml());
        assertEquals("Trust", label.text());
    }

    private static void write(Path project, String area, String charter) throws IOException {
        Path folder = Files.createDirectories(project.resolve("charters").resolve(area));
        Files.writeString(folder.resolve("charter.md"), charter);
    }
}

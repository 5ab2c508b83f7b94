package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.charterkit.TestProjects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Warwickshire charter, built and read back as a reader would see it. The expected words are the
 * clean copy of the charter in seed 002, in its order.
 */
public class WarwickshireSiteTest {

    /** Cornerstone, then its commitments exactly as the signed charter words them. */
    public static final List<List<String>> COMMITMENTS = List.of(
            List.of("Welcome and Care",
                    "create a welcoming and caring space",
                    "introduce everyone, their role and why they are there",
                    "provide clear purpose for involvement",
                    "outline the commitment needed",
                    "ensure everyone's well-being to nurture confidence and self-esteem",
                    "consider when, where and how activities take place, thinking about the needs and availability of those involved",
                    "always consider \"who needs to be involved?\" and make contact at the earliest opportunity"),
            List.of("Communicate",
                    "communicate clearly and honestly",
                    "facilitate discussion and listen to understand, rather than listen to respond",
                    "respond constructively and always with kindness and compassion",
                    "maintain confidentiality as agreed and be clear about what can be shared",
                    "provide information that is easy to understand in accessible formats",
                    "be transparent about what we are doing and why"),
            List.of("Value and Include",
                    "keep children, young people and their families central to everything we do",
                    "embrace differences and treat everyone with respect, acknowledging different perspectives",
                    "support each other to enable participation",
                    "ensure that everyone gets the information they need when they need it",
                    "listen and value everyone's contributions and work towards shared solutions",
                    "ensure that spaces feel safe for everyone",
                    "ask \"who have we missed?\" and give them the opportunity to be heard"),
            List.of("Work in Partnership",
                    "co-produce how children, young people and families will be involved before we start",
                    "give equal value to the contributions from both lived experience and professional training, evaluating evidence together",
                    "have a \"can do\" approach that focuses on understanding and finding solutions",
                    "show willingness to engage with difficult conversations",
                    "understand that the outcome may be a compromise reached through shared understanding and the decisions explained clearly",
                    "acknowledge the contributions of partners including use of logos with consent"));

    @TempDir
    static Path site;

    static Document charter;

    @BeforeAll
    static void build() {
        TestProjects.buildRealSite(site);
        charter = SiteFiles.page(site, "warwickshire/charter/index.html");
    }

    @Test
    void everyCommitmentIsOnTheCharterPageWordForWordInOrderUnderItsCornerstone() {
        List<Element> sections = charter.select("main section.section--cornerstone");
        assertEquals(COMMITMENTS.stream().map(c -> c.get(0)).toList(),
                sections.stream().map(s -> s.selectFirst("h2").text()).toList());
        int total = 0;
        for (int i = 0; i < COMMITMENTS.size(); i++) {
            List<String> expected = COMMITMENTS.get(i).subList(1, COMMITMENTS.get(i).size());
            List<String> shown = sections.get(i).select("ul.commitments > li").eachText();
            assertEquals(expected, shown, "commitments under " + COMMITMENTS.get(i).get(0));
            assertEquals("We will:", sections.get(i).selectFirst(".lead-in").text());
            total += shown.size();
        }
        assertEquals(26, total);
    }

    @Test
    void everyCommitmentHasAnAnchorThatIsUniqueOnThePage() {
        List<String> ids = charter.select("ul.commitments > li").eachAttr("id");
        assertEquals(26, ids.size());
        assertEquals(26, ids.stream().distinct().count());
        assertTrue(ids.contains("communicate-facilitate-discussion-and-listen-to-understand"), ids.toString());
    }

    @Test
    void theFourSignatoriesAppearWithTheirOrganisations() {
        Element signatories = charter.selectFirst("section.signatories");
        assertNotNull(signatories);
        List<String> people = signatories.select(".signatory-list > li").eachText();
        assertEquals(List.of(
                "Nigel Miles, Warwickshire County Council",
                "Tracey Pritchard, Coventry and Warwickshire Integrated Care Board",
                "Elaine Lamb, Warwickshire Parent Carer Voice",
                "Sam Craven, On behalf of IMPACT (Young People's Forum for SEND)"), people);
        assertTrue(signatories.text().contains("recognise Warwickshire Parent Carer Voice and IMPACT"));
    }

    @Test
    void signaturesComeAfterTheCornerstonesAndBeforeTheSpectrum() {
        List<String> headings = charter.select("main h2").eachText();
        int signatures = headings.indexOf("Signatories");
        assertTrue(signatures > headings.indexOf("Work in Partnership"), headings.toString());
        assertTrue(signatures < headings.indexOf("Spectrum of Participation"), headings.toString());
    }

    @Test
    void theSpectrumIsAnOrderedScaleFromInformationToCoProduction() {
        Element spectrum = charter.selectFirst("#spectrum-of-participation ol.spectrum");
        assertNotNull(spectrum);
        assertEquals(List.of("Information", "Consultation", "Engagement", "Co-design", "Co-production"),
                spectrum.select("> li > h3").eachText());
        // The charter prints the name in bold and its words beneath; together they make one sentence.
        assertEquals("Co-production is where everyone works together, using their skills, knowledge and experience"
                + " to create better outcomes through shared decision making",
                spectrum.selectFirst("#spectrum-co-production > .scale__words").text());
        Document page = SiteFiles.page(site, "warwickshire/spectrum/index.html");
        assertEquals(List.of("Information", "Consultation", "Engagement", "Co-design", "Co-production"),
                page.select("main ol.spectrum > li > h2").eachText());
    }

    @Test
    void theThreeLevelsOfInvolvementAppearWithTheirDefinitions() {
        List<Element> levels = charter.select("section.section--involvement .involvement");
        assertEquals(List.of("Strategic Level", "Service Level", "Individual Level"),
                levels.stream().map(l -> l.selectFirst("h3").text()).toList());
        assertTrue(levels.get(0).text().contains("Budgets and Policy decisions are the legal responsibility of the"
                + " responsible Authority (ICB, WCC)"));
        assertEquals(3, SiteFiles.page(site, "warwickshire/levels/index.html").select("main .involvement").size());
    }

    @Test
    void freeSectionsStayWhereTheCharterPutsThem() {
        List<String> headings = charter.select("main section.section > h2").eachText();
        assertEquals("Working Together in Participation", headings.get(0));
        assertEquals("Commitment", headings.get(1));
        assertEquals("Working Together Agreement – Our Commitment", headings.get(headings.size() - 1));
        assertTrue(charter.selectFirst("#trust").text().contains("Developing and nurturing each of these commitments"
                + " to build TRUST"));
    }

    @Test
    void theHomePageShowsTheCharterAtAGlanceWithTheCornerstonesAroundTrust() {
        Document home = SiteFiles.page(site, "warwickshire/index.html");
        assertEquals("Warwickshire", home.selectFirst("h1").text());
        String text = home.text();
        assertTrue(text.contains("Working Together Charter for Warwickshire SEND"));
        assertTrue(text.contains("1 November 2022"), "adopted date");
        assertTrue(text.contains("1 November 2024"), "review date");
        Element figure = home.selectFirst("figure.cornerstones");
        assertNotNull(figure);
        assertTrue(figure.selectFirst("figcaption").text().contains("with Trust at the centre"));
        assertEquals("Trust", figure.selectFirst(".cornerstones__centre").text());
        List<Element> links = figure.select(".cornerstones__parts a");
        assertEquals(4, links.size());
        for (Element link : links) {
            String href = link.attr("href");
            assertTrue(href.startsWith("charter/#"), href);
            assertNotNull(charter.getElementById(href.substring("charter/#".length())), href);
        }
        assertTrue(figure.select("img").isEmpty(), "the figure is text, not an image of text");
    }

    @Test
    void eachCornerstoneSpectrumLevelsAndExtraPageHasItsOwnPage() {
        for (String path : List.of("cornerstones/welcome-and-care", "cornerstones/value-and-include",
                "cornerstones/communicate", "cornerstones/work-in-partnership", "spectrum", "levels", "journey",
                "quotes")) {
            assertTrue(Files.isRegularFile(site.resolve("warwickshire/" + path + "/index.html")), path);
        }
        Document welcome = SiteFiles.page(site, "warwickshire/cornerstones/welcome-and-care/index.html");
        assertEquals("Welcome and Care", welcome.selectFirst("h1").text());
        assertEquals(COMMITMENTS.get(0).subList(1, 8), welcome.select("ul.commitments > li").eachText());
        assertTrue(welcome.select("ul.indicators > li").eachText().contains("All voices heard & valued"));
        Document journey = SiteFiles.page(site, "warwickshire/journey/index.html");
        assertTrue(journey.select("main h2").eachText().containsAll(
                List.of("Define", "Discover", "Dream", "Design", "Deploy", "Drumming")));
    }

    @Test
    void theFormsPromptIsLeftOutOfTheCurrentCharterWithTheReasonBesideIt() throws java.io.IOException {
        String prompt = "(Use this space to add any extra information relevant to you)";
        assertFalse(charter.select("main").text().contains("Use this space"));
        assertTrue(SiteFiles.page(site, "warwickshire/v/1.0/index.html").select("main").text().contains(prompt),
                "the released version keeps its words");
        String source = Files.readString(TestProjects.repositoryRoot().resolve("charters/warwickshire/charter.md"));
        assertFalse(source.lines().anyMatch(line -> line.equals(prompt)));
        assertTrue(source.contains("<!--\n  Left out on purpose: the printed charter has a prompt here"), source);
        // What changed from 1.0 says so in words; the note for editors is not published, so it is no change. The
        // section has no words left: the page says so, rather than quoting nothing.
        Document changes = SiteFiles.page(site, "warwickshire/changes/1.0-to-1.0.1/index.html");
        assertEquals(List.of("The section \u201cWorking Together Agreement \u2013 Our Commitment\u201d changed: [removed"
                + " words: " + prompt + "] Before: \u201c" + prompt + "\u201d Now: nothing (these words were taken out)."),
                changes.getElementById("changes-texts").parent().select("li").eachText());
    }

    @Test
    void theOneReleasedVersionHasItsPermanentPageAndAHistory() {
        Document history = SiteFiles.page(site, "warwickshire/versions/index.html");
        // 1.0.1 is the current text: 1.0 with the printed form's prompt left out (issue 14), not yet released.
        assertEquals(List.of("Version 1.0.1", "Version 1.0"), history.select("ol.history > li > h2").eachText());
        assertEquals(List.of("Nigel Miles, Warwickshire County Council",
                "Tracey Pritchard, Coventry and Warwickshire Integrated Care Board",
                "Elaine Lamb, Warwickshire Parent Carer Voice",
                "Sam Craven, IMPACT (Young People's Forum for SEND)"),
                history.select("#version-1\\.0 ul.signed > li").eachText());
        Document v1 = SiteFiles.page(site, "warwickshire/v/1.0/index.html");
        assertEquals(COMMITMENTS.get(0).subList(1, 8), v1.select("#welcome-and-care ul.commitments > li").eachText());
        assertTrue(v1.selectFirst("main .notice").text().startsWith("This is version 1.0, adopted 1 November 2022."
                + " It was replaced by version 1.0.1 on 1 November 2022."), v1.selectFirst("main .notice").text());
    }

    @Test
    void aCharterPastItsReviewDateSaysSoPlainly() {
        Document home = SiteFiles.page(site, "warwickshire/index.html");
        assertEquals("This charter is due for review. It was to be reviewed by 1 November 2024. The partners may be"
                + " working on a new version.", home.selectFirst("main .notice").text());
        assertTrue(charter.text().contains("This charter is due for review."));
    }

    @Test
    void theHubListsEveryAreaWithItsCharter() {
        Document hub = SiteFiles.page(site, "index.html");
        List<Element> areas = hub.select("ul.area-list > li");
        assertEquals(List.of("SE7 (South East 7)", "Warwickshire"), areas.stream().map(a -> a.selectFirst("h3").text())
                .toList());
        Element warwickshire = areas.get(1);
        assertEquals("warwickshire/", warwickshire.selectFirst("a").attr("href"));
        assertTrue(warwickshire.text().contains("Working Together Charter for Warwickshire SEND"));
        assertTrue(warwickshire.text().contains("1.0"));
        assertTrue(warwickshire.text().contains("1 November 2022"));
    }

    @Test
    void everyPageHasOneH1LangLandmarksAndAWorkingSkipLink() {
        for (Path file : SiteFiles.htmlFiles(site)) {
            Document page = SiteFiles.page(site, site.relativize(file).toString());
            String name = site.relativize(file).toString();
            assertEquals(1, page.select("h1").size(), name);
            assertFalse(page.selectFirst("html").attr("lang").isEmpty(), name);
            assertEquals(1, page.select("main#main").size(), name);
            assertEquals("#main", page.selectFirst("a.skip-link").attr("href"), name);
            assertNotNull(page.selectFirst("header"), name);
            assertNotNull(page.selectFirst("footer"), name);
            assertNotNull(page.selectFirst("nav[aria-label=Breadcrumb] [aria-current=page]"), name);
        }
    }

    @Test
    void noPageAsksForAnythingFromAnotherSite() {
        for (Path file : SiteFiles.htmlFiles(site)) {
            Document page = SiteFiles.page(site, site.relativize(file).toString());
            for (Element e : page.select("[src], link[href], script, iframe, object, embed, [style]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                assertFalse(url.matches("(?i)^(https?:)?//.*"), file + ": " + e);
                assertFalse(e.tagName().equals("iframe") || e.tagName().equals("object"), file + ": " + e);
            }
        }
    }

    @Test
    void everyPageCarriesAStrictContentSecurityPolicyAndNoInlineScript() {
        for (Path file : SiteFiles.htmlFiles(site)) {
            Document page = SiteFiles.page(site, site.relativize(file).toString());
            String csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), file + ": " + csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), file + ": " + csp);
            assertEquals("no-referrer", page.selectFirst("meta[name=referrer]").attr("content"), file.toString());
            assertTrue(page.select("script:not([src]), [style], style").isEmpty(), file.toString());
        }
    }

    @Test
    void everyInternalLinkLeadsToAFileThatExists() {
        for (Path file : SiteFiles.htmlFiles(site)) {
            Document page = SiteFiles.page(site, site.relativize(file).toString());
            for (Element link : page.select("a[href], link[href]")) {
                String href = link.attr("href");
                if (href.startsWith("#") || href.matches("(?i)^[a-z]+:.*")) {
                    continue;
                }
                String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                Path target = file.getParent().resolve(path).normalize();
                if (Files.isDirectory(target)) {
                    target = target.resolve("index.html");
                }
                assertTrue(Files.isRegularFile(target), file + " links to missing " + href);
            }
        }
    }
}

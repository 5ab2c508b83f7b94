package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charterkit.TestProjects;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.Area;
import org.charterkit.model.KnowledgePage;
import org.charterkit.model.Project;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parents read the guides while deciding what to do about their child's support (issue 13). The real site,
 * read back as they see it: a guide says what a charter cannot do and where to turn when things go wrong, every
 * area page leads to it, the guides and the glossary say the law as it is, and each guide shows when its facts
 * were checked and links to the public sources behind them.
 */
class RightsGuideTest {

    static final String GUIDE = "knowledge/if-things-go-wrong/index.html";

    @TempDir
    static Path site;

    static Project project;

    @BeforeAll
    static void build() {
        TestProjects.buildRealSite(site);
        project = new ProjectLoader(TestProjects.repositoryRoot(), new Diagnostics()).load(Optional.empty());
    }

    private static String prose(String path) {
        return SiteFiles.page(site, path).selectFirst("main .prose").text();
    }

    @Test
    void theGuideSaysWhatACharterCannotDoAndQuotesSe7sPromiseExactly() throws Exception {
        Document page = SiteFiles.page(site, GUIDE);
        assertEquals("If things go wrong", page.selectFirst("main h1").text());
        String text = prose(GUIDE);
        assertTrue(text.contains("A charter is not legally binding."), text);
        assertTrue(text.contains("give you a legal right, or take one away"), text);
        assertTrue(text.contains("Taking part in co-production never stops you from asking for advice, making a "
                + "complaint or appealing."), text);
        // The quotation is the SE7 charter's own words, character for character.
        String promise = "We will respect and honour your right to use the current legal framework at any time "
                + "during the pathfinder and we will assist you to do this.";
        assertTrue(text.contains("\u201c" + promise + "\u201d") || text.contains("\"" + promise + "\""), text);
        assertTrue(Files.readString(TestProjects.repositoryRoot().resolve("charters/se7/charter.md")).contains(promise));
    }

    @Test
    void theGuideNamesEveryRouteByItsOfficialNameWithAPublicAddress() {
        Document page = SiteFiles.page(site, GUIDE);
        List<String> headings = page.select("main .prose h2").eachText();
        assertTrue(headings.containsAll(List.of("Free advice: SENDIASS", "Make a complaint", "Mediation",
                "The SEND Tribunal", "The Ombudsman")), headings.toString());
        String text = prose(GUIDE);
        for (String name : List.of("special educational needs and disabilities information, advice and support "
                        + "service", "complaints process", "mediation adviser", "disagreement resolution",
                "First-tier Tribunal (Special Educational Needs and Disability)",
                "Local Government and Social Care Ombudsman")) {
            assertTrue(text.contains(name), name + " in: " + text);
        }
        Element main = page.selectFirst("main");
        for (String address : List.of("https://www.gov.uk/appeal-sen-statement-decision", "https://www.lgo.org.uk/",
                "https://councilfordisabledchildren.org.uk/about-us-0/networks/information-advice-and-support-"
                        + "services-network/find-your-local-ias-service")) {
            assertNotNull(main.selectFirst(".prose a[href=" + address + "]"), address);
        }
        // The abbreviation is explained where it is first used, like every other one.
        assertEquals("Special educational needs and disabilities information, advice and support service",
                main.selectFirst(".prose abbr:containsOwn(SENDIASS)").attr("title"));
    }

    /** Every HTML page under each area's folder, whatever kind it is, leads to the guide. */
    @Test
    void everyAreaPageLinksToTheGuide() {
        List<String> missing = new ArrayList<>();
        int pages = 0;
        for (Area area : project.areas()) {
            for (Path file : SiteFiles.htmlFiles(site)) {
                String path = site.relativize(file).toString().replace('\\', '/');
                if (!path.startsWith(area.slug() + "/")) {
                    continue;
                }
                pages++;
                URI here = URI.create("https://example.org/" + path);
                boolean links = SiteFiles.page(site, path).select("a[href]").stream()
                        .map(a -> here.resolve(a.attr("href")).getPath())
                        .anyMatch("/knowledge/if-things-go-wrong/"::equals);
                if (!links) {
                    missing.add(path);
                }
            }
        }
        assertTrue(pages >= 20, "area pages read: " + pages);
        assertTrue(missing.isEmpty(), "no link to the rights guide on: " + missing);
        Element note = SiteFiles.page(site, "warwickshire/levels/index.html").selectFirst("nav.area-nav .area-nav__help");
        assertEquals("A charter is a set of promises, not the law. It does not change your rights. "
                + "If things go wrong: where to get help", note.text());
    }

    @Test
    void theFinalDecisionLinesLeadToTheGuide() {
        for (String guide : List.of("levels-of-involvement", "work-in-partnership")) {
            Element main = SiteFiles.page(site, "knowledge/" + guide + "/index.html").selectFirst("main .prose");
            Element line = main.selectFirst("p:contains(still makes the final decision)");
            assertNotNull(line, guide);
            Element next = line.nextElementSibling();
            assertTrue(line.selectFirst("a[href=../if-things-go-wrong/]") != null
                    || next.selectFirst("a[href=../if-things-go-wrong/]") != null, guide + ": " + next.text());
            assertTrue((line.text() + next.text()).contains("rights"), guide);
        }
    }

    @Test
    void theLawGuideSaysWhatEachLawDoesAndDoesNotDo() {
        String text = prose("knowledge/the-law/index.html");
        assertFalse(text.contains("backed by law"), "the charter is not itself backed by law");
        assertTrue(text.contains("A charter is different. It is a set of promises, not a law."), text);
        // Section 19 is a duty to have regard, not a free-standing right.
        assertFalse(text.contains("you have a right to be heard"), text);
        assertTrue(text.contains("the council must take your views and your child's views into account"), text);
        assertTrue(text.contains("It does not mean the council must do what you ask."), text);
        // The Code's "must" is a legal duty; only its "should" can be departed from with reason.
        assertTrue(text.contains("a \"must\" in the code has to be done")
                || text.contains("a \u201cmust\u201d in the code has to be done"), text);
        assertTrue(text.contains("The United Kingdom agreed to follow it in 1991."), text);
        assertTrue(text.contains("You cannot use it on its own to take a case to a court in England."), text);
        // Warwickshire names five; the other two come from the VOICES National Alliance.
        assertTrue(text.contains("names five of these laws and documents"), text);
        assertTrue(text.contains("The Health and Care Act 2022 closed the CCGs on 1 July 2022."), text);
        assertTrue(text.contains("section 14Z45"), text);
        assertTrue(text.contains("priority action plan"), text);
    }

    @Test
    void theOtherFindingsAreFixedInTheGuides() {
        assertTrue(prose("knowledge/trust/index.html").contains("in four words: \u201cCo-production is about trust\u201d")
                || prose("knowledge/trust/index.html").contains("in four words: \"Co-production is about trust\""));
        String voices = prose("knowledge/voices-day/index.html");
        assertTrue(voices.contains("four of the six groups meet in their own small focus groups"), voices);
        assertTrue(voices.contains("Co-production never takes away a family's right to appeal to the tribunal."), voices);
        String value = prose("knowledge/value-and-include/index.html");
        assertTrue(value.contains("SE7 promised that parent carers would help to fill new Pathfinder jobs"), value);
        assertTrue(value.contains("Being paid can affect benefits or tax."), value);
        assertFalse(value.contains("Everyone is involved in the development of policies, systems"), "a broken line");
        assertFalse(SiteFiles.page(site, "warwickshire/cornerstones/value-and-include/index.html")
                .select("ul.indicators > li").eachText().contains("Everyone is involved in the development of policies, systems"));
        assertTrue(prose("knowledge/work-in-partnership/index.html").contains("lead all Genuine Partnerships training"));
        String inquiry = prose("knowledge/appreciative-inquiry/index.html");
        assertTrue(inquiry.contains("Discovery, Dream, Design and Destiny"), inquiry);
        assertTrue(inquiry.contains("Its document does not call them appreciative inquiry."), inquiry);
        assertTrue(prose("knowledge/self-evaluation-and-charter-gold/index.html").contains("strategic and partnership boards"));
        assertFalse(prose("knowledge/four-cornerstones/index.html").contains("If one is weak, trust suffers"));
        assertFalse(prose("knowledge/spectrum-of-participation/index.html").contains("Professionals still make the decisions"));
    }

    @Test
    void everyGuideShowsWhenItWasCheckedAndLinksItsPublicSources() {
        for (KnowledgePage guide : project.knowledgePages()) {
            Element sources = SiteFiles.page(site, "knowledge/" + guide.slug() + "/index.html")
                    .selectFirst("main section.sources");
            assertEquals("Where this comes from", sources.selectFirst("h2").text(), guide.slug());
            Element time = sources.selectFirst("p.checked time");
            assertNotNull(time, guide.slug() + " shows no checked date");
            assertEquals(guide.checked().orElseThrow().date().toString(), time.attr("datetime"));
            assertTrue(sources.selectFirst("p.checked").text().startsWith("These facts were last checked on "));
            for (KnowledgePage.Source source : guide.sources()) {
                if (!source.url().isEmpty()) {
                    Element link = sources.selectFirst("li a[href=" + source.url() + "]");
                    assertNotNull(link, guide.slug() + ": " + source.url());
                    assertEquals(source.title(), link.text());
                }
            }
        }
        Element law = SiteFiles.page(site, "knowledge/the-law/index.html").selectFirst("main section.sources");
        assertEquals("Children and Families Act 2014, section 19",
                law.selectFirst("a[href=https://www.legislation.gov.uk/ukpga/2014/6/section/19]").text());
        assertNotNull(law.selectFirst("a[href=https://www.gov.uk/government/publications/the-nhs-constitution-for-england]"));
    }

    private static String definition(Document glossary, String id) {
        Element term = glossary.getElementById(id);
        assertNotNull(term, id);
        return term.nextElementSibling().text();
    }

    @Test
    void theGlossarySaysWhatTheseWordsMean() {
        Document glossary = SiteFiles.page(site, "glossary/index.html");
        String charter = definition(glossary, "charter");
        assertTrue(charter.contains("It is not legally binding: it does not create or change anyone's legal rights."),
                charter);
        assertFalse(charter.contains("agreement"), charter);
        String cornerstone = definition(glossary, "cornerstone");
        assertTrue(cornerstone.startsWith("A basic rule for how people treat each other when they work together."),
                cornerstone);
        assertTrue(cornerstone.contains("Welcome and Care, Value and Include, Communicate, and Work in Partnership"));
        String trust = definition(glossary, "trust");
        assertTrue(trust.startsWith("Believing that others will be honest with you and will keep their promises."), trust);
        String senco = definition(glossary, "senco");
        assertTrue(senco.contains("Every teacher is still responsible for the pupils with special educational needs "
                + "in their own class."), senco);
        assertFalse(senco.contains("makes sure pupils"), senco);
        String act = definition(glossary, "children-and-families-act-2014");
        assertTrue(act.contains("must have regard to the views, wishes and feelings of children, young people and "
                + "parents"), act);
        assertFalse(act.contains("must listen"), act);
        assertFalse(definition(glossary, "nhs").contains("public health service"));
        assertTrue(definition(glossary, "wsoa").contains("priority action plan"));
        assertTrue(definition(glossary, "ccg").contains("1 July 2022"));
        // Every entry carries the day it was checked, for the check to judge.
        assertTrue(project.glossary().stream().allMatch(e -> e.checked().isPresent()));
    }
}

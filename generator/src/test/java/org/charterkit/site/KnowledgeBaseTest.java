package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterkit.TestProjects;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.GlossaryEntry;
import org.charterkit.model.Project;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real knowledge base and glossary, built with the real charters and read back as a reader sees them: the
 * guides in order, where each comes from, the glossary A to Z with addresses to link to, the way between the
 * guides and the charters, and every abbreviation explained the first time a page uses it.
 */
class KnowledgeBaseTest {

    @TempDir
    static Path site;

    static Project project;

    @BeforeAll
    static void build() {
        TestProjects.buildRealSite(site);
        project = new ProjectLoader(TestProjects.repositoryRoot(), new Diagnostics()).load(Optional.empty());
    }

    @Test
    void theKnowledgeIndexListsEveryGuideInOrderWithItsSummary() {
        Document index = SiteFiles.page(site, "knowledge/index.html");
        List<Element> items = index.select("main ul.knowledge-list > li");
        assertEquals(14, items.size());
        assertEquals("What co-production is", items.get(0).selectFirst("h3").text());
        assertEquals("The Four Cornerstones", items.get(1).selectFirst("h3").text());
        assertEquals("Welcome and Care", items.get(2).selectFirst("h3").text());
        assertTrue(items.get(2).text().contains("making everyone feel welcome, safe and cared for"), items.get(2).text());
        assertEquals("welcome-and-care/", items.get(2).selectFirst("a").attr("href"));
        assertEquals(List.of("All charters", "About co-production"), index.select("nav.breadcrumbs li").eachText());
    }

    @Test
    void aGuideShowsItsTextThenWhereItComesFrom() {
        Document page = SiteFiles.page(site, "knowledge/welcome-and-care/index.html");
        assertEquals("Welcome and Care", page.selectFirst("main h1").text());
        assertTrue(page.selectFirst("main .prose").text().contains("A warm welcome helps them feel safe enough to speak"));
        assertEquals("../four-cornerstones/", page.selectFirst("main .prose a").attr("href"));
        Element sources = page.selectFirst("main section.sources");
        assertEquals("Where this comes from", sources.selectFirst("h2").text());
        assertTrue(sources.select("li").eachText()
                .contains("The Warwickshire co-production journey and Working Together Charter"));
        assertEquals(List.of("All charters", "About co-production", "Welcome and Care"),
                page.select("nav.breadcrumbs li").eachText());
    }

    @Test
    void theWelcomeAndCareGuideListsWarwickshiresCommitmentsLinkedToItsCornerstonePage() {
        Document page = SiteFiles.page(site, "knowledge/welcome-and-care/index.html");
        Element section = page.selectFirst("main section.area-commitments");
        assertNotNull(section);
        assertEquals("How areas commit to Welcome and Care", section.selectFirst("h2").text());
        Element area = section.selectFirst("h3 a");
        assertEquals("Warwickshire", area.text());
        assertEquals("../../warwickshire/cornerstones/welcome-and-care/", area.attr("href"));
        List<String> commitments = section.select("ul.commitments > li").eachText();
        assertEquals(WarwickshireSiteTest.COMMITMENTS.get(0).subList(1, 8), commitments);
        assertTrue(commitments.contains("create a welcoming and caring space"));
        // A guide that is not about a cornerstone has no commitments to show.
        assertTrue(SiteFiles.page(site, "knowledge/the-law/index.html").select("section.area-commitments").isEmpty());
    }

    @Test
    void anAreasCornerstoneSpectrumAndLevelsPagesLinkToTheGuides() {
        Element link = SiteFiles.page(site, "warwickshire/cornerstones/welcome-and-care/index.html")
                .selectFirst("main a:containsOwn(About Welcome and Care in general)");
        assertNotNull(link);
        assertEquals("../../../knowledge/welcome-and-care/", link.attr("href"));
        assertNotNull(SiteFiles.page(site, "warwickshire/spectrum/index.html")
                .selectFirst("main a[href=../../knowledge/spectrum-of-participation/]"));
        assertNotNull(SiteFiles.page(site, "warwickshire/levels/index.html")
                .selectFirst("main a[href=../../knowledge/levels-of-involvement/]"));
    }

    @Test
    void theGlossaryListsEveryTermFromAToZWithAnAddressForEach() {
        Document glossary = SiteFiles.page(site, "glossary/index.html");
        org.jsoup.select.Elements terms = glossary.select("main dl.glossary dt");
        assertEquals(project.glossary().size(), terms.size());
        List<String> shown = terms.stream().map(Element::text).map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
        assertEquals(shown.stream().sorted().toList(), shown, "A to Z");
        Element sen = glossary.getElementById("sen");
        assertEquals("Special educational needs (SEN)", sen.text());
        assertTrue(glossary.getElementById("send").nextElementSibling().text().contains("special educational needs"));
        assertEquals("Also written PFA.", glossary.getElementById("pfa").nextElementSibling().select("p").get(1).text());
        assertNotNull(glossary.getElementById("co-production"));
        assertEquals(terms.size(), terms.eachAttr("id").stream().distinct().count(), "every address unique");
        assertEquals("../knowledge/the-law/",
                glossary.getElementById("ehcp").nextElementSibling().selectFirst("a").attr("href"));
    }

    @Test
    void theHubAndEveryFooterLinkToTheGuidesAndTheGlossary() {
        Document hub = SiteFiles.page(site, "index.html");
        assertNotNull(hub.selectFirst("main a[href=knowledge/]"));
        assertNotNull(hub.selectFirst("main a[href=glossary/]"));
        for (Path file : SiteFiles.htmlFiles(site)) {
            String path = site.relativize(file).toString().replace('\\', '/');
            Document page = SiteFiles.page(site, path);
            List<String> footer = page.select("footer.site-footer a").eachText();
            assertTrue(footer.contains("About co-production") && footer.contains("Glossary"), path + ": " + footer);
        }
    }

    /**
     * On every page of both real areas and of the knowledge base, the first use of each abbreviation the
     * glossary defines is an {@code <abbr>} whose title is the term it stands for.
     */
    @Test
    void everyAbbreviationIsExplainedOnItsFirstUseOnEveryPage() {
        Map<String, String> terms = new HashMap<>();
        for (GlossaryEntry entry : project.glossary()) {
            entry.abbreviations().forEach(a -> terms.put(a, entry.term()));
        }
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?![\\p{L}\\p{N}])");
        List<String> problems = new ArrayList<>();
        Set<String> seenAnywhere = new HashSet<>();
        int pages = 0;
        for (Path file : SiteFiles.htmlFiles(site)) {
            String path = site.relativize(file).toString().replace('\\', '/');
            if (!(path.startsWith("warwickshire/") || path.startsWith("se7/") || path.startsWith("knowledge/"))) {
                continue;
            }
            pages++;
            Element main = SiteFiles.page(site, path).selectFirst("main");
            Set<String> seen = new HashSet<>();
            NodeTraversor.traverse((node, depth) -> {
                if (!(node instanceof TextNode text) || text.parent().closest("a, code, pre") != null) {
                    return;
                }
                Matcher m = word.matcher(text.getWholeText());
                while (m.find()) {
                    String abbreviation = m.group();
                    if (terms.containsKey(abbreviation) && seen.add(abbreviation)) {
                        seenAnywhere.add(abbreviation);
                        Element parent = text.parent();
                        if (!parent.normalName().equals("abbr") || !parent.text().equals(abbreviation)
                                || !parent.attr("title").equals(terms.get(abbreviation))) {
                            problems.add(path + ": the first " + abbreviation + " is not explained, in <"
                                    + parent.normalName() + ">" + parent.text());
                        }
                    }
                }
            }, main);
        }
        assertTrue(pages > 30, "pages read: " + pages);
        assertTrue(seenAnywhere.containsAll(List.of("SEND", "ICB", "WCC", "SE7", "PFA", "NHS")), seenAnywhere.toString());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void onlyTheFirstUseOnAPageIsExplained() {
        Element main = SiteFiles.page(site, "warwickshire/charter/index.html").selectFirst("main");
        assertEquals(1, main.select("abbr:containsOwn(SEND)").size());
        assertTrue(main.text().indexOf("SEND", main.text().indexOf("SEND") + 1) > 0, "SEND is used again");
        assertFalse(main.select("a abbr").hasText(), "nothing inside a link is wrapped");
    }
}

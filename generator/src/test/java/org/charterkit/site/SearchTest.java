package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.charterkit.TestProjects;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.KnowledgePage;
import org.charterkit.model.Project;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search as the built files hold it: a labelled search form on every page that leads to the A to Z page,
 * the A to Z page listing every area and guide, and the search index, deterministic and small enough for
 * 153 areas. The search itself is tested in the browser by {@code SearchBrowserTest}.
 */
class SearchTest {

    @TempDir
    static Path site;

    static Project project;

    @BeforeAll
    static void build() {
        TestProjects.buildRealSite(site);
        project = new ProjectLoader(TestProjects.repositoryRoot(), new Diagnostics()).load(Optional.empty());
    }

    static JsonNode index(Path siteFolder) throws IOException {
        String script = Files.readString(siteFolder.resolve("search-index.js"));
        String prefix = "window.charterkitSearchIndex = ";
        assertTrue(script.startsWith(prefix) && script.endsWith(";\n"), script.substring(0, 80));
        return new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2));
    }

    /** An area's own index, from {@code <area>/search-index.js}. */
    static JsonNode areaIndex(Path siteFolder, String slug) throws IOException {
        String script = Files.readString(siteFolder.resolve(slug + "/search-index.js"));
        String prefix = "(window.charterkitSearchAreas = window.charterkitSearchAreas || {})[\"" + slug + "\"] = ";
        assertTrue(script.startsWith(prefix) && script.endsWith(";\n"), script.substring(0, 80));
        return new ObjectMapper().readTree(script.substring(prefix.length(), script.length() - 2));
    }

    static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes);
        }
        return compressed.size();
    }

    @Test
    void everyPageHasALabelledSearchFormThatLeadsToTheAToZPage() {
        List<Path> pages = SiteFiles.htmlFiles(site);
        assertTrue(pages.size() > 30, "pages: " + pages.size());
        for (Path file : pages) {
            String path = site.relativize(file).toString();
            Document page = SiteFiles.page(site, path);
            Element form = page.selectFirst("header form[role=search]");
            assertNotNull(form, path);
            assertEquals("get", form.attr("method"), path);
            assertEquals("http://localhost/a-z/", form.absUrl("action"), path);
            Element input = form.selectFirst("input[type=search][name=q]");
            assertNotNull(input, path);
            Element label = form.selectFirst("label[for=" + input.id() + "]");
            assertNotNull(label, path);
            assertEquals("Search the charters and guides", label.text(), path);
            assertNotNull(form.selectFirst("button[type=submit]"), path);
            Element status = page.getElementById("site-search-status");
            assertEquals("status", status.attr("role"), path);
            assertEquals("polite", status.attr("aria-live"), path);
            assertEquals("http://localhost/assets/search.js", page.selectFirst("head script[src]").absUrl("src"), path);
        }
    }

    @Test
    void theAToZPageListsEveryAreaAndGuideInOrder() {
        Document aToZ = SiteFiles.page(site, "a-z/index.html");
        assertEquals("A to Z of charters and guides", aToZ.selectFirst("h1").text());
        List<String> hrefs = aToZ.select("main a[href]").eachAttr("abs:href");
        for (var area : project.areas()) {
            Element link = aToZ.selectFirst("main ul.a-z-list > li > a[href=../" + area.slug() + "/]");
            assertNotNull(link, area.slug());
            assertEquals(area.charter().areaName(), link.text());
            assertTrue(hrefs.contains("http://localhost/" + area.slug() + "/charter/"), area.slug());
            for (var section : area.charter().cornerstoneSections()) {
                assertTrue(hrefs.contains("http://localhost/" + area.slug() + "/cornerstones/"
                        + section.cornerstone().id() + "/"), area.slug() + " " + section.cornerstone().id());
            }
        }
        for (KnowledgePage k : project.knowledgePages()) {
            assertTrue(hrefs.contains("http://localhost/knowledge/" + k.slug() + "/"), k.slug());
        }
        assertTrue(hrefs.contains("http://localhost/glossary/"));
        List<String> labels = aToZ.select("main ul.a-z-list > li > a").eachText();
        List<String> sorted = new ArrayList<>(labels);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(sorted, labels);
        assertEquals(project.areas().size() + project.knowledgePages().size() + 2, labels.size());
    }

    @Test
    void theWarwickshireCommitmentIsInItsAreasIndexWithTheAddressOfItsAnchor() throws IOException {
        JsonNode documents = areaIndex(site, "warwickshire").get("documents");
        JsonNode found = null;
        for (JsonNode d : documents) {
            if (d.get("t").asText().equals(
                    "facilitate discussion and listen to understand, rather than listen to respond")) {
                found = d;
            }
        }
        assertNotNull(found);
        assertEquals("Warwickshire", found.get("g").asText());
        assertEquals("Communicate", found.get("c").asText());
        String url = found.get("u").asText();
        assertTrue(url.startsWith("warwickshire/charter/#"), url);
        Document charter = SiteFiles.page(site, "warwickshire/charter/index.html");
        assertEquals(found.get("t").asText(), charter.getElementById(url.substring(url.indexOf('#') + 1)).text());
        // Not in the top-level index: a first search on a large site loads only areas' short overviews.
        assertTrue(!index(site).get("documents").findValuesAsText("t").contains(found.get("t").asText()));
    }

    @Test
    void theTopLevelIndexHasTheGuidesAndAShortOverviewOfEveryAreaThatItsOwnIndexReplaces() throws IOException {
        JsonNode top = index(site);
        JsonNode documents = top.get("documents");
        for (int i = 0; i < documents.size(); i++) {
            assertEquals(i, documents.get(i).get("id").asInt());
        }
        assertTrue(documents.findValuesAsText("g").contains("Knowledge base"));
        List<String> listed = new ArrayList<>();
        for (JsonNode area : top.get("areas")) {
            String slug = area.get("a").asText();
            listed.add(slug);
            assertEquals(Files.size(site.resolve(slug + "/search-index.js")), area.get("s").asLong(), slug);
            JsonNode overview = null;
            for (JsonNode d : documents) {
                if (slug.equals(d.path("a").asText())) {
                    overview = d;
                }
            }
            assertNotNull(overview, slug);
            assertEquals(slug + "/", overview.get("u").asText());
            JsonNode full = areaIndex(site, slug).get("documents").get(0);
            assertEquals(overview.get("id"), full.get("id"), slug);
            assertEquals(overview.get("t"), full.get("t"), slug);
            assertTrue(full.get("x").asText().startsWith(overview.get("x").asText()), slug);
        }
        assertEquals(project.areas().stream().map(a -> a.slug()).toList(), listed);
    }

    @Test
    void theIndexIsTheSameOnEveryBuild(@TempDir Path again) throws IOException {
        TestProjects.buildRealSite(again);
        assertArrayEquals(Files.readAllBytes(site.resolve("search-index.js")),
                Files.readAllBytes(again.resolve("search-index.js")));
        for (var area : project.areas()) {
            assertArrayEquals(Files.readAllBytes(site.resolve(area.slug() + "/search-index.js")),
                    Files.readAllBytes(again.resolve(area.slug() + "/search-index.js")), area.slug());
        }
    }

    /**
     * For the bench's 153 synthetic areas (bench/gen.py), what a first search loads (the search library, the
     * top-level index and the own indexes of the few areas it names) stays under 300 KB
     * compressed even when the top-level index is grown in proportion to 1,000 areas.
     */
    @Test
    void aFirstSearchOnAThousandAreasLoadsUnder300KilobytesCompressed(@TempDir Path dir) throws Exception {
        Path built = TestProjects.buildBenchAreas(dir, 153);
        int top = gzipped(Files.readAllBytes(built.resolve("search-index.js")));
        int library = gzipped(Files.readAllBytes(built.resolve("assets/minisearch/minisearch.js")));
        List<Integer> areas = new ArrayList<>();
        int documents = index(built).get("documents").size();
        int allAreas = 0;
        for (var area : index(built).get("areas")) {
            Path own = built.resolve(area.get("a").asText() + "/search-index.js");
            areas.add(gzipped(Files.readAllBytes(own)));
            documents += areaIndex(built, area.get("a").asText()).get("documents").size() - 1;
        }
        assertEquals(153, areas.size());
        allAreas = areas.stream().mapToInt(Integer::intValue).sum();
        areas.sort(java.util.Comparator.reverseOrder());
        int named = areas.stream().limit(areasNamed()).mapToInt(Integer::intValue).sum();
        long atAThousand = library + Math.round(top * 1000.0 / 153) + named;
        System.out.printf("search for 153 areas: %d documents; first search loads %,d + %,d + %,d bytes gzipped"
                + " (library, top-level index, %d largest areas); every area's index %,d bytes gzipped;"
                + " at 1,000 areas the first search would load about %,d%n", documents, library, top, named,
                areasNamed(), allAreas, atAThousand);
        assertTrue(documents > 153 * 25, "documents: " + documents);
        // Without the split the whole index would be what a first search loads: far above the top-level one.
        assertTrue(top * 4 < allAreas, "top-level " + top + ", areas " + allAreas);
        assertTrue(atAThousand < 300_000, "a first search at 1,000 areas: " + atAThousand);
    }

    /** How many areas' own indexes the search script loads before it shows results, read from the script. */
    private static int areasNamed() throws IOException {
        String script = Files.readString(TestProjects.repositoryRoot().resolve("themes/default/assets/search.js"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("var AREAS_NAMED = (\\d+);").matcher(script);
        assertTrue(m.find(), "AREAS_NAMED in search.js");
        return Integer.parseInt(m.group(1));
    }
}

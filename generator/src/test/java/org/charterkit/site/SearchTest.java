package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
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
    void theIndexHasTheWarwickshireCommitmentWithTheAddressOfItsAnchor() throws IOException {
        JsonNode documents = index(site).get("documents");
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
        for (int i = 0; i < documents.size(); i++) {
            assertEquals(i, documents.get(i).get("id").asInt());
        }
        assertTrue(documents.findValuesAsText("g").contains("Knowledge base"));
    }

    @Test
    void theIndexIsTheSameOnEveryBuild(@TempDir Path again) throws IOException {
        TestProjects.buildRealSite(again);
        assertArrayEquals(Files.readAllBytes(site.resolve("search-index.js")),
                Files.readAllBytes(again.resolve("search-index.js")));
    }

    /** The index for the bench's 153 synthetic areas (bench/gen.py) stays under 1 MB compressed. */
    @Test
    void theIndexFor153AreasIsUnderOneMegabyteCompressed(@TempDir Path dir) throws Exception {
        Path gen = TestProjects.repositoryRoot().resolve("bench/gen.py");
        Path root = TestProjects.emptyProject(dir.resolve("project"));
        Process python;
        try {
            python = new ProcessBuilder("python3", gen.toString(), "--areas", "153", "--framework",
                    root.resolve("content/frameworks/four-cornerstones.yml").toString(), "--charterkit",
                    root.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is needed to generate the bench's areas: " + e.getMessage());
            return;
        }
        String said = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, python.waitFor(), said);
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(root, dir.resolve("site"))
                .on(TestProjects.BUILD_DAY).printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        byte[] bytes = Files.readAllBytes(dir.resolve("site/search-index.js"));
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes);
        }
        int documents = index(dir.resolve("site")).get("documents").size();
        System.out.printf("search index for 153 areas: %d documents, %,d bytes, %,d bytes gzipped%n", documents,
                bytes.length, compressed.size());
        assertTrue(documents > 153 * 25, "documents: " + documents);
        assertTrue(compressed.size() < 1_000_000, "gzipped: " + compressed.size());
    }
}

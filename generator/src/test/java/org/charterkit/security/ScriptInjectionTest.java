package org.charterkit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.charterkit.TestProjects;
import org.charterkit.accessibility.ServedSite;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;

/**
 * A pull request from someone we do not know must not put script on a council's site. Each of the filter-evasion
 * vectors in {@code xss/vectors.txt} (after OWASP's cheat sheet) goes into every field a contributor controls, one
 * area per vector; the built site must hold no executable script, event handler or dangerous URL, and no dialog
 * may open in the browser.
 */
class ScriptInjectionTest {

    static final Path VECTORS = Path.of("src/test/resources/xss/vectors.txt");
    static final Set<String> OUR_META = Set.of("charset", "viewport", "Content-Security-Policy", "referrer",
            "description", "generator");

    @TempDir
    static Path dir;

    static List<String> vectors;
    static Path site;

    @BeforeAll
    static void buildHostileAreas() throws IOException {
        vectors = Files.readAllLines(VECTORS).stream().filter(v -> !v.isBlank()).toList();
        assertTrue(vectors.size() >= 50, "at least 50 vectors: " + vectors.size());
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        for (int i = 0; i < vectors.size(); i++) {
            Path area = project.resolve("charters/hostile-" + i);
            TestProjects.write(area.resolve("charter.md"), charter(vectors.get(i), i));
            TestProjects.write(area.resolve("pages/notes.md"), "---\ntitle: " + yaml(vectors.get(i))
                    + "\nsummary: " + yaml(vectors.get(i)) + "\n---\n\n" + vectors.get(i) + "\n\n## "
                    + vectors.get(i) + "\n\nText " + vectors.get(i) + " more.\n");
        }
        site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, site).on(TestProjects.BUILD_DAY));
        assertTrue(result.succeeded(), result.diagnostics().stream().filter(d -> d.isError()).toList().toString());
    }

    /** A YAML double-quoted scalar holding the text exactly. */
    static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    }

    /**
     * Inline places first (the commitments), block places after the cornerstones: an unclosed {@code <script} is,
     * by CommonMark's rules, raw HTML to the end of the file, and would hide the cornerstones from the check.
     */
    static String charter(String v, int i) {
        return """
                ---
                title: %1$s
                area: %1$s
                version: "1.0"
                status: adopted
                adopted: 2023-01-15
                framework: four-cornerstones
                summary: %1$s
                recognition: %1$s
                contact:
                  name: %1$s
                  email: %1$s
                  phone: %1$s
                partners:
                  - id: council
                    name: %1$s
                    short: %1$s
                signatories:
                  - name: %1$s
                    partner: council
                    role: %1$s
                changes:
                  - %1$s
                ---

                ## Welcome and Care

                - commitment %3$d: %2$s
                - a plain commitment

                ## Value and Include

                - we include %2$s and more

                ## Communicate

                - we talk %2$s

                ## Work in Partnership

                - we work %2$s

                ## Trust

                %2$s

                ## Spectrum of Participation

                ### Information

                %2$s

                ## Levels of Involvement

                ### Strategic Level

                %2$s

                ## %2$s

                %2$s
                """.formatted(yaml(v), v, i);
    }

    static List<Path> outputFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    @Test
    void noPageHoldsScriptEventHandlersOrDangerousUrls() throws IOException {
        List<Path> files = outputFiles();
        assertTrue(files.size() > vectors.size() * 10, "pages built: " + files.size());
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            String name = site.relativize(file).toString();
            Document page = file.toString().endsWith(".xml")
                    ? Jsoup.parse(Files.readString(file), "", Parser.xmlParser())
                    : Jsoup.parse(file.toFile(), "UTF-8");
            for (Element e : page.getAllElements()) {
                String tag = e.normalName();
                if (Set.of("script", "iframe", "frame", "frameset", "object", "embed", "form", "base", "style",
                        "link").contains(tag) && !(tag.equals("link") && isOurLink(e))
                        && !(tag.equals("script") && isOurScript(e)) && !(tag.equals("form") && isOurForm(e))) {
                    found.add(name + ": <" + tag + "> " + e.outerHtml());
                }
                if (tag.equals("meta") && !isOurMeta(e)) {
                    found.add(name + ": " + e.outerHtml());
                }
                for (Attribute a : e.attributes()) {
                    String key = a.getKey().toLowerCase(Locale.ROOT);
                    String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                    if (key.startsWith("on") || key.equals("style")) {
                        found.add(name + ": attribute " + key + " on " + e.outerHtml());
                    }
                    if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
                        found.add(name + ": dangerous URL in " + key + " on " + e.outerHtml());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static boolean isOurLink(Element e) {
        String rel = e.attr("rel");
        return (rel.equals("stylesheet") && e.attr("href").endsWith("assets/charterkit.css"))
                || (rel.equals("alternate") && e.attr("href").endsWith("feed.xml"))
                || (rel.equals("self") || rel.equals("alternate")) && e.ownerDocument() != null
                        && e.ownerDocument().selectFirst("feed") != null;
    }

    /**
     * The theme's scripts: in the head, from the site's assets, with no code of their own: the search on every
     * page, and the self-evaluation form's on that page alone.
     */
    private static boolean isOurScript(Element e) {
        return e.parent() != null && e.parent().normalName().equals("head") && e.childNodeSize() == 0
                && e.attributes().size() == 2 && e.hasAttr("defer")
                && (e.attr("src").matches("(\\.\\./)*assets/search\\.js")
                        || e.attr("src").matches("(\\.\\./)*assets/self-evaluation\\.js") && isSelfEvaluation(e));
    }

    /** The page made from the theme's self-evaluation template: its form is the theme's, not a charter's. */
    private static boolean isSelfEvaluation(Element e) {
        return e.ownerDocument() != null && e.ownerDocument().selectFirst("main form#self-evaluation") != null
                && e.ownerDocument().select("form").size() == 2;
    }

    /**
     * The theme's search form: in the site's header, sending its words to the A to Z page of the site ({@code ./}
     * on that page itself; SearchTest checks where every form leads).
     */
    private static boolean isOurForm(Element e) {
        if (e.id().equals("self-evaluation")) {
            // The theme's self-evaluation form never sends anything anywhere: its script keeps the answers.
            return isSelfEvaluation(e) && e.attr("action").equals("#") && e.attr("method").equals("get");
        }
        return e.parent() != null && e.parent().parent() != null && e.parent().parent().hasClass("site-header")
                && e.attr("role").equals("search") && e.attr("method").equals("get")
                && e.attr("action").matches("(\\.\\./)*a-z/|\\./");
    }

    private static boolean isOurMeta(Element e) {
        return e.hasAttr("charset") || OUR_META.contains(e.attr("name")) || OUR_META.contains(e.attr("http-equiv"));
    }

    @Test
    void noPrintedCharterHoldsScriptOrADangerousLink() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> walk = Files.walk(site)) {
            pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertFalse(pdfs.isEmpty(), "the hostile areas were printed too");
        List<String> found = new ArrayList<>();
        for (Path pdf : pdfs) {
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                var names = doc.getDocumentCatalog().getNames();
                if (names != null && names.getJavaScript() != null) {
                    found.add(pdf + ": document JavaScript");
                }
                if (doc.getDocumentCatalog().getOpenAction() != null) {
                    found.add(pdf + ": an action on opening");
                }
                for (var page : doc.getPages()) {
                    for (var annotation : page.getAnnotations()) {
                        if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                                && link.getAction() != null
                                && !(link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri
                                        && uri.getURI().matches("(?i)(https?:|mailto:|#).*"))
                                && !(link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo)) {
                            found.add(pdf + ": a link that does " + link.getAction().getType());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theWordsStillReachTheReaderAsText() throws IOException {
        // Cleaning must not swallow the contributor's words: shown as text, not run.
        Document home = Jsoup.parse(site.resolve("hostile-0/index.html").toFile(), "UTF-8");
        assertEquals(vectors.get(0), home.selectFirst("h1").text());
    }

    @Test
    void noDialogOpensInTheBrowser() throws Exception {
        try (ServedSite served = ServedSite.folder(site)) {
            List<String> dialogs = new ArrayList<>();
            for (String page : served.pages) {
                served.open(page);
                try {
                    String text = served.browser.driver.switchTo().alert().getText();
                    dialogs.add(page + ": " + text);
                    served.browser.driver.switchTo().alert().dismiss();
                } catch (NoAlertPresentException expected) {
                    // No dialog: what we want.
                }
            }
            assertTrue(served.pages.size() > vectors.size() * 10, "pages opened: " + served.pages.size());
            assertEquals(List.of(), dialogs);
        }
    }
}

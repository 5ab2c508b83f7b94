package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.shapes.ShapeProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages of the charters shaped as other areas write them (own cornerstone names, prose values, pledges, a
 * feedback link and a page in Welsh), and of the Urdu area written right to left, pass what every real page
 * passes: axe in the light and dark scheme, no
 * sideways scrolling at 320 pixels, text at twice its size, reading comfort and keyboard use.
 */
class ShapesAccessibilityTest {

    @TempDir
    static Path dir;

    static ServedSite site;
    static List<String> pages;

    @BeforeAll
    static void start() throws Exception {
        Path out = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(ShapeProjects.projectWithUrdu(dir.resolve(
                "project")), out).on(ShapeProjects.DAY).printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        site = ServedSite.folder(out);
        pages = new ArrayList<>(site.pages.stream()
                .filter(p -> ShapeProjects.SHAPES.stream().anyMatch(area -> p.startsWith(area + "/"))
                        || p.startsWith(ShapeProjects.URDU + "/")).toList());
        pages.addAll(List.of("", "compare/", "knowledge/welcome-and-care/"));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    private static List<String> onEachPage(java.util.function.BiFunction<Browser, String, List<String>> check) {
        List<String> found = new ArrayList<>();
        for (String page : pages) {
            site.open(page);
            found.addAll(check.apply(site.browser, page));
        }
        return found;
    }

    @Test
    void noAxeViolationsInTheLightOrDarkScheme() {
        assertTrue(pages.size() >= 40, pages.toString());
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            site.browser.colourScheme(scheme);
            violations.addAll(onEachPage((browser, page) -> {
                List<String> found = new ArrayList<>(AxeAudit.violations(browser, page + " [" + scheme + "]"));
                found.addAll(AxeAudit.enhancedContrast(browser, page + " [" + scheme + "]"));
                return found;
            }));
        }
        site.browser.colourScheme("light");
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void reflowTextSizeReadingAndKeyboard() {
        List<String> problems = new ArrayList<>();
        site.browser.width(320);
        problems.addAll(onEachPage(LayoutChecks::reflow));
        site.browser.width(1280);
        problems.addAll(onEachPage(LayoutChecks::textAt200Percent));
        problems.addAll(onEachPage(LayoutChecks::reading));
        problems.addAll(onEachPage(LayoutChecks::keyboard));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}

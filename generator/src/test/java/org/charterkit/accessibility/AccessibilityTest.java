package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charterkit.TestProjects;
import org.charterkit.serve.SiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of every real area and the hub, served over loopback and opened in Chromium, passes axe-core's
 * WCAG 2.2 AA and best-practice rules in the light and the dark colour scheme.
 */
class AccessibilityTest {

    @TempDir
    static Path dir;

    static SiteServer server;
    static Browser browser;
    static List<String> pages;

    @BeforeAll
    static void start() throws Exception {
        Path site = dir.resolve("site");
        TestProjects.buildRealSite(site);
        pages = SitePages.all(site);
        server = SiteServer.start(site, "127.0.0.1", 0);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyPageHasNoAxeViolationsInTheLightOrDarkScheme() {
        assertTrue(pages.size() >= 15, "pages found: " + pages);
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.colourScheme(scheme);
            for (String page : pages) {
                browser.driver.get(server.url() + page);
                violations.addAll(AxeAudit.violations(browser, page + " [" + scheme + "]"));
                violations.addAll(AxeAudit.enhancedContrast(browser, page + " [" + scheme + "]"));
            }
        }
        assertTrue(violations.isEmpty(), violations.size() + " accessibility violations:\n"
                + String.join("\n", violations));
        recordOrCompare();
    }

    /** Keeps content/accessibility-testing.yml true to this run; see {@link TestingRecord}. */
    private static void recordOrCompare() {
        String axe = new com.deque.html.axecore.selenium.AxeBuilder().withTags(AxeAudit.TAGS)
                .analyze(browser.driver).getTestEngine().getVersion();
        String chromium = browser.driver.getCapabilities().getBrowserVersion();
        List<String> tools = TestingRecord.tools(axe, chromium);
        String result = "no accessibility problems found on any page";
        if (TestingRecord.recording()) {
            try {
                TestingRecord.write(tools, pages.size(), result);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return;
        }
        var record = TestingRecord.current().orElseThrow(() -> new AssertionError(
                "content/accessibility-testing.yml is missing: run `mvn -B verify -Dcharterkit.recordAccessibility=true`"));
        String again = "; run `mvn -B verify -Dcharterkit.recordAccessibility=true` to record this run";
        assertEquals(TestingRecord.CHECKS, record.checks(), "the record lists other checks" + again);
        assertEquals(pages.size(), record.pages(), "the record counts other pages" + again);
        // Chromium follows Debian's updates on each machine; the tools the project pins must match exactly.
        assertEquals(tools.subList(0, 2), record.tools().subList(0, Math.min(2, record.tools().size())),
                "the record names other tool versions" + again);
        assertEquals(result, record.result(), "the record reports another result" + again);
    }
}

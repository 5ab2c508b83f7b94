package org.charterkit.accessibility;

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
            }
        }
        assertTrue(violations.isEmpty(), violations.size() + " accessibility violations:\n"
                + String.join("\n", violations));
    }
}

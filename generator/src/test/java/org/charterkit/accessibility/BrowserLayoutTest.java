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

/** Reflow, text size and keyboard use of every real page, measured in Chromium. */
class BrowserLayoutTest {

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
    void noPageScrollsSidewaysAt320Pixels() {
        browser.width(320);
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.driver.get(server.url() + page);
            problems.addAll(LayoutChecks.reflow(browser, page));
        }
        browser.width(1280);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void nothingIsCutOffWithTextAtTwiceItsSize() {
        browser.width(1280);
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.driver.get(server.url() + page);
            problems.addAll(LayoutChecks.textAt200Percent(browser, page));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void bodyTextIsAtLeast19PixelsWithLinesOfAtMost75Characters() {
        browser.width(1280);
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.driver.get(server.url() + page);
            problems.addAll(LayoutChecks.reading(browser, page));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyControlIsReachedByKeyboardInOrderWithVisibleFocusAndRoomToPress() {
        browser.width(1280);
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            browser.driver.get(server.url() + page);
            problems.addAll(LayoutChecks.keyboard(browser, page));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}

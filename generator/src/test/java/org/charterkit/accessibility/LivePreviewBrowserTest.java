package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.serve.LivePreview;
import org.charterkit.serve.LiveReload;
import org.charterkit.serve.SiteServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live preview in Chromium: a page stays open while its charter is edited on disk, and the page changes by
 * itself: the new words, then the problem page for a broken edit, then the site again once it is fixed. The test
 * never reloads or navigates the page after opening it.
 */
class LivePreviewBrowserTest {

    static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void anOpenPageFollowsEditsMistakesAndTheirFix(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        Path charter = project.resolve("charters/warwickshire/charter.md");
        String original = Files.readString(charter);
        LiveReload reload = new LiveReload();
        try (LivePreview preview = new LivePreview(BuildRequest.build(project, dir.resolve("unused"))
                .on(TestProjects.BUILD_DAY).printing(false), "test", reload, report -> { });
                SiteServer server = SiteServer.start(preview, Optional.of(reload), "127.0.0.1", 0,
                        SiteServer.READ_TIMEOUT);
                Browser browser = new Browser()) {
            assertTrue(preview.start().result().succeeded());
            browser.driver.get(server.url() + "warwickshire/charter/");
            assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains("Working Together"),
                    browser.driver.findElement(By.tagName("h1")).getText());
            // The page has opened its event stream before anything is edited.
            waitUntil(browser, b -> reload.listeners() > 0, "the page to listen for changes");
            Object marker = browser.script("window.charterkitTestMarker = 'before'; return window.charterkitTestMarker;");
            assertEquals("before", marker);

            String newWords = "A sentence written while the page was open.";
            String renumbered = original.replaceFirst("\nversion: \"[^\"]+\"\n", "\nversion: \"99.1\"\n");
            Files.writeString(charter, renumbered + "\n\n" + newWords + "\n");
            waitUntil(browser, b -> b.driver.findElement(By.tagName("main")).getText().contains(newWords),
                    "the new words on the open page");
            // The words arrived by the page reloading itself: the test's own marker is gone.
            assertEquals(null, browser.script("return window.charterkitTestMarker || null;"));

            // A broken edit: a framework there is none of.
            Files.writeString(charter, renumbered.replace("framework: four-cornerstones", "framework: no-such-framework")
                    + "\n\nAnother sentence.\n");
            waitUntil(browser, b -> b.driver.findElement(By.tagName("h1")).getText()
                    .equals("The site cannot be shown yet"), "the problem page");
            String problems = browser.driver.findElement(By.tagName("main")).getText();
            assertTrue(problems.contains("charters/warwickshire/charter.md:8:1"), problems);
            assertTrue(problems.contains("there is no framework `no-such-framework`"), problems);
            assertTrue(problems.contains("How to fix it: use one of:"), problems);
            Files.write(Path.of("target/live-preview-problems.png"), browser.driver.getScreenshotAs(OutputType.BYTES));
            // The problem page is read by the same people as the site: it meets the same accessibility checks.
            java.util.List<String> found = AxeAudit.violations(browser, "warwickshire/charter/ (problem page)");
            assertTrue(found.isEmpty(), String.join("\n", found));

            // The fix brings the page back, with the words as they now are.
            Files.writeString(charter, renumbered + "\n\nAnother sentence.\n");
            waitUntil(browser, b -> b.driver.findElement(By.tagName("main")).getText().contains("Another sentence."),
                    "the page back after the fix");
            assertTrue(browser.driver.findElement(By.tagName("h1")).getText().contains("Working Together"));
            Files.write(Path.of("target/live-preview-fixed.png"), browser.driver.getScreenshotAs(OutputType.BYTES));
        }
    }

    static void waitUntil(Browser browser, java.util.function.Function<Browser, Boolean> done, String what) {
        new WebDriverWait(browser.driver, PATIENCE).ignoring(WebDriverException.class)
                .withMessage("waited for " + what).until(driver -> done.apply(browser));
    }
}

package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.charterkit.serve.SiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page broken on purpose (no alt text, faint text, a skipped heading level, a box wider than a phone, no focus
 * indicator, a tiny target) makes each check fail with a message that names the problem: proof that the checks
 * that pass on the real pages can fail.
 */
class BrokenPageTest {

    static SiteServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = SiteServer.start(Path.of("src/test/resources/accessibility"), "127.0.0.1", 0);
        browser = new Browser();
        browser.driver.get(server.url() + "broken/");
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
    void axeReportsTheMissingAltTextTheFaintTextAndTheSkippedHeading() {
        String report = String.join("\n", AxeAudit.violations(browser, "broken/"));
        assertTrue(report.contains("broken/: image-alt (critical)"), report);
        assertTrue(report.contains("broken/: color-contrast (serious)"), report);
        assertTrue(report.contains("broken/: heading-order (moderate)"), report);
        assertTrue(report.contains("see https://dequeuniversity.com/rules/axe/"), report);
        String enhanced = String.join("\n", AxeAudit.enhancedContrast(browser, "broken/"));
        assertTrue(enhanced.contains("broken/: color-contrast-enhanced (serious)"), enhanced);
        assertTrue(enhanced.contains("<p class=\"grey\">"), enhanced);
    }

    @Test
    void theTextSizeCheckReportsTextCutOffAt200Percent() {
        browser.width(1280);
        browser.driver.navigate().refresh();
        String zoom = String.join("\n", LayoutChecks.textAt200Percent(browser, "broken/"));
        assertTrue(zoom.contains("broken/ at 200% text: clips its text: a.tiny: two"), zoom);
    }

    @Test
    void theReadingCheckReportsSmallText() {
        browser.width(1280);
        browser.driver.navigate().refresh();
        String reading = String.join("\n", LayoutChecks.reading(browser, "broken/"));
        assertTrue(reading.contains("broken/: text smaller than 19 px (16px)"), reading);
    }

    @Test
    void theLayoutChecksReportSidewaysScrollingNoFocusIndicatorAndATinyTarget() {
        browser.width(320);
        browser.driver.navigate().refresh();
        List<String> reflow = LayoutChecks.reflow(browser, "broken/");
        browser.width(1280);
        browser.driver.navigate().refresh();
        String keyboard = String.join("\n", LayoutChecks.keyboard(browser, "broken/"));
        assertTrue(reflow.toString().contains("broken/: scrolls sideways by"), reflow.toString());
        assertTrue(keyboard.contains("no visible focus indicator on <a> \"one\""), keyboard);
        assertTrue(keyboard.contains("target smaller than 24 by 24 px: <a> \"two\""), keyboard);
    }
}

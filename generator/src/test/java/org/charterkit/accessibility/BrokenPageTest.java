package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page broken on purpose (no alt text, faint and grey text, a skipped heading level, a box wider than a phone,
 * small text, no focus indicator, a tiny target that cuts its text off) makes each check fail with a message
 * that names the problem: proof that the checks that pass on the real pages can fail.
 */
class BrokenPageTest {

    static ServedSite site;

    @BeforeAll
    static void start() throws Exception {
        site = ServedSite.folder(Path.of("src/test/resources/accessibility"));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    /** The broken page, freshly loaded at a width, with everything each check reports joined into one text. */
    private static String check(int width, java.util.function.BiFunction<Browser, String, java.util.List<String>> check) {
        site.browser.width(width);
        site.open("broken/");
        return String.join("\n", check.apply(site.browser, "broken/"));
    }

    @Test
    void axeReportsTheMissingAltTextTheFaintTextAndTheSkippedHeading() {
        String report = check(1280, AxeAudit::violations);
        assertTrue(report.contains("broken/: image-alt (critical)"), report);
        assertTrue(report.contains("broken/: color-contrast (serious)"), report);
        assertTrue(report.contains("broken/: heading-order (moderate)"), report);
        assertTrue(report.contains("see https://dequeuniversity.com/rules/axe/"), report);
        String enhanced = check(1280, AxeAudit::enhancedContrast);
        assertTrue(enhanced.contains("broken/: color-contrast-enhanced (serious)"), enhanced);
        assertTrue(enhanced.contains("<p class=\"grey\">"), enhanced);
    }

    @Test
    void theLayoutChecksReportSidewaysScrollingNoFocusIndicatorAndATinyTarget() {
        String reflow = check(320, LayoutChecks::reflow);
        assertTrue(reflow.contains("broken/: scrolls sideways by"), reflow);
        String keyboard = check(1280, LayoutChecks::keyboard);
        assertTrue(keyboard.contains("no visible focus indicator on <a> \"one\""), keyboard);
        assertTrue(keyboard.contains("target smaller than 24 by 24 px: <a> \"two\""), keyboard);
    }

    @Test
    void theTextSizeCheckReportsTextCutOffAt200Percent() {
        String zoom = check(1280, LayoutChecks::textAt200Percent);
        assertTrue(zoom.contains("broken/ at 200% text: clips its text: a.tiny: two"), zoom);
    }

    @Test
    void theReadingCheckReportsSmallText() {
        String reading = check(1280, LayoutChecks::reading);
        assertTrue(reading.contains("broken/: text smaller than 19 px (16px)"), reading);
    }
}

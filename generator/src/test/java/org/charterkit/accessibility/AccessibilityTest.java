package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;

/**
 * Every page of every real area and the hub, served over loopback and opened in Chromium, passes axe-core's
 * WCAG 2.2 AA and best-practice rules, and its AAA contrast rule, in the light and the dark colour scheme.
 */
class AccessibilityTest extends RealSiteBrowserTest {

    @Test
    void everyPageHasNoAxeViolationsInTheLightOrDarkScheme() {
        assertTrue(site.pages.size() >= 15, "pages found: " + site.pages);
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            site.browser.colourScheme(scheme);
            violations.addAll(site.onEveryPage((browser, page) -> {
                List<String> found = new ArrayList<>(AxeAudit.violations(browser, page + " [" + scheme + "]"));
                found.addAll(AxeAudit.enhancedContrast(browser, page + " [" + scheme + "]"));
                return found;
            }));
        }
        assertTrue(violations.isEmpty(), violations.size() + " accessibility violations:\n"
                + String.join("\n", violations));
        recordOrCompare();
    }

    /** Keeps content/accessibility-testing.yml true to this run; see {@link TestingRecord}. */
    private static void recordOrCompare() {
        String axe = new AxeBuilder().withTags(AxeAudit.TAGS).analyze(site.browser.driver).getTestEngine().getVersion();
        String chromium = site.browser.driver.getCapabilities().getBrowserVersion();
        List<String> tools = TestingRecord.tools(axe, chromium);
        String result = "no accessibility problems found on any page";
        if (TestingRecord.recording()) {
            try {
                TestingRecord.write(tools, site.pages.size(), result);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        var record = TestingRecord.current().orElseThrow(() -> new AssertionError(
                "content/accessibility-testing.yml is missing: run `mvn -B verify -Dcharterkit.recordAccessibility=true`"));
        String again = "; run `mvn -B verify -Dcharterkit.recordAccessibility=true` to record this run";
        assertEquals(TestingRecord.CHECKS, record.checks(), "the record lists other checks" + again);
        assertEquals(site.pages.size(), record.pages(), "the record counts other pages" + again);
        // Chromium follows Debian's updates on each machine; the tools the project pins must match exactly.
        assertEquals(tools.subList(0, 2), record.tools().subList(0, Math.min(2, record.tools().size())),
                "the record names other tool versions" + again);
        assertEquals(result, record.result(), "the record reports another result" + again);
    }
}

package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reflow, text size, reading comfort and keyboard use of every real page, measured in Chromium. */
class BrowserLayoutTest extends RealSiteBrowserTest {

    @BeforeEach
    void desktopWidth() {
        site.browser.width(1280);
    }

    private static void assertNone(List<String> problems) {
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void noPageScrollsSidewaysAt320Pixels() {
        site.browser.width(320);
        assertNone(site.onEveryPage(LayoutChecks::reflow));
    }

    @Test
    void nothingIsCutOffWithTextAtTwiceItsSize() {
        assertNone(site.onEveryPage(LayoutChecks::textAt200Percent));
    }

    @Test
    void bodyTextIsAtLeast19PixelsWithLinesOfAtMost75Characters() {
        assertNone(site.onEveryPage(LayoutChecks::reading));
    }

    @Test
    void everyControlIsReachedByKeyboardInOrderWithVisibleFocusAndRoomToPress() {
        assertNone(site.onEveryPage(LayoutChecks::keyboard));
    }
}

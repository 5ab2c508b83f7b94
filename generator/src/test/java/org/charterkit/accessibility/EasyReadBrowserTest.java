package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Easy Read pages and the home pages that open with the part for families, in Chromium: no axe violations in
 * either colour scheme, the picture left of its words on a wide screen and above them on a phone, and words
 * larger than a standard page's.
 */
class EasyReadBrowserTest extends RealSiteBrowserTest {

    static final List<String> PAGES = List.of("warwickshire/easy-read/", "se7/easy-read/", "warwickshire/", "se7/");

    @Test
    void theEasyReadPagesAndThePartForFamiliesHaveNoAxeViolations() {
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            site.browser.colourScheme(scheme);
            for (String page : PAGES) {
                site.open(page);
                violations.addAll(AxeAudit.violations(site.browser, page + " [" + scheme + "]"));
                violations.addAll(AxeAudit.enhancedContrast(site.browser, page + " [" + scheme + "]"));
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePictureStandsLeftOfItsWordsAndAboveThemOnAPhoneInLargerText() {
        String measure = "const item = document.querySelector('.easy-read__item');"
                + "const p = item.querySelector('img').getBoundingClientRect();"
                + "const w = item.querySelector('.easy-read__words').getBoundingClientRect();"
                + "return {pictureRight: p.right, pictureBottom: p.bottom, wordsLeft: w.left, wordsTop: w.top,"
                + " size: parseFloat(getComputedStyle(item.querySelector('.easy-read__words p')).fontSize),"
                + " standard: parseFloat(getComputedStyle(document.body).fontSize)};";
        for (int width : new int[] {1280, 360}) {
            site.browser.width(width);
            site.open("warwickshire/easy-read/");
            Map<String, Number> m = (Map<String, Number>) site.browser.script(measure);
            if (width == 1280) {
                assertTrue(m.get("pictureRight").doubleValue() <= m.get("wordsLeft").doubleValue(), m.toString());
            } else {
                assertTrue(m.get("pictureBottom").doubleValue() <= m.get("wordsTop").doubleValue(), m.toString());
            }
            assertTrue(m.get("size").doubleValue() >= 1.2 * m.get("standard").doubleValue(), m.toString());
        }
    }
}

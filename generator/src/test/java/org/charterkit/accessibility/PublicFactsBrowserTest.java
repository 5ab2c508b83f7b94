package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The facts about a charter in Chromium (issue 17): the compare page read on a phone and on a desktop, the
 * signatories as a screen reader is given them (the accessibility tree), and the rules beside them in the dark.
 */
class PublicFactsBrowserTest extends RealSiteBrowserTest {

    @Test
    @SuppressWarnings("unchecked")
    void theComparePageShowsCardsOnAPhoneAndTheWholeTableOnADesktop() {
        String measure = """
                const region = document.querySelector('.compare-views__table');
                const table = region.querySelector('table');
                const cards = [...document.querySelectorAll('.compare-card')];
                const lead = document.querySelector('main .lead').getBoundingClientRect();
                return {
                  overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                  viewport: document.documentElement.clientWidth,
                  tableShown: getComputedStyle(region).display !== 'none',
                  regionScrolls: region.scrollWidth - region.clientWidth,
                  tableWidth: table.getBoundingClientRect().width,
                  tableRight: table.getBoundingClientRect().right,
                  leadWidth: lead.width,
                  cardsShown: cards.filter(c => c.getClientRects().length > 0).length,
                  cardsRight: Math.max(...cards.map(c => c.getBoundingClientRect().right)),
                  cardsClipped: cards.filter(c => c.scrollWidth > c.clientWidth + 1).length,
                  cards: cards.length
                };""";
        site.browser.width(360);
        site.open("compare/");
        Map<String, Number> phone = numbers((Map<String, Object>) site.browser.script(measure));
        assertEquals(0, phone.get("overflow").intValue(), "the page does not scroll sideways at 360 px: " + phone);
        assertEquals(0, phone.get("tableShown").intValue(), "the table gives way to cards: " + phone);
        assertEquals(phone.get("cards").intValue(), phone.get("cardsShown").intValue(), phone.toString());
        assertTrue(phone.get("cardsRight").doubleValue() <= phone.get("viewport").doubleValue(), phone.toString());
        assertEquals(0, phone.get("cardsClipped").intValue(), phone.toString());

        site.browser.width(1280);
        site.open("compare/");
        Map<String, Number> desktop = numbers((Map<String, Object>) site.browser.script(measure));
        assertEquals(1, desktop.get("tableShown").intValue(), desktop.toString());
        assertEquals(0, desktop.get("cardsShown").intValue(), "one form at a time: " + desktop);
        assertTrue(desktop.get("regionScrolls").intValue() <= 0, "the whole table shows, not clipped: " + desktop);
        assertTrue(desktop.get("tableRight").doubleValue() <= desktop.get("viewport").doubleValue(), desktop.toString());
        // The table takes the site's width, wider than the reading width of the words above it.
        assertTrue(desktop.get("tableWidth").doubleValue() > desktop.get("leadWidth").doubleValue(), desktop.toString());
        assertEquals(0, desktop.get("overflow").intValue(), desktop.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aScreenReaderIsGivenEachSignatorysNameAndOrganisationApartWithAPause() {
        site.browser.width(1280);
        site.open("warwickshire/charter/");
        Map<String, Object> document = site.browser.driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
        Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
        Object list = site.browser.driver.executeCdpCommand("DOM.querySelector",
                Map.of("nodeId", root, "selector", "main .signatory-list")).get("nodeId");
        Object backend = ((Map<String, Object>) site.browser.driver.executeCdpCommand("DOM.describeNode",
                Map.of("nodeId", list)).get("node")).get("backendNodeId");
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) site.browser.driver
                .executeCdpCommand("Accessibility.getFullAXTree", Map.of()).get("nodes");
        Map<String, Map<String, Object>> byId = new HashMap<>();
        nodes.forEach(n -> byId.put((String) n.get("nodeId"), n));
        Map<String, Object> listNode = nodes.stream()
                .filter(n -> backend.equals(n.get("backendDOMNodeId"))).findFirst().orElseThrow();
        assertEquals("list", role(listNode));

        List<List<String>> people = new ArrayList<>();
        for (Map<String, Object> item : unignoredChildren(listNode, byId)) {
            assertEquals("listitem", role(item));
            List<String> lines = new ArrayList<>();
            for (Map<String, Object> line : unignoredChildren(item, byId)) {
                assertEquals("paragraph", role(line), "each fact a paragraph of its own: " + item);
                lines.add(text(line, byId));
            }
            people.add(lines);
        }
        assertEquals(List.of(
                List.of("Nigel Miles,", "Warwickshire County Council"),
                List.of("Tracey Pritchard,", "Coventry and Warwickshire Integrated Care Board"),
                List.of("Elaine Lamb,", "Warwickshire Parent Carer Voice"),
                List.of("Sam Craven,", "On behalf of IMPACT (Young People's Forum for SEND)")), people);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRulesBesideTheSignatoriesStandOutInBothColourSchemes() {
        site.browser.width(1280);
        try {
            for (String scheme : List.of("dark", "light")) {
                site.browser.colourScheme(scheme);
                site.open("warwickshire/charter/");
                List<Map<String, Object>> rules = (List<Map<String, Object>>) site.browser.script("""
                        const background = e => {
                          for (; e; e = e.parentElement) {
                            const c = getComputedStyle(e).backgroundColor;
                            if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
                          }
                          return 'rgb(255, 255, 255)';
                        };
                        return [...document.querySelectorAll('main .signatory-list > li')].map(li => ({
                          rule: getComputedStyle(li).borderLeftColor,
                          width: parseFloat(getComputedStyle(li).borderLeftWidth),
                          style: getComputedStyle(li).borderLeftStyle,
                          page: background(li)
                        }));""");
                assertEquals(4, rules.size(), scheme);
                for (Map<String, Object> r : rules) {
                    double ratio = contrast((String) r.get("rule"), (String) r.get("page"));
                    assertTrue(ratio >= 3, scheme + ": the rule " + r.get("rule") + " on " + r.get("page")
                            + " has a contrast of " + String.format("%.2f", ratio) + ":1, under 3:1");
                    assertEquals("solid", r.get("style"));
                    assertTrue(((Number) r.get("width")).doubleValue() >= 3, r.toString());
                }
            }
        } finally {
            site.browser.colourScheme("light");
        }
    }

    @Test
    void thePagesChangedHereKeepEveryLayoutCheckAndHaveNoAxeViolationsInEitherScheme() {
        List<String> problems = new ArrayList<>();
        List<String> pages = List.of("compare/", "warwickshire/charter/", "warwickshire/accessibility/", "se7/");
        try {
            for (String scheme : List.of("light", "dark")) {
                site.browser.colourScheme(scheme);
                for (String page : pages) {
                    site.browser.width(1280);
                    site.open(page);
                    problems.addAll(AxeAudit.violations(site.browser, page + " [" + scheme + "]"));
                }
            }
        } finally {
            site.browser.colourScheme("light");
        }
        for (String page : pages) {
            site.browser.width(320);
            site.open(page);
            problems.addAll(LayoutChecks.reflow(site.browser, page));
            site.browser.width(1280);
            site.open(page);
            problems.addAll(LayoutChecks.textAt200Percent(site.browser, page));
            problems.addAll(LayoutChecks.reading(site.browser, page));
            problems.addAll(LayoutChecks.keyboard(site.browser, page));
        }
        assertEquals(List.of(), problems);
    }

    /** WCAG's contrast ratio of two CSS colours as Chromium computes them ("rgb(r, g, b)"). */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = Double.parseDouble(parts[i]) / 255;
            c[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static Map<String, Number> numbers(Map<String, Object> measured) {
        Map<String, Number> out = new HashMap<>();
        measured.forEach((k, v) -> out.put(k, v instanceof Boolean b ? (b ? 1 : 0) : (Number) v));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String role(Map<String, Object> node) {
        Map<String, Object> role = (Map<String, Object>) node.get("role");
        return role == null ? "" : String.valueOf(role.get("value"));
    }

    /** The children a screen reader meets: an ignored node (a plain span) is looked through to its own. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> unignoredChildren(Map<String, Object> node,
            Map<String, Map<String, Object>> byId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object id : (List<Object>) node.getOrDefault("childIds", List.of())) {
            Map<String, Object> child = byId.get(String.valueOf(id));
            if (child == null) {
                continue;
            }
            if (Boolean.TRUE.equals(child.get("ignored")) || role(child).equals("generic")) {
                out.addAll(unignoredChildren(child, byId));
            } else {
                out.add(child);
            }
        }
        return out;
    }

    /** The words of a node as read out: its text runs, in order. */
    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> node, Map<String, Map<String, Object>> byId) {
        if (role(node).equals("StaticText")) {
            return String.valueOf(((Map<String, Object>) node.get("name")).get("value"));
        }
        StringBuilder words = new StringBuilder();
        for (Map<String, Object> child : unignoredChildren(node, byId)) {
            words.append(text(child, byId));
        }
        return words.toString();
    }
}

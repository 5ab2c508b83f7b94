package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The full charter page as Chromium lays it out and as its accessibility tree gives it to a screen reader: the
 * breadcrumb read without its separators, no section announced as a landmark region, and on a phone the way to
 * the area's menu reached before the charter itself.
 */
class PublicPagesBrowserTest extends RealSiteBrowserTest {

    private static final String CHARTER = "warwickshire/charter/";

    @AfterEach
    void wide() {
        site.browser.width(1280);
    }

    /** One node of Chromium's accessibility tree, with what a screen reader is given: its role and its name. */
    private record Node(String id, String role, String name, boolean ignored, List<String> children) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Node> tree() {
        site.browser.driver.executeCdpCommand("Accessibility.enable", Map.of());
        Map<String, Object> result = site.browser.driver.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        Map<String, Node> nodes = new java.util.LinkedHashMap<>();
        for (Map<String, Object> raw : (List<Map<String, Object>>) result.get("nodes")) {
            nodes.put((String) raw.get("nodeId"), new Node((String) raw.get("nodeId"), value(raw.get("role")),
                    value(raw.get("name")), Boolean.TRUE.equals(raw.get("ignored")),
                    (List<String>) raw.getOrDefault("childIds", List.of())));
        }
        return nodes;
    }

    @SuppressWarnings("unchecked")
    private static String value(Object property) {
        return property == null ? "" : String.valueOf(((Map<String, Object>) property).getOrDefault("value", ""));
    }

    /** The text a screen reader reads inside {@code node}, piece by piece, in order. */
    private static List<String> textIn(Map<String, Node> tree, Node node) {
        List<String> text = new ArrayList<>();
        if (!node.ignored() && node.role().equals("StaticText")) {
            text.add(node.name());
        }
        for (String child : node.children()) {
            if (tree.containsKey(child)) {
                text.addAll(textIn(tree, tree.get(child)));
            }
        }
        return text;
    }

    @Test
    void theBreadcrumbIsReadWithoutItsSeparators() {
        for (String page : List.of(CHARTER, "glossary/", "knowledge/the-law/")) {
            site.open(page);
            Map<String, Node> tree = tree();
            Node breadcrumb = tree.values().stream()
                    .filter(n -> n.role().equals("navigation") && n.name().equals("Breadcrumb")).findFirst()
                    .orElseThrow(() -> new AssertionError(page + ": no breadcrumb in the accessibility tree"));
            List<String> read = textIn(tree, breadcrumb);
            List<String> crumbs = site.browser.driver.findElements(By.cssSelector("nav.breadcrumbs li")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(crumbs, read, page + ": a screen reader reads the crumbs and nothing between them");
            assertTrue(read.stream().noneMatch(t -> t.contains("›")), read.toString());
            // The separator is still there for the eye.
            String before = (String) site.browser.script("return getComputedStyle(document.querySelector("
                    + "'nav.breadcrumbs li + li'), '::before').borderTopStyle");
            assertEquals("solid", before);
        }
    }

    @Test
    void theCharterPageHasNoRegionLandmarks() {
        site.open(CHARTER);
        Map<String, Node> tree = tree();
        List<String> regions = tree.values().stream().filter(n -> !n.ignored() && n.role().equals("region"))
                .map(Node::name).toList();
        assertEquals(List.of(), regions);
        Map<String, Integer> landmarks = new HashMap<>();
        for (Node n : tree.values()) {
            if (!n.ignored() && List.of("banner", "navigation", "main", "contentinfo", "search", "complementary",
                    "region", "form").contains(n.role())) {
                landmarks.merge(n.role(), 1, Integer::sum);
            }
        }
        assertEquals(1, landmarks.get("main"));
        // Breadcrumb, On this page, and the area's pages: the page's ways around, each named.
        // (The tree's nodes come breadth first, not in page order.)
        assertEquals(List.of("Breadcrumb", "On this page", "Pages about Warwickshire’s charter"),
                tree.values().stream().filter(n -> !n.ignored() && n.role().equals("navigation"))
                        .map(Node::name).sorted().toList());
        assertTrue(landmarks.values().stream().mapToInt(Integer::intValue).sum() <= 8, landmarks.toString());
    }

    @Test
    void onAPhoneTheAreasMenuIsOneLinkAwayBeforeTheCharter() {
        site.browser.width(360);
        site.open(CHARTER);
        WebElement link = site.browser.driver.findElement(By.cssSelector("nav.contents .contents__menu a"));
        WebElement firstSection = site.browser.driver.findElement(By.cssSelector("main section.section"));
        WebElement menu = site.browser.driver.findElement(By.cssSelector("nav.area-nav"));
        assertTrue(link.isDisplayed());
        assertTrue(link.getRect().getY() < firstSection.getRect().getY(), "the link comes before the charter");
        assertTrue(menu.getRect().getY() > firstSection.getRect().getY(), "on a phone the menu follows the charter");
        link.click();
        Number top = (Number) site.browser.script(
                "return document.getElementById('area-nav-title').getBoundingClientRect().top");
        assertTrue(top.doubleValue() >= -1 && top.doubleValue() < 100, "the menu is on screen: " + top);

        // At 1280 px the menu sits beside the charter, so the link is not needed there.
        site.browser.width(1280);
        site.open(CHARTER);
        assertFalse(site.browser.driver.findElement(By.cssSelector("nav.contents .contents__menu a")).isDisplayed());
        assertTrue(site.browser.driver.findElement(By.cssSelector("nav.area-nav")).getRect().getY()
                < site.browser.driver.findElement(By.cssSelector("main section.section")).getRect().getY());
    }

    @Test
    void theGlossaryRowOfLettersFitsAPhoneAndEachIsBigEnoughToPress() {
        site.browser.width(360);
        site.open("glossary/");
        List<WebElement> letters = site.browser.driver.findElements(By.cssSelector("nav.letters a"));
        assertFalse(letters.isEmpty());
        for (WebElement letter : letters) {
            assertTrue(letter.getRect().getWidth() >= 44 && letter.getRect().getHeight() >= 44,
                    letter.getText() + " " + letter.getRect().getDimension());
        }
        Number overflow = (Number) site.browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue());
    }
}

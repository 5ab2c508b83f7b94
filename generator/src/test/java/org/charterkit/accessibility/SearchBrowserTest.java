package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search in every page's header, used as a reader would in Chromium: typed into with the keyboard, its
 * results grouped by area with links to the very commitment, its count announced in a live region; from a web
 * server, from the files alone, and with JavaScript off, when the form leads to the A to Z page.
 */
class SearchBrowserTest extends RealSiteBrowserTest {

    static final String COMMITMENT = "facilitate discussion and listen to understand, rather than listen to respond";

    @BeforeEach
    @AfterEach
    void javaScriptOn() {
        site.browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        site.browser.width(1280);
    }

    private static WebElement searchBox() {
        return site.browser.driver.findElement(By.cssSelector("form[role=search] input[type=search][name=q]"));
    }

    /** Types the words into the search box and waits for the live region to announce the results. */
    private static String search(String words) {
        WebElement box = searchBox();
        box.click();
        box.sendKeys(words);
        WebElement status = site.browser.driver.findElement(By.id("site-search-status"));
        new WebDriverWait(site.browser.driver, Duration.ofSeconds(10))
                .until(d -> status.getText().matches("(\\d+ results?|No results) for “" + Pattern.quote(words) + "”.*"));
        return status.getText();
    }

    private static WebElement commitmentLink() {
        List<WebElement> groups = site.browser.driver.findElements(By.cssSelector("#site-search-results section"));
        WebElement warwickshire = groups.stream()
                .filter(g -> g.findElement(By.tagName("h2")).getText().equals("Warwickshire")).findFirst()
                .orElseThrow(() -> new AssertionError("no Warwickshire group among "
                        + groups.stream().map(g -> g.findElement(By.tagName("h2")).getText()).toList()));
        return warwickshire.findElements(By.tagName("a")).stream().filter(a -> a.getText().equals(COMMITMENT))
                .findFirst().orElseThrow(() -> new AssertionError("no link to the commitment in "
                        + warwickshire.getText()));
    }

    @Test
    void listenFindsTheWarwickshireCommitmentAnnouncesTheCountAndLinksToItsAnchor() {
        site.open("se7/");
        String announced = search("listen");
        Matcher count = Pattern.compile("(\\d+) results? for “listen”\\..*").matcher(announced);
        assertTrue(count.matches(), announced);
        WebElement status = site.browser.driver.findElement(By.id("site-search-status"));
        assertEquals("status", status.getAttribute("role"));
        assertEquals("polite", status.getAttribute("aria-live"));
        int links = site.browser.driver.findElements(By.cssSelector("#site-search-results a")).size();
        assertEquals(Integer.parseInt(count.group(1)), links, "every result announced is shown");

        WebElement link = commitmentLink();
        String href = link.getAttribute("href");
        assertTrue(href.startsWith(site.server.url() + "warwickshire/charter/#"), href);
        // The results are read in order with the keyboard: from the search box, Tab reaches them.
        link.sendKeys(Keys.ENTER);
        new WebDriverWait(site.browser.driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().equals(href));
        String anchor = href.substring(href.indexOf('#') + 1);
        WebElement target = site.browser.driver.findElement(By.id(anchor));
        assertEquals(COMMITMENT, target.getText());
        assertEquals("Communicate", target.findElement(By.xpath("ancestor::section[1]/h2")).getText());
    }

    @Test
    void theResultsHaveNoAxeViolationsAndFitAPhoneScreenAtTwiceTheTextSize() {
        site.open("knowledge/");
        search("listen");
        assertEquals(List.of(), AxeAudit.violations(site.browser, "knowledge/ with search results"));
        site.browser.width(320);
        assertEquals(List.of(), LayoutChecks.textAt200Percent(site.browser, "knowledge/ with search results"));
    }

    @Test
    void theSearchTurnsUpGuidesUnderKnowledgeBaseAndSaysWhenNothingMatches() {
        site.open("");
        search("cornerstones");
        List<String> groups = site.browser.driver.findElements(By.cssSelector("#site-search-results h2")).stream()
                .map(WebElement::getText).toList();
        assertTrue(groups.contains("Knowledge base"), groups.toString());
        searchBox().clear();
        assertEquals("No results for “zqxwv”.", search("zqxwv"));
        assertFalse(site.browser.driver.findElement(By.id("site-search-results")).isDisplayed());
    }

    @Test
    void theSearchWorksFromTheFilesAlone() {
        site.browser.driver.get(dir.resolve("site/se7/index.html").toUri().toString());
        assertTrue(search("listen").contains("for “listen”"));
        String href = commitmentLink().getAttribute("href");
        assertTrue(href.startsWith("file:") && href.contains("/warwickshire/charter/index.html#"), href);
    }

    @Test
    void withoutJavaScriptTheFormLeadsToTheAToZPage() {
        site.browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        site.open("warwickshire/charter/");
        WebElement box = searchBox();
        box.sendKeys("listen", Keys.ENTER);
        new WebDriverWait(site.browser.driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/a-z/"));
        assertEquals(site.server.url() + "a-z/?q=listen", site.browser.driver.getCurrentUrl());
        assertEquals("A to Z of charters and guides",
                site.browser.driver.findElement(By.tagName("h1")).getText());
        WebElement warwickshire = site.browser.driver.findElement(By.linkText("Warwickshire"));
        assertNotNull(warwickshire);
        assertEquals("", site.browser.driver.findElement(By.id("site-search-status")).getText());
    }
}

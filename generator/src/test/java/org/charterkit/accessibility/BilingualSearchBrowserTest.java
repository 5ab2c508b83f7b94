package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The header search of a Welsh-border area that publishes its charter in English and in Welsh
 * ({@code src/test/resources/translations/}), used in Chromium as a reader would: a Welsh word typed on a Welsh
 * page finds the Welsh page, the count is announced in Welsh, and every result of the bilingual area says which
 * language its page is in, named in that language and marked with its {@code lang} so a screen reader speaks it
 * in the right voice; an English word on the English page finds the English page, labelled "English".
 */
class BilingualSearchBrowserTest {

    static final Path FIXTURE = Path.of("src/test/resources/translations");

    @TempDir
    static Path dir;

    static ServedSite site;

    @BeforeAll
    static void start() throws Exception {
        // Built as TranslatedSiteTest builds it: the fixture's charters and guides over the real knowledge base.
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.copyTree(FIXTURE.resolve("charters"), project.resolve("charters"));
        TestProjects.copyTree(FIXTURE.resolve("content"), project.resolve("content"));
        Path out = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, out).on(TestProjects.BUILD_DAY)
                .printing(false));
        assertTrue(result.succeeded(), () -> "the bilingual area does not build: " + result.diagnostics());
        site = ServedSite.folder(out);
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
            site = null;
        }
    }

    /** Types the words into the header search and waits for the live region to say what was found. */
    private static String search(String words, String announced) {
        WebElement box = site.browser.driver.findElement(
                By.cssSelector("form[role=search] input[type=search][name=q]"));
        box.click();
        box.sendKeys(words);
        WebElement status = site.browser.driver.findElement(By.id("site-search-status"));
        new WebDriverWait(site.browser.driver, Duration.ofSeconds(10))
                .until(d -> status.getText().matches(announced));
        return status.getText();
    }

    /** One result as a reader meets it: where the link leads, and the language the link and its label say. */
    record Result(String href, String linkLang, String label, String labelLang) {
    }

    /**
     * The languages a screen reader would speak a result's words in: its link, its context, its label and the
     * heading of its group, each by the nearest {@code lang} above it.
     */
    private static List<String> spokenIn(WebElement item) {
        String nearest = "return arguments[0].closest('[lang]').getAttribute('lang');";
        return java.util.stream.Stream.of(item.findElement(By.tagName("a")),
                item.findElement(By.cssSelector(".search-context")), item.findElement(By.cssSelector(".search-language")),
                item.findElement(By.xpath("ancestor::section[1]/h2")))
                .map(e -> (String) site.browser.script(nearest, e)).toList();
    }

    /** Every result shown of the bilingual area; fails if one of them does not say its language. */
    private static List<Result> areaResults() {
        List<Result> found = new ArrayList<>();
        for (WebElement item : site.browser.driver.findElements(By.cssSelector("#site-search-results li"))) {
            WebElement link = item.findElement(By.tagName("a"));
            String href = link.getAttribute("href");
            if (!href.startsWith(site.server.url() + "herefordshire/")) {
                continue;
            }
            List<WebElement> labels = item.findElements(By.cssSelector(".search-language"));
            assertEquals(1, labels.size(), () -> "the result " + href + " does not say its language: "
                    + item.getText());
            WebElement label = labels.get(0);
            assertTrue(label.isDisplayed(), () -> "the language of " + href + " is hidden");
            assertTrue(item.getText().endsWith(label.getText()), item::getText);
            Result result = new Result(href, link.getAttribute("lang"), label.getText(), label.getAttribute("lang"));
            // The title, context and group heading are in the page's language too, whatever the reader's page is.
            assertEquals(java.util.Collections.nCopies(4, result.linkLang()), spokenIn(item), result::toString);
            found.add(result);
        }
        return found;
    }

    @Test
    void aWelshWordOnAWelshPageFindsTheWelshPageInWelshAndEachResultSaysItsLanguage() {
        site.open("herefordshire/cy/");
        assertEquals("cy", site.browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        // "grŵp llywio" (steering group) is in the Welsh charter's opening words only.
        String announced = search("grŵp", "\\d+ canlyniad ar gyfer “grŵp”\\..*");
        assertFalse(announced.contains("result"), announced);
        assertFalse(announced.contains("hyd yma"), "every area is in, on a site this small: " + announced);

        List<Result> results = areaResults();
        assertFalse(results.isEmpty(), () -> "no result of the bilingual area for “grŵp”: "
                + site.browser.driver.findElement(By.id("site-search-results")).getText());
        assertTrue(results.stream().anyMatch(r -> r.href().startsWith(site.server.url() + "herefordshire/cy/")),
                results::toString);
        for (Result r : results) {
            boolean welsh = r.href().startsWith(site.server.url() + "herefordshire/cy/");
            assertEquals(welsh ? "Cymraeg" : "English", r.label(), r::toString);
            assertEquals(welsh ? "cy" : "en-GB", r.linkLang(), r::toString);
            assertEquals(r.linkLang(), r.labelLang(), r::toString);
        }
        // The word is Welsh: the English pages do not have it.
        assertTrue(results.stream().allMatch(r -> r.label().equals("Cymraeg")), results::toString);
    }

    @Test
    void aWordOfBothLanguagesFindsBothEditionsEachNamedInItsOwnLanguage() {
        site.open("herefordshire/cy/");
        // "SEND" is in the title of both charters.
        search("SEND", "\\d+ canlyniad ar gyfer “SEND”.*");
        List<Result> results = areaResults();
        List<Result> welsh = results.stream()
                .filter(r -> r.href().startsWith(site.server.url() + "herefordshire/cy/")).toList();
        List<Result> english = results.stream().filter(r -> !welsh.contains(r)).toList();
        assertFalse(welsh.isEmpty(), results::toString);
        assertFalse(english.isEmpty(), results::toString);
        welsh.forEach(r -> assertEquals(new Result(r.href(), "cy", "Cymraeg", "cy"), r));
        english.forEach(r -> assertEquals(new Result(r.href(), "en-GB", "English", "en-GB"), r));
    }

    @Test
    void anEnglishWordOnTheEnglishPageFindsTheEnglishPageLabelledEnglish() {
        site.open("herefordshire/");
        assertEquals("en-GB", site.browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        // "steering group" is in the English charter's opening words; the Welsh says "grŵp llywio".
        search("steering", "\\d+ results? for “" + Pattern.quote("steering") + "”\\.");

        List<Result> results = areaResults();
        assertFalse(results.isEmpty(), () -> "no result of the bilingual area for “steering”: "
                + site.browser.driver.findElement(By.id("site-search-results")).getText());
        for (Result r : results) {
            assertFalse(r.href().startsWith(site.server.url() + "herefordshire/cy/"), r::toString);
            assertEquals(new Result(r.href(), "en-GB", "English", "en-GB"), r);
        }
    }
}

package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search on the bench's 153 synthetic areas (bench/gen.py), too many to load every area's index at once:
 * a first search shows what the top-level index and the few areas it names find, says those results are so
 * far, then loads the other areas' indexes in the background and, when every area is in, announces them all.
 */
class LargeSiteSearchBrowserTest {

    @Test
    void aFirstSearchLoadsFewAreasThenEveryAreaInTheBackground(@TempDir Path dir) throws Exception {
        Path built = TestProjects.buildBenchAreas(dir, 153);
        try (ServedSite site = ServedSite.folder(built)) {
            site.open("index.html");
            WebElement box = site.browser.driver.findElement(
                    By.cssSelector("form[role=search] input[type=search][name=q]"));
            WebElement status = site.browser.driver.findElement(By.id("site-search-status"));
            box.click();
            box.sendKeys("kindness");
            Pattern soFar = Pattern.compile("(\\d+) results? for “kindness”.* so far; still searching the other areas\\.");
            Pattern all = Pattern.compile("(\\d+) results? for “kindness”(, the best 100 shown)?\\.");
            String first = new WebDriverWait(site.browser.driver, Duration.ofSeconds(20))
                    .pollingEvery(Duration.ofMillis(20)).until(d -> {
                        String s = status.getText();
                        return soFar.matcher(s).matches() || all.matcher(s).matches() ? s : null;
                    });
            long areaIndexes = (Long) site.browser.driver.executeScript("return performance.getEntriesByType"
                    + "('resource').filter(function (e) { return /\\/area-\\d+\\/search-index\\.js$/.test(e.name); })"
                    + ".length;");
            Matcher firstCount = soFar.matcher(first);
            assertTrue(firstCount.matches(), "the first results are announced as so far: " + first);
            assertTrue(areaIndexes < 153, "area indexes loaded when the first results showed: " + areaIndexes);
            String last = new WebDriverWait(site.browser.driver, Duration.ofSeconds(60))
                    .until(d -> all.matcher(status.getText()).matches() ? status.getText() : null);
            Matcher lastCount = all.matcher(last);
            assertTrue(lastCount.matches());
            assertTrue(Integer.parseInt(lastCount.group(1)) > Integer.parseInt(firstCount.group(1)),
                    first + " then " + last);
            long loaded = (Long) site.browser.driver.executeScript("return performance.getEntriesByType"
                    + "('resource').filter(function (e) { return /\\/area-\\d+\\/search-index\\.js$/.test(e.name); })"
                    + ".length;");
            assertEquals(153, loaded);
        }
    }
}

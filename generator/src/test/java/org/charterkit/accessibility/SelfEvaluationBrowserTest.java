package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PrintOptions;

/**
 * The self-evaluation page in Chromium, used as a person using only a keyboard would: fill in answers, save
 * them to a file, reload, clear, load the file back, and print a record, which is read back with PDFBox. The
 * site is Warwickshire's with its three sample evaluations, so the "How we are doing" page is audited too.
 */
class SelfEvaluationBrowserTest {

    static final String PAGE = "warwickshire/self-evaluation/";
    static final String FIRST = "welcome-and-care-create-a-welcoming-and-caring-space";
    static final String SECOND = "welcome-and-care-introduce-everyone-their-role-and-why";

    @TempDir
    static Path dir;

    static Path site;
    static Path downloads;
    static ServedSite served;

    @BeforeAll
    static void serve() throws Exception {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        TestProjects.copyTree(Path.of("src/test/resources/evaluations/warwickshire"),
                project.resolve("charters/warwickshire"));
        site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, site).printing(false)
                .on(TestProjects.BUILD_DAY));
        assertTrue(result.succeeded(), () -> result.diagnostics().toString());
        served = ServedSite.folder(site);
        downloads = Files.createDirectories(dir.resolve("downloads"));
        served.browser.driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void close() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void aKeyboardUserFillsInSavesReloadsLoadsAndPrints() throws Exception {
        served.open(PAGE);
        served.browser.script("localStorage.clear()");
        served.open(PAGE);
        assertFalse(element("evaluate-actions").getAttribute("hidden") != null, "the script shows its buttons");

        tabTo("evaluate-setting");
        type("Riverside Primary School");
        // The date as three boxes of numbers, GOV.UK's pattern: the same order in every browser and language.
        press(Keys.TAB);
        assertEquals("evaluate-date-day", active().getAttribute("id"));
        type("6");
        press(Keys.TAB);
        assertEquals("evaluate-date-month", active().getAttribute("id"));
        type("10");
        press(Keys.TAB);
        assertEquals("evaluate-date-year", active().getAttribute("id"));
        type("2025");

        // Into the first commitment's radios; arrows move along the steps and choose as they go.
        press(Keys.TAB);
        assertEquals(FIRST + "--not-yet", active().getAttribute("id"));
        press(Keys.ARROW_RIGHT);
        press(Keys.ARROW_RIGHT);
        press(Keys.TAB);
        assertEquals(FIRST + "--evidence", active().getAttribute("id"));
        type("Families are greeted by name at the door.");
        press(Keys.TAB);
        type("Ask families in the autumn survey whether they feel welcome.");
        press(Keys.TAB);
        assertEquals(SECOND + "--not-yet", active().getAttribute("id"));
        press(Keys.SPACE);
        assertTrue(element(FIRST + "--doing-it").isSelected());
        assertTrue(element(SECOND + "--not-yet").isSelected());

        // Saving without a name shows the error summary, focused, linking to the field.
        tabTo("evaluate-setting");
        selectAllAndDelete();
        tabTo("evaluate-save");
        press(Keys.ENTER);
        assertEquals("evaluate-error-summary", active().getAttribute("id"));
        assertEquals(List.of("Enter the name of your school, setting or service"),
                served.browser.driver.findElements(org.openqa.selenium.By.cssSelector(
                        ".govuk-error-summary__list a")).stream().map(WebElement::getText).toList());
        press(Keys.TAB);
        press(Keys.ENTER);
        assertEquals("evaluate-setting", active().getAttribute("id"));
        type("Riverside Primary School");

        // A date that is not a real one (31 February) is named in the summary and above the boxes; its link
        // leads to the day box.
        tabTo("evaluate-date-day");
        selectAllAndDelete();
        type("31");
        press(Keys.TAB);
        selectAllAndDelete();
        type("2");
        tabTo("evaluate-save");
        press(Keys.ENTER);
        assertEquals("evaluate-error-summary", active().getAttribute("id"));
        String notReal = "The date of the evaluation must be a real date, for example 6 10 2025";
        assertEquals(List.of(notReal), served.browser.driver.findElements(org.openqa.selenium.By.cssSelector(
                ".govuk-error-summary__list a")).stream().map(WebElement::getText).toList());
        assertEquals(notReal, element("evaluate-date-error").getText());
        press(Keys.TAB);
        press(Keys.ENTER);
        assertEquals("evaluate-date-day", active().getAttribute("id"));
        selectAllAndDelete();
        type("6");
        press(Keys.TAB);
        selectAllAndDelete();
        type("10");

        tabTo("evaluate-save");
        press(Keys.ENTER);
        Path saved = waitForDownload("riverside-primary-school-2025-10-06.json");
        assertEquals("Your answers are saved to the file riverside-primary-school-2025-10-06.json.",
                element("evaluate-status").getText());
        assertTrue(element("evaluate-error-summary").getAttribute("hidden") != null);
        JsonNode json = new ObjectMapper().readTree(saved.toFile());
        assertEquals("Riverside Primary School", json.get("setting").asText());
        // The form evaluates the current text: Warwickshire 1.0.1 (the form's prompt left out, issue 14).
        assertEquals("1.0.1", json.get("charter-version").asText());
        assertEquals("doing-it", json.get("commitments").get(FIRST).get("step").asText());
        assertEquals("Families are greeted by name at the door.",
                json.get("commitments").get(FIRST).get("evidence").asText());
        assertEquals("not-yet", json.get("commitments").get(SECOND).get("step").asText());
        assertEquals(2, json.get("commitments").size());
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ObjectMapper().readTree(site.resolve("schema/self-evaluation.schema.json").toFile()));
        assertEquals(Set.of(), schema.validate(json), "the saved file follows the published schema");

        // Reloading brings the answers back from this browser's storage.
        served.browser.driver.navigate().refresh();
        assertTrue(element(FIRST + "--doing-it").isSelected());
        assertEquals("Riverside Primary School", element("evaluate-setting").getAttribute("value"));

        // Cleared, then loaded back from the file.
        tabTo("evaluate-clear");
        press(Keys.ENTER);
        assertFalse(element(FIRST + "--doing-it").isSelected());
        served.browser.driver.navigate().refresh();
        assertEquals("", element("evaluate-setting").getAttribute("value"));
        tabTo("evaluate-load");
        // The file chooser is the operating system's; Selenium types the path into it.
        active().sendKeys(saved.toString());
        waitFor(() -> element(FIRST + "--doing-it").isSelected());
        assertEquals("Riverside Primary School", element("evaluate-setting").getAttribute("value"));
        assertEquals(List.of("6", "10", "2025"), List.of(element("evaluate-date-day").getAttribute("value"),
                element("evaluate-date-month").getAttribute("value"), element("evaluate-date-year").getAttribute("value")));
        assertEquals("Ask families in the autumn survey whether they feel welcome.",
                element(FIRST + "--next").getAttribute("value"));
        assertTrue(element(SECOND + "--not-yet").isSelected());
        assertTrue(element("evaluate-status").getText().startsWith("Your answers are loaded from the file"));

        // Printed to PDF as the print button would: the record shows the chosen step and the words given.
        String printed = pdfText(served.browser.driver.print(new PrintOptions()).getContent());
        assertTrue(printed.contains("Riverside Primary School"), printed);
        assertTrue(printed.contains("create a welcoming and caring space Doing it What shows it (evidence)"
                + " Families are greeted by name at the door. What we will do next Ask families in the autumn"
                + " survey whether they feel welcome."), printed);
        assertTrue(printed.contains("introduce everyone, their role and why they are there Not yet What shows"),
                printed);
        // A commitment not answered prints every step, to tick on paper.
        assertTrue(printed.contains("provide clear purpose for involvement Not yet Starting Doing it Embedded"),
                printed);
        assertFalse(printed.contains("Save to a file"), "the buttons do not print");
    }

    @Test
    void aFileThatIsNotThisAreasSelfEvaluationIsRefusedInTheErrorSummary() throws Exception {
        served.open(PAGE);
        served.browser.script("localStorage.clear()");
        served.open(PAGE);
        Path other = dir.resolve("se7-answers.json");
        Files.writeString(other, "{\"format\": \"charterkit-self-evaluation\", \"area\": \"se7\","
                + " \"charter-version\": \"1.0\", \"setting\": \"A school\", \"date\": \"2025-01-01\","
                + " \"commitments\": {}}");
        Path notOurs = dir.resolve("notes.json");
        Files.writeString(notOurs, "[1, 2, 3]");
        element("evaluate-load").sendKeys(other.toString());
        waitFor(() -> element("evaluate-error-summary").getAttribute("hidden") == null);
        assertEquals("evaluate-error-summary", active().getAttribute("id"));
        assertEquals("The file se7-answers.json is a self-evaluation for another area’s charter: choose one saved"
                + " from this page", served.browser.driver.findElement(org.openqa.selenium.By.cssSelector(
                        ".govuk-error-summary__list a")).getText());
        assertEquals("#evaluate-load", served.browser.driver.findElement(org.openqa.selenium.By.cssSelector(
                ".govuk-error-summary__list a")).getAttribute("hash"));
        element("evaluate-load").sendKeys(notOurs.toString());
        waitFor(() -> element("evaluate-load-error").getText().startsWith("The file notes.json"));
        assertEquals("The file notes.json is not a saved self-evaluation: choose a file saved from this page",
                element("evaluate-load-error").getText());
        assertEquals("", element("evaluate-setting").getAttribute("value"), "nothing was loaded");
    }

    @Test
    void withoutScriptThePagePrintsABlankForm() throws Exception {
        String html = Files.readString(site.resolve(PAGE + "index.html"));
        assertFalse(html.contains("<script>"), "no inline script");
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        assertEquals(26, page.select(".evaluate-commitment fieldset").size());
        // The date: three boxes of figures, each with its label, in one fieldset named by its legend.
        assertEquals(List.of("Day", "Month", "Year"), page.select("#evaluate-date-group fieldset label").eachText());
        assertEquals(List.of("text", "text", "text"), page.select("#evaluate-date input").eachAttr("type"));
        assertEquals(List.of("numeric", "numeric", "numeric"), page.select("#evaluate-date input").eachAttr("inputmode"));
        assertEquals("Date of the evaluation", page.selectFirst("#evaluate-date-group legend").text());
        assertEquals(26 * 4, page.select("fieldset input[type=radio]").size());
        assertEquals(26 * 2, page.select("fieldset textarea").size());
        assertEquals("create a welcoming and caring space",
                page.selectFirst("#evaluate-" + FIRST + " legend").text());
        assertEquals(List.of("All voices heard & valued", "Expectations are communicated early and with clarity",
                "Supportive communities are built in partnership", "Environments feel happy and secure for everyone",
                "Confidence, well-being and esteem are nurtured", "Strengths and achievements are emphasised",
                "Responses are always kind"), page.selectFirst(".evaluate-prompts").select("li").eachText());
        assertTrue(page.getElementById("evaluate-actions").hasAttr("hidden"), "no buttons that need the script");
        assertTrue(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")
                .contains("script-src 'self';"));
    }

    @Test
    void bothPagesPassAxeInLightAndDark() {
        List<String> found = new ArrayList<>();
        for (String page : List.of(PAGE, "warwickshire/how-we-are-doing/")) {
            for (String scheme : List.of("light", "dark")) {
                served.browser.colourScheme(scheme);
                served.open(page);
                found.addAll(AxeAudit.violations(served.browser, page + " [" + scheme + "]"));
                found.addAll(AxeAudit.enhancedContrast(served.browser, page + " [" + scheme + "]"));
            }
        }
        served.browser.colourScheme("light");
        assertEquals(List.of(), found, String.join("\n", found));
    }

    private static String pdfText(String base64) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(base64))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    private static WebElement element(String id) {
        return served.browser.driver.findElement(org.openqa.selenium.By.id(id));
    }

    private static WebElement active() {
        return served.browser.driver.switchTo().activeElement();
    }

    private static void press(CharSequence key) {
        new Actions(served.browser.driver).sendKeys(key).perform();
    }

    private static void type(String text) {
        new Actions(served.browser.driver).sendKeys(text).perform();
    }

    private static void selectAllAndDelete() {
        new Actions(served.browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                .sendKeys(Keys.DELETE).perform();
    }

    /** Presses Tab until the element with {@code id} has the focus, as a keyboard user moves down a page. */
    private static void tabTo(String id) {
        for (int i = 0; i < 400; i++) {
            if (id.equals(active().getAttribute("id"))) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private static Path waitForDownload(String name) throws Exception {
        Path file = downloads.resolve(name);
        waitFor(() -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    private static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 100 && !done.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(done.getAsBoolean(), "waited 10 seconds");
    }
}

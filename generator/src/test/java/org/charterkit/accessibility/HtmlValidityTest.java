package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;

/**
 * The Nu HTML Checker (the W3C's validator), run in-process: every page of the real site has no errors, and the
 * broken page has the errors it should. It sets JVM-wide properties, so it lives in a test class of its own.
 */
class HtmlValidityTest {

    @TempDir
    static Path site;

    static EmbeddedValidator validator;

    @BeforeAll
    static void build() {
        TestProjects.buildRealSite(site);
        validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true);
    }

    /** {@code path:line:column: message} for every error the checker reports in a file. */
    static List<String> errors(Path file, String name) throws Exception {
        Map<String, Object> report = new Json().toType(validator.validate(file), Json.MAP_TYPE);
        List<String> errors = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> messages = (List<Map<String, Object>>) report.get("messages");
        for (Map<String, Object> m : messages) {
            if ("error".equals(m.get("type")) || "fatal".equals(m.get("subType"))) {
                errors.add(name + ":" + m.get("lastLine") + ":" + m.get("lastColumn") + ": " + m.get("message"));
            }
        }
        return errors;
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        List<String> errors = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                errors.addAll(errors(file, site.relativize(file).toString()));
                pages++;
            }
        }
        assertTrue(pages >= 15, "pages checked: " + pages);
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    @Test
    void everyPageOfTheShapesIsValidHtml(@TempDir Path dir) throws Exception {
        Path shapes = dir.resolve("site");
        org.charterkit.build.BuildResult result = new org.charterkit.build.SiteBuild("test").run(
                org.charterkit.build.BuildRequest.build(org.charterkit.shapes.ShapeProjects.project(
                        dir.resolve("project")), shapes).on(org.charterkit.shapes.ShapeProjects.DAY).printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        List<String> errors = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> walk = Files.walk(shapes)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                errors.addAll(errors(file, shapes.relativize(file).toString()));
                pages++;
            }
        }
        assertTrue(pages >= 40, "pages checked: " + pages);
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    @Test
    void theBrokenPageFailsWithTheMissingAltAttribute() throws Exception {
        List<String> errors = errors(Path.of("src/test/resources/accessibility/broken/index.html"), "broken");
        assertTrue(errors.stream().anyMatch(e -> e.contains("An “img” element must have an “alt” attribute")),
                errors.toString());
    }
}

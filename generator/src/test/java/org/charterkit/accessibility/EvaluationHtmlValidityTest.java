package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Nu HTML Checker on the self-evaluation form and the "How we are doing" page with its inline SVG. The real
 * site has no published evaluations, so {@link HtmlValidityTest} never meets the second page: Warwickshire with
 * its three sample evaluations is built here.
 */
class EvaluationHtmlValidityTest {

    @TempDir
    static Path dir;

    @Test
    void bothPagesAreValidHtml() throws Exception {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        TestProjects.copyTree(Path.of("src/test/resources/evaluations/warwickshire"),
                project.resolve("charters/warwickshire"));
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, site).printing(false)
                .on(TestProjects.BUILD_DAY));
        assertTrue(result.succeeded(), () -> result.diagnostics().toString());
        HtmlValidityTest.validator = new nu.validator.client.EmbeddedValidator();
        HtmlValidityTest.validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.JSON);
        HtmlValidityTest.validator.setNoLangDetect(true);
        List<String> errors = new ArrayList<>();
        for (String page : List.of("warwickshire/self-evaluation/index.html",
                "warwickshire/how-we-are-doing/index.html")) {
            errors.addAll(HtmlValidityTest.errors(site.resolve(page), page));
        }
        assertEquals(List.of(), errors, String.join("\n", errors));
    }
}

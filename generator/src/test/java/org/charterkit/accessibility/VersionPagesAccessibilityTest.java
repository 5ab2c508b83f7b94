package org.charterkit.accessibility;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
 * The pages that only exist once an area has two versions (the old version's notice, the history with its
 * links, what changed with marked-up words) pass the same axe rules as every other page. Warwickshire gets a
 * second version, in a copy of the project, with a commitment reworded and one added.
 */
class VersionPagesAccessibilityTest {

    @Test
    void versionHistoryAndWhatChangedPagesHaveNoAxeViolations(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        Path charter = project.resolve("charters/warwickshire/charter.md");
        Files.writeString(charter, Files.readString(charter)
                .replace("version: \"1.0.1\"", "version: \"2.0\"")
                .replace("adopted: 2022-11-01", "adopted: 2025-11-01")
                .replace("review-by: 2024-11-01", "review-by: 2027-11-01")
                .replace("- outline the commitment needed", "- outline the time and commitment needed\n- thank everyone")
                .replace("changes:\n", "changes:\n  - Reviewed with families.\n"));
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, site).on(TestProjects.BUILD_DAY));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        assertTrue(Files.isRegularFile(site.resolve("warwickshire/changes/1.0-to-2.0/index.html")));
        try (ServedSite served = ServedSite.folder(site)) {
            List<String> violations = new ArrayList<>();
            for (String page : List.of("warwickshire/changes/1.0-to-2.0/", "warwickshire/versions/",
                    "warwickshire/v/1.0/", "warwickshire/v/2.0/")) {
                for (String scheme : List.of("light", "dark")) {
                    served.browser.colourScheme(scheme);
                    served.open(page);
                    violations.addAll(AxeAudit.violations(served.browser, page + " [" + scheme + "]"));
                    violations.addAll(AxeAudit.enhancedContrast(served.browser, page + " [" + scheme + "]"));
                }
                violations.addAll(LayoutChecks.keyboard(served.browser, page));
            }
            assertTrue(violations.isEmpty(), String.join("\n", violations));
        }
    }
}

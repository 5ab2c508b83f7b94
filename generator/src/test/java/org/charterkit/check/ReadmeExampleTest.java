package org.charterkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example in the charter format documentation is a charter that passes the check, so the documentation stays true. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleCharterPassesTheCheck(@TempDir Path dir) throws IOException {
        String readme = Files.readString(TestProjects.repositoryRoot().resolve("src/site/markdown/charter-format.md"));
        int start = readme.indexOf("```markdown\n", readme.indexOf("A complete example"));
        assertTrue(start > 0, "the charter format has a complete example");
        String example = readme.substring(start + "```markdown\n".length(), readme.indexOf("\n```\n", start) + 1);
        Path project = TestProjects.emptyProject(dir);
        TestProjects.write(project.resolve("charters/warwickshire/charter.md"), example);
        // Checked on a day before its review date, so the example stays an example of a charter in force.
        BuildResult result = new SiteBuild("test").run(BuildRequest.check(project)
                .on(java.time.LocalDate.of(2023, 1, 1)));
        assertEquals(java.util.List.of(), result.diagnostics());
        assertEquals(1, result.areas());
    }
}

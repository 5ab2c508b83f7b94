package org.charterkit.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two checkouts of the same project, at different places on disk, build the same bytes: every file, PDFs
 * included (their identifier was once a hash of HTML that named the checkout's own folder).
 */
class ReproducibleAcrossCheckoutsTest {

    @Test
    void theRealProjectBuildsTheSameBytesFromTwoFolders(@TempDir Path dir) throws IOException {
        Path first = TestProjects.copyOfRealProject(dir.resolve("a"));
        Path second = TestProjects.copyOfRealProject(dir.resolve("a much longer folder name/with a space/checkout"));
        Path firstSite = dir.resolve("site-one");
        Path secondSite = second.resolve("public");
        for (Path[] build : new Path[][] {{first, firstSite}, {second, secondSite}}) {
            BuildResult result = new SiteBuild("test")
                    .run(BuildRequest.build(build[0], build[1]).on(TestProjects.BUILD_DAY));
            assertTrue(result.succeeded(), result.diagnostics().toString());
        }
        List<String> files = files(firstSite);
        assertEquals(files, files(secondSite));
        assertTrue(files.stream().filter(f -> f.endsWith(".pdf")).count() >= 8, "the PDFs are compared too");
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(firstSite.resolve(file)), Files.readAllBytes(secondSite.resolve(file)),
                    file);
        }
    }

    private static List<String> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString()).sorted().toList();
        }
    }
}

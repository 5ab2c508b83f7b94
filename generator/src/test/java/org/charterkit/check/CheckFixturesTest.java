package org.charterkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.List;
import java.util.stream.Stream;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.diagnostic.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under {@code check-fixtures/} is a project with one realistic mistake (or, where its name says
 * so, none) and an {@code expected.txt} holding exactly what the check must print: every
 * {@code path:line:col: error: ...} line and its hint. A fixture's own {@code content/} (a glossary, a knowledge
 * page) is laid over the real one. An empty {@code expected.txt} means the charter must pass.
 */
class CheckFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/check-fixtures");

    /** The day the fixtures are checked on, fixed so review dates judge the same way every year. */
    static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    /**
     * Builds a fixture's charters into {@code dir/site}, without the printed charters, and fails unless the build
     * succeeds: for the tests that read what a fixture's shape becomes on the pages.
     */
    static Path buildSite(Path dir, String fixture) {
        Path project = TestProjects.emptyProject(dir.resolve("project"));
        TestProjects.copyTree(FIXTURES.resolve(fixture).resolve("charters"), project.resolve("charters"));
        Path site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, site).on(DAY).printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        return site;
    }

    /** The commitments of each cornerstone in a built charter's data, as written, cornerstone by cornerstone. */
    static List<List<String>> commitmentsByCornerstone(com.fasterxml.jackson.databind.JsonNode data) {
        List<List<String>> commitments = new java.util.ArrayList<>();
        data.get("cornerstones").forEach(c -> commitments.add(c.get("commitments").findValuesAsText("text")));
        return commitments;
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> list = Files.list(FIXTURES)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theCheckReportsExactlyTheExpectedMistakes(String fixture, @TempDir Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir);
        TestProjects.copyTree(FIXTURES.resolve(fixture).resolve("charters"), project.resolve("charters"));
        // A fixture about the knowledge base or the glossary brings its own files, over the real ones.
        if (Files.isDirectory(FIXTURES.resolve(fixture).resolve("content"))) {
            TestProjects.copyTree(FIXTURES.resolve(fixture).resolve("content"), project.resolve("content"));
        }
        BuildResult result = new SiteBuild("test").run(BuildRequest.check(project).on(DAY));
        String actual = result.diagnostics().stream().map(Diagnostic::format)
                .collect(Collectors.joining("\n")).replace("\r\n", "\n");
        Path expectedFile = FIXTURES.resolve(fixture).resolve("expected.txt");
        if (Boolean.getBoolean("charterkit.writeExpected") && !Files.exists(expectedFile)) {
            Files.writeString(expectedFile, actual.isEmpty() ? "" : actual + "\n");
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8).strip();
        assertEquals(expected, actual, fixture);
        if (expected.isEmpty()) {
            assertTrue(result.succeeded(), fixture);
        } else {
            assertTrue(!result.succeeded() || result.warnings() > 0, fixture + " should fail the check");
        }
    }
}

package org.charterkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.charterkit.CommandRun;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every bad-input fixture, {@code check --format github} and {@code --format sarif} report exactly the
 * mistakes the text report gives, each at the same file, line and column, with the same exit code.
 */
class CheckFormatsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/check-fixtures");
    private static final Pattern COMMAND = Pattern.compile(
            "::(error|warning) file=([^,:]+)(?:,line=(\\d+))?(?:,col=(\\d+))?,title=[^:]*::(.*)");

    static Stream<String> fixturesWithMistakes() throws IOException {
        try (Stream<Path> list = Files.list(FIXTURES)) {
            return list.filter(p -> {
                try {
                    return !Files.readString(p.resolve("expected.txt")).isBlank();
                } catch (IOException e) {
                    return false;
                }
            }).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixturesWithMistakes")
    void annotationsAndSarifReportWhatTheTextReportReports(String fixture, @TempDir Path dir) throws IOException {
        Path project = TestProjects.emptyProject(dir);
        TestProjects.copyTree(FIXTURES.resolve(fixture).resolve("charters"), project.resolve("charters"));
        CommandRun text = CommandRun.of("check", "--root", project.toString());
        List<String> expected = text.err().lines()
                .filter(l -> l.contains(": error: ") || l.contains(": warning: ")).toList();
        assertFalse(expected.isEmpty(), text.err());

        CommandRun github = CommandRun.of("check", "--root", project.toString(), "--format", "github");
        assertEquals(text.code(), github.code());
        List<String> annotated = new ArrayList<>();
        for (String line : github.out().lines().toList()) {
            Matcher m = COMMAND.matcher(line);
            assertTrue(m.matches(), line);
            String where = m.group(2).replace("%2C", ",").replace("%3A", ":").replace("%25", "%")
                    + (m.group(3) == null ? "" : ":" + m.group(3)) + (m.group(4) == null ? "" : ":" + m.group(4));
            String message = m.group(5).split("%0A")[0].replace("%0D", "\r").replace("%25", "%");
            annotated.add(where + ": " + m.group(1) + ": " + message);
        }
        assertEquals(expected, annotated);

        CommandRun sarif = CommandRun.of("check", "--root", project.toString(), "--format", "sarif");
        assertEquals(text.code(), sarif.code());
        JsonNode log = new ObjectMapper().readTree(sarif.out());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals("Charterkit", log.at("/runs/0/tool/driver/name").asText());
        List<String> found = new ArrayList<>();
        for (JsonNode result : log.at("/runs/0/results")) {
            JsonNode physical = result.at("/locations/0/physicalLocation");
            String where = physical.at("/artifactLocation/uri").asText()
                    + (physical.has("region") ? ":" + physical.at("/region/startLine").asInt() : "")
                    + (physical.at("/region/startColumn").isMissingNode() ? "" : ":"
                            + physical.at("/region/startColumn").asInt());
            String message = result.at("/message/text").asText().split("\\. How to fix it: ")[0];
            found.add(where + ": " + result.get("level").asText() + ": " + message);
            assertTrue(List.of("charter-error", "charter-warning").contains(result.get("ruleId").asText()));
        }
        assertEquals(expected, found);
    }
}

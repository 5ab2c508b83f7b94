package org.charterkit.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

/**
 * The workflows the project ships parse, name only jobs, steps and actions that exist, and call charterkit
 * only with commands and options it has, so a renamed option cannot silently break every pull request.
 */
class WorkflowsTest {

    private static final Path WORKFLOWS = TestProjects.repositoryRoot().resolve(".github/workflows");

    /** The actions we rely on: GitHub's own, pinned to a major version. */
    private static final Set<String> ACTIONS = Set.of("actions/checkout@v4", "actions/setup-java@v4",
            "actions/upload-artifact@v4", "actions/github-script@v7", "actions/upload-pages-artifact@v3",
            "actions/deploy-pages@v4");

    private static final Pattern STEP_REFERENCE = Pattern.compile("steps\\.([A-Za-z0-9_-]+)\\.");

    @Test
    void everyWorkflowIsSound() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(WORKFLOWS)) {
            files = list.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        assertEquals(List.of("deploy.yml", "pull-request.yml"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : files) {
            check(file);
        }
    }

    @SuppressWarnings("unchecked")
    private static void check(Path file) throws IOException {
        Map<String, Object> workflow = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(file));
        String name = file.getFileName().toString();
        assertTrue(workflow.containsKey("name") && workflow.containsKey("on"), name + " has a name and triggers");
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        assertFalse(jobs.isEmpty(), name);
        for (Map.Entry<String, Object> entry : jobs.entrySet()) {
            String job = name + " job " + entry.getKey();
            Map<String, Object> body = (Map<String, Object>) entry.getValue();
            assertEquals("ubuntu-latest", body.get("runs-on"), job);
            Object needs = body.get("needs");
            for (Object needed : needs == null ? List.of() : needs instanceof List<?> l ? l : List.of(needs)) {
                assertTrue(jobs.containsKey(needed.toString()), job + " needs " + needed + ", which is not a job");
            }
            List<Map<String, Object>> steps = (List<Map<String, Object>>) body.get("steps");
            assertFalse(steps == null || steps.isEmpty(), job + " has steps");
            List<String> ids = steps.stream().filter(s -> s.containsKey("id")).map(s -> s.get("id").toString()).toList();
            for (Map<String, Object> step : steps) {
                String label = job + " step " + step.get("name");
                assertTrue(step.containsKey("name"), label + " is named");
                assertTrue(step.containsKey("uses") ^ step.containsKey("run"), label + " either uses an action or runs");
                if (step.containsKey("uses")) {
                    assertTrue(ACTIONS.contains(step.get("uses").toString()), label + " uses " + step.get("uses"));
                } else {
                    for (String line : step.get("run").toString().split("\n")) {
                        if (line.strip().startsWith("./charterkit ")) {
                            checkCharterkitCall(line.strip(), label);
                        }
                    }
                }
            }
            Matcher references = STEP_REFERENCE.matcher(new org.snakeyaml.engine.v2.api.Dump(
                    org.snakeyaml.engine.v2.api.DumpSettings.builder().build()).dumpToString(body));
            while (references.find()) {
                assertTrue(ids.contains(references.group(1)), job + " refers to a step id " + references.group(1)
                        + " it does not have");
            }
        }
    }

    /** Parses the call as charterkit itself would; an unknown command or option fails here, not in CI. */
    private static void checkCharterkitCall(String line, String label) {
        String command = line.replaceAll("\\$\\{\\{[^}]*}}", "REF").replaceAll("\\s*>.*$", "");
        List<String> args = new ArrayList<>();
        Matcher words = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command.substring("./charterkit ".length()));
        while (words.find()) {
            args.add(words.group(1) != null ? words.group(1) : words.group(2));
        }
        try {
            new CommandLine(new org.charterkit.cli.CharterkitCommand()).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            fail(label + ": `" + line + "` is not a charterkit command: " + e.getMessage());
        }
    }
}

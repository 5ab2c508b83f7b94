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

    /**
     * The actions we rely on: GitHub's own, pinned to the first major version that runs on Node 24 (GitHub has
     * retired Node 20 for actions). upload-pages-artifact is a composite of upload-artifact, on Node 24 from v5.
     */
    private static final Set<String> ACTIONS = Set.of("actions/checkout@v6", "actions/setup-java@v5",
            "actions/upload-artifact@v6", "actions/download-artifact@v7", "actions/github-script@v8",
            "actions/upload-pages-artifact@v5", "actions/deploy-pages@v5");

    private static final Pattern STEP_REFERENCE = Pattern.compile("steps\\.([A-Za-z0-9_-]+)\\.");

    @Test
    void everyWorkflowIsSound() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(WORKFLOWS)) {
            files = list.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        assertEquals(List.of("deploy.yml", "pull-request-comment.yml", "pull-request.yml"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : files) {
            check(file);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String file) throws IOException {
        return (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(WORKFLOWS.resolve(file)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> workflow) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Object job : ((Map<String, Object>) workflow.get("jobs")).values()) {
            all.addAll((List<Map<String, Object>>) ((Map<String, Object>) job).get("steps"));
        }
        return all;
    }

    private static Map<String, Object> step(Map<String, Object> workflow, String name) {
        return steps(workflow).stream().filter(s -> name.equals(s.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no step named " + name));
    }

    @Test
    @SuppressWarnings("unchecked")
    void pullRequestsRunWithReadOnlyRightsAndKeepTheirReportWhateverTheCheckSays() throws IOException {
        Map<String, Object> workflow = load("pull-request.yml");
        Map<String, Object> on = (Map<String, Object>) workflow.get("on");
        assertEquals(Set.of("pull_request"), on.keySet(), "never pull_request_target: that would give a fork's"
                + " code the base repository's rights");
        assertEquals(Map.of("contents", "read"), workflow.get("permissions"));
        Map<String, Object> concurrency = (Map<String, Object>) workflow.get("concurrency");
        assertTrue(concurrency.get("group").toString().contains("${{ github.event.pull_request.number }}"),
                "one run at a time per pull request: " + concurrency);
        assertEquals(true, concurrency.get("cancel-in-progress"));

        Map<String, Object> checkout = step(workflow, "Check out the pull request, with the history of its base");
        assertEquals(false, ((Map<String, Object>) checkout.get("with")).get("persist-credentials"),
                "the token is not left in the checkout for the pull request's code to find");
        Map<String, Object> report = step(workflow, "Write the report for the comment");
        Map<String, Object> keep = step(workflow, "Keep the report for the comment");
        for (Map<String, Object> s : List.of(report, keep)) {
            assertEquals("always()", s.get("if"), s.get("name") + " runs when the check fails too");
        }
        String written = report.get("run").toString();
        assertTrue(written.contains("./charterkit check > report/findings.txt")
                && written.contains("./charterkit diff --base") && written.contains("report/number"), written);
        assertFalse(written.contains("${{"), "values reach the script through env, never pasted into it");
        assertEquals("pull-request-report", ((Map<String, Object>) keep.get("with")).get("name"));
        assertFalse(steps(workflow).stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/github-script")),
                "this run's token cannot comment on a fork's pull request: it posts nothing");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCommentingWorkflowNeverChecksOutOrRunsPullRequestCode() throws IOException {
        Map<String, Object> workflow = load("pull-request-comment.yml");
        Map<String, Object> trigger = (Map<String, Object>) ((Map<String, Object>) workflow.get("on")).get("workflow_run");
        assertEquals(List.of(load("pull-request.yml").get("name")), trigger.get("workflows"),
                "it follows the pull-request workflow, by that workflow's name");
        assertEquals(List.of("completed"), trigger.get("types"), "whether the run passed or failed");
        assertEquals(Set.of("workflow_run"), ((Map<String, Object>) workflow.get("on")).keySet());

        Map<String, Object> permissions = (Map<String, Object>) workflow.get("permissions");
        assertEquals("write", permissions.get("pull-requests"));
        permissions.forEach((scope, level) -> assertTrue(scope.equals("pull-requests") || "read".equals(level),
                "only the comment is written: " + scope + ": " + level));
        Map<String, Object> concurrency = (Map<String, Object>) workflow.get("concurrency");
        String group = concurrency.get("group").toString();
        assertTrue(group.contains("github.event.workflow_run.head_repository.full_name")
                && group.contains("github.event.workflow_run.head_branch"), "one at a time per pull request: " + group);
        assertEquals(false, concurrency.get("cancel-in-progress"), "a comment being posted is not cut off");

        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("comment");
        assertTrue(job.get("if").toString().contains("github.event.workflow_run.event == 'pull_request'")
                && job.get("if").toString().contains("conclusion != 'cancelled'"),
                "it comments after pull requests' runs, passed or failed, but not cancelled ones: " + job.get("if"));
        for (Map<String, Object> s : steps(workflow)) {
            String uses = String.valueOf(s.get("uses"));
            assertFalse(uses.startsWith("actions/checkout"), s.get("name") + " checks out code");
            assertFalse(s.containsKey("run"), s.get("name") + " runs a command: nothing from the pull request may"
                    + " run here, and nothing else needs to");
            assertTrue(uses.startsWith("actions/download-artifact") || uses.startsWith("actions/github-script"),
                    s.get("name") + " uses " + uses);
        }
        Map<String, Object> download = step(workflow, "Download the report of the pull request's run");
        Map<String, Object> with = (Map<String, Object>) download.get("with");
        assertEquals("pull-request-report", with.get("name"), "the report the pull request's run keeps");
        assertEquals("${{ github.event.workflow_run.id }}", with.get("run-id"));

        String script = ((Map<String, Object>) step(workflow, "Post or update the comment").get("with")).get("script")
                .toString();
        for (String running : List.of("child_process", "eval(", "Function(", "exec", "spawn", "require('./",
                "require(\"./", "require('report", "import(")) {
            assertFalse(script.contains(running), "the script must not run anything it downloaded: " + running);
        }
        assertTrue(script.contains("/^[0-9]+$/.test(number)"), "the pull request's number is checked to be one");
        assertTrue(script.contains("pull.head.sha !== run.head_sha"),
                "the report is posted only on the pull request it was made from, at that commit");
        assertTrue(script.contains("<!-- charterkit: charter changes -->") && script.contains("updateComment"),
                "one comment, found by its marker and updated");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyWorkflowHasItsOwnRightsAndConcurrency() throws IOException {
        for (String file : List.of("deploy.yml", "pull-request.yml", "pull-request-comment.yml")) {
            Map<String, Object> workflow = load(file);
            assertTrue(workflow.get("permissions") instanceof Map, file + " says which rights it needs");
            assertTrue(workflow.get("concurrency") instanceof Map<?, ?> c && c.containsKey("group"),
                    file + " has a concurrency group");
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

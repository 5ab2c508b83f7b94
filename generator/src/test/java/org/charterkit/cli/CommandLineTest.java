package org.charterkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.charterkit.CommandRun;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a person runs it: what it prints, where, and its exit code. */
class CommandLineTest {

    static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void buildWritesEveryAreaAndSaysWhereToOpenIt(@TempDir Path dir) {
        Path out = dir.resolve("site");
        CommandRun run = run("build", "--root", TestProjects.repositoryRoot().toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Built 2 areas"), run.out());
        assertTrue(run.out().contains(out.resolve("index.html").toString()), run.out());
        assertTrue(Files.isRegularFile(out.resolve("warwickshire/charter/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("se7/charter/index.html")));
    }

    @Test
    void checkOfTheRealChartersPassesAndWritesNothing(@TempDir Path dir) {
        Path project = TestProjects.copyOfRealProject(dir);
        CommandRun run = run("check", "--root", project.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Checked 2 areas: no errors."), run.out());
        assertFalse(Files.exists(project.resolve("public")));
    }

    @Test
    void mistakesGoToStandardErrorWithTheirLocationAndExitCodeOne(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfRealProject(dir);
        Path charter = project.resolve("charters/warwickshire/charter.md");
        // The edit keeps the released version's number: Warwickshire's current text is 1.0.1, so it says 1.0.
        Files.writeString(charter, Files.readString(charter).replace("    partner: icb", "    partner: ibc")
                .replace("review-by: 2024-11-01", "review-by: 2021-11-01")
                .replace("version: \"1.0.1\"", "version: \"1.0\""));
        CommandRun run = run("check", "--root", project.toString());
        assertEquals(1, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("charters/warwickshire/charter.md:7:1: error: `review-by` (2021-11-01) is not"
                + " after `adopted` (2022-11-01)"), run.err());
        assertTrue(run.err().contains("charters/warwickshire/charter.md:37:14: error: the signatory Tracey Pritchard"
                + " names the partner `ibc`, which is not in `partners`"), run.err());
        // Editing a released charter without a new version number is a third mistake, reported with the others.
        assertTrue(run.err().contains("charters/warwickshire/charter.md:4:1: error: charter.md has changed but still"
                + " says version 1.0, which is released"), run.err());
        // The warnings depend on the day (a guide's check date grows stale), so the summary is held to the lines.
        long warnings = run.err().lines().filter(line -> line.contains(": warning: ")).count();
        assertTrue(run.err().contains("3 errors, " + warnings + " warning" + (warnings == 1 ? "" : "s")), run.err());
    }

    @Test
    void aFailedBuildLeavesTheLastGoodSiteExactlyAsItWas(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        Path out = dir.resolve("site");
        assertEquals(0, run("build", "--root", project.toString(), "--out", out.toString()).code());
        String before = SiteTrees.fingerprint(out);

        Path charter = project.resolve("charters/warwickshire/charter.md");
        Files.writeString(charter, Files.readString(charter).replace("## Communicate", "## Comunicate"));
        CommandRun broken = run("build", "--root", project.toString(), "--out", out.toString());
        assertEquals(1, broken.code());
        assertTrue(broken.err().contains("did you mean `Communicate`?"), broken.err());
        assertTrue(broken.err().contains("Nothing was written"), broken.err());
        assertEquals(before, SiteTrees.fingerprint(out));
    }

    @Test
    void buildRefusesToReplaceAFolderItDidNotWrite(@TempDir Path dir) throws Exception {
        Path precious = dir.resolve("documents");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("minutes.txt"), "keep me");
        CommandRun run = run("build", "--root", TestProjects.repositoryRoot().toString(), "--out", precious.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("holds no record (.charterkit-site) that Charterkit wrote it"), run.err());
        assertEquals("keep me", Files.readString(precious.resolve("minutes.txt")));
    }

    @Test
    void theSameInputGivesTheSameBytes(@TempDir Path dir) {
        Path first = dir.resolve("one");
        Path second = dir.resolve("two");
        assertEquals(0, run("build", "--root", TestProjects.repositoryRoot().toString(), "--out", first.toString()).code());
        assertEquals(0, run("build", "--root", TestProjects.repositoryRoot().toString(), "--out", second.toString()).code());
        assertEquals(SiteTrees.fingerprint(first), SiteTrees.fingerprint(second));
    }

    @Test
    void helpAndVersionFollowTheUsualConventions() {
        CommandRun help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("build") && help.out().contains("check") && help.out().contains("serve"));
        for (String command : new String[] {"build", "check", "serve"}) {
            CommandRun sub = run(command, "--help");
            assertEquals(0, sub.code(), command);
            assertTrue(sub.out().startsWith("Usage: charterkit " + command), sub.out());
        }
        CommandRun version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("charterkit "), version.out());
    }

    @Test
    void wrongUsageExitsWithTwoAndExplainsOnStandardError() {
        CommandRun unknown = run("bake");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Unmatched argument"), unknown.err());
        CommandRun noCommand = run();
        assertEquals(2, noCommand.code());
        assertTrue(noCommand.err().contains("name a command"), noCommand.err());
        CommandRun badPort = run("serve", "--port", "many");
        assertEquals(2, badPort.code());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithItsSize(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfRealProject(dir);
        Path charter = project.resolve("charters/se7/charter.md");
        Files.writeString(charter, Files.readString(charter) + "\n" + "A very long paragraph. ".repeat(50_000));
        CommandRun run = run("check", "--root", project.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("charters/se7/charter.md: error: the file is 1155 kB, over the limit of 1000 kB"),
                run.err());
    }

    @Test
    void theSizeLimitIsASettingOfTheProject(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfRealProject(dir);
        // An extra page: the charter itself is released, and changing it would be a mistake of its own.
        Path charter = project.resolve("charters/warwickshire/pages/journey.md");
        Files.writeString(charter, Files.readString(charter) + "\n" + "A long paragraph. ".repeat(5_000));
        assertEquals(0, run("check", "--root", project.toString()).code(), "90 kB is well within the default");

        Files.writeString(project.resolve("charterkit.yml"), "# This project's settings\nmax-file-size-kb: 50\n");
        CommandRun limited = run("check", "--root", project.toString());
        assertEquals(1, limited.code());
        assertTrue(limited.err().contains("charters/warwickshire/pages/journey.md: error: the file is 94 kB, over the limit of 50 kB"),
                limited.err());
        assertTrue(limited.err().contains("raise `max-file-size-kb` in charterkit.yml"), limited.err());

        Files.writeString(project.resolve("charterkit.yml"), "max-file-size: 50\n");
        CommandRun misspelt = run("check", "--root", project.toString());
        assertEquals(1, misspelt.code());
        assertTrue(misspelt.err().contains("charterkit.yml:1:1: error: `max-file-size` is not a setting (did you mean"
                + " `max-file-size-kb`?)"), misspelt.err());
    }

    @Test
    void progressIsShownWhenAskedForAndIsQuietOtherwise(@TempDir Path dir) {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        CommandRun verbose = run("build", "--verbose", "--root", project.toString(), "--out",
                dir.resolve("a").toString());
        assertEquals(0, verbose.code(), verbose.err());
        // Two PDFs for each of SE7's current text and 1.0, and Warwickshire's current 1.0.1, 1.0.1 and 1.0, and
        // the Easy Read PDF of each area's current charter.
        assertTrue(verbose.err().contains("Printing the charters: 12 of 12"), verbose.err());
        assertTrue(verbose.err().contains("Making the pages of each area: 1 of 2\n"), verbose.err());
        assertTrue(verbose.err().contains("Making the pages of each area: 2 of 2"), verbose.err());

        // Not a terminal, as in CI: no counters among the messages.
        CommandRun quiet = run("build", "--root", project.toString(), "--out", dir.resolve("b").toString());
        assertEquals(0, quiet.code(), quiet.err());
        assertTrue(!quiet.err().contains(" of 2"), quiet.err());
    }

    @Test
    void aMissingProjectIsExplained(@TempDir Path dir) {
        CommandRun run = run("check", "--root", dir.toString());
        assertEquals(2, run.code(), "a folder that is not a project is a usage mistake");
        assertTrue(run.err().contains("there is no `charters` folder"), run.err());
    }

    @Test
    void theVersionNamesTheJavaItRunsOn() {
        CommandRun version = run("--version");
        assertEquals(0, version.code());
        List<String> lines = version.out().lines().toList();
        assertEquals(2, lines.size(), version.out());
        assertTrue(lines.get(0).startsWith("charterkit "), version.out());
        assertTrue(lines.get(1).startsWith("Java " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vendor") + ", "), version.out());
    }

    @Test
    void theHelpListsEveryCommand() {
        CommandRun help = run("--help");
        for (String command : new String[] {"new", "build", "check", "serve", "release", "diff", "completion", "help"}) {
            assertTrue(help.out().lines().anyMatch(l -> l.strip().startsWith(command + " ")), command + " in\n" + help.out());
        }
    }
}

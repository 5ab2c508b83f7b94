package org.charterkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charterkit.CommandRun;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff --base}: what a pull request changes, read from a real git repository with two commits. */
class DiffBaseTest {

    @TempDir
    Path dir;

    @Test
    void reportsWhatTheSecondCommitChanged() throws Exception {
        Path repo = TestProjects.copyOfRealProject(dir.resolve("repo"));
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "The charters as they are");

        Path charter = repo.resolve("charters/warwickshire/charter.md");
        Files.writeString(charter, Files.readString(charter)
                .replace("version: \"1.0.1\"", "version: \"1.1\"")
                .replace("adopted: 2022-11-01", "adopted: 2025-06-01")
                .replace("- communicate clearly and honestly", "- communicate clearly, kindly and honestly")
                .replace("- acknowledge the contributions of partners including use of logos with consent\n",
                        "- acknowledge the contributions of partners including use of logos with consent\n"
                                + "- review this charter with families every year\n"));
        assertEquals(0, CommandRun.of("new", "kent", "--area", "Kent", "--root", repo.toString()).code());
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "Warwickshire 1.1 and a new area");

        CommandRun diff = CommandRun.of("diff", "--base", "HEAD~1", "--root", repo.toString());
        assertEquals(0, diff.code(), diff.err());
        String out = diff.out();
        assertTrue(out.startsWith("# Charter changes since HEAD~1\n"), out);
        assertTrue(out.contains("## Warwickshire: changes from version 1.0.1 to version 1.1"), out);
        assertTrue(out.contains("- added: \"review this charter with families every year\""), out);
        assertTrue(out.contains("### Communicate\n\n- reworded: \"communicate clearly"), out);
        assertTrue(out.contains("kindly**"), "the inserted words are marked:\n" + out);
        assertTrue(out.contains("- Adopted: was 2022-11-01, now 2025-06-01"), out);
        assertTrue(out.contains("## Kent: a new area"), out);
        assertFalse(out.contains("SE7"), "an area the pull request did not touch is not mentioned:\n" + out);

        CommandRun same = CommandRun.of("diff", "--base", "HEAD", "--root", repo.toString());
        assertTrue(same.out().contains("No charter changes."), same.out());

    }

    @Test
    void aBaseThatIsNotARevisionIsAUsageMistake() throws Exception {
        Path repo = TestProjects.copyOfRealProject(dir.resolve("repo"));
        CommandRun notARepository = CommandRun.of("diff", "--base", "main", "--root", repo.toString());
        assertEquals(2, notARepository.code(), notARepository.err());
        assertEquals("charterkit diff: --base needs a git repository, and " + repo.toAbsolutePath().normalize()
                + " is not in one: run it in the repository's working tree. See `charterkit diff --help`.\n",
                notARepository.err());

        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "The charters as they are");
        for (String bad : new String[] {"no-such-branch", "HEAD~5", "--all"}) {
            CommandRun unknown = CommandRun.of("diff", "--base=" + bad, "--root", repo.toString());
            assertEquals(2, unknown.code(), unknown.err());
            assertEquals("", unknown.out());
            assertEquals(1, unknown.err().lines().count(), unknown.err());
            assertTrue(unknown.err().startsWith("charterkit diff: --base `" + bad + "` is not a"), unknown.err());
        }
        assertEquals(0, CommandRun.of("diff", "--base", "HEAD", "--root", repo.toString()).code());
    }

    private static void git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=Test",
                "-c", "user.email=test@charterkit.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes());
        assertEquals(0, git.waitFor(), String.join(" ", command) + "\n" + output);
    }
}

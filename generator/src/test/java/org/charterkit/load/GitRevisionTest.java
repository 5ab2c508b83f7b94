package org.charterkit.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.charterkit.TestProjects;
import org.charterkit.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff --base} reads the base revision with two git processes however many files it has (issue 18):
 * one listing, and one {@code cat-file --batch} for every file's bytes.
 */
class GitRevisionTest {

    @Test
    void everyFileOfTheBaseIsCopiedExactlyWithTwoGitProcesses(@TempDir Path dir) throws Exception {
        Path repo = TestProjects.copyOfRealProject(dir.resolve("repo"));
        // Forty more areas, so one process per file would show as forty more.
        for (int i = 0; i < 40; i++) {
            Path area = Files.createDirectories(repo.resolve("charters/area-" + i));
            Files.copy(repo.resolve("charters/se7/charter.md"), area.resolve("charter.md"));
        }
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "base");
        Files.writeString(repo.resolve("charters/se7/charter.md"), "changed after the base\n");

        GitRevision revision = new GitRevision(repo);
        Diagnostics out = new Diagnostics();
        Path copy = revision.export("HEAD", dir.resolve("copy"), out).orElseThrow();
        assertTrue(!out.hasErrors(), out.sorted().toString());
        assertEquals(2, revision.processesStarted());

        List<Path> files = new ArrayList<>();
        for (String part : List.of("charters", "content")) {
            try (Stream<Path> walk = Files.walk(repo.resolve(part))) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        assertTrue(files.size() > 60, "files: " + files.size());
        for (Path file : files) {
            Path copied = copy.resolve(repo.relativize(file).toString());
            byte[] expected = file.endsWith("se7/charter.md")
                    ? Files.readAllBytes(repo.resolve("charters/area-0/charter.md")) : Files.readAllBytes(file);
            assertArrayEquals(expected, Files.readAllBytes(copied), copied.toString());
        }
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

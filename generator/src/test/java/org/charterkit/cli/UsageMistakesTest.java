package org.charterkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.charterkit.CommandRun;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command used wrongly exits 2 with one line on standard error saying what is wrong and where to read more;
 * exit code 1 stays for mistakes in the charters. Nothing is written.
 */
class UsageMistakesTest {

    @TempDir
    Path dir;

    /** Exit 2, nothing on standard output, one line on standard error holding {@code what}. */
    private static void assertUsageMistake(CommandRun run, String what) {
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), "one line:\n" + run.err());
        assertTrue(run.err().contains(what), run.err());
        assertTrue(run.err().strip().endsWith("--help`."), "says which help to read:\n" + run.err());
    }

    @Test
    void aBadSlugForANewArea() {
        Path project = TestProjects.copyOfRealProject(dir);
        CommandRun run = CommandRun.of("new", "Brighton Hove", "--area", "Brighton and Hove", "--root", project.toString());
        assertUsageMistake(run, "charterkit new: `Brighton Hove` cannot be an area's folder name: use lower-case"
                + " letters and digits in words joined by `-`, like `brighton-hove`.");
        assertFalse(Files.exists(project.resolve("charters/Brighton Hove")));
    }

    @Test
    void aNewAreaThatExistsOrAnUnknownFramework() throws Exception {
        Path project = TestProjects.copyOfRealProject(dir);
        String before = Files.readString(project.resolve("charters/warwickshire/charter.md"));
        assertUsageMistake(CommandRun.of("new", "warwickshire", "--area", "Warwickshire", "--root", project.toString()),
                "the area `warwickshire` exists already");
        assertEquals(before, Files.readString(project.resolve("charters/warwickshire/charter.md")));
        assertUsageMistake(CommandRun.of("new", "kent", "--area", "Kent", "--framework", "four-cornerstone", "--root",
                project.toString()), "there is no framework `four-cornerstone` (did you mean `four-cornerstones`?)");
        assertFalse(Files.exists(project.resolve("charters/kent")));
    }

    @Test
    void anUnknownArea(@TempDir Path out) {
        Path project = TestProjects.copyOfRealProject(dir);
        assertUsageMistake(CommandRun.of("build", "--area", "warwickshir", "--root", project.toString(), "--out",
                out.resolve("site").toString()), "charterkit build: there is no area `warwickshir` (did you mean"
                + " `warwickshire`?); the areas are se7, warwickshire.");
        assertFalse(Files.exists(out.resolve("site")));
        assertUsageMistake(CommandRun.of("diff", "kent", "--root", project.toString()),
                "charterkit diff: there is no area `kent`");
        assertUsageMistake(CommandRun.of("release", "../se7", "--root", project.toString()),
                "charterkit release: there is no area `../se7`");
    }

    @Test
    void aRootThatIsNotAProject() throws Exception {
        assertUsageMistake(CommandRun.of("check", "--root", dir.resolve("nowhere").toString()),
                "charterkit check: the project folder " + dir.resolve("nowhere") + " (given by --root) does not exist");
        Path file = Files.writeString(dir.resolve("charter.md"), "# not a folder\n");
        assertUsageMistake(CommandRun.of("build", "--root", file.toString()), "(given by --root) is a file");
        assertUsageMistake(CommandRun.of("check", "--root", dir.toString()),
                "there is no `charters` folder in " + dir.toAbsolutePath().normalize() + " (given by --root)");
        assertFalse(Files.exists(dir.resolve("public")));
    }

    @Test
    void picocliUsageMistakesAreOneLineToo() {
        CommandRun unknown = CommandRun.of("bild");
        assertUsageMistake(unknown, "charterkit: Unmatched argument at index 0: 'bild' (did you mean `build`?).");
        assertUsageMistake(CommandRun.of("check", "--format", "html"), "charterkit check: Invalid value for option"
                + " '--format'");
        assertUsageMistake(CommandRun.of("new", "kent"), "Missing required option: '--area=NAME'");
    }

    @Test
    void noCommandNamesEveryCommand() {
        CommandRun run = CommandRun.of();
        assertUsageMistake(run, "charterkit: name a command: new, build, check, serve, release, diff, completion or"
                + " help.");
    }
}

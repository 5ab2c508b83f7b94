package org.charterkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.charterkit.TestProjects;
import org.charterkit.diagnostic.Diagnostic;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Areas are read and checked several at once; what comes out must not depend on it. The real project and a
 * project of many areas, made here with mistakes for many rules (and a first area much larger than the rest, so
 * it is the last to finish), are read and checked on one thread and on several: the project, the files read and
 * every diagnostic, hint and order included, are the same, and the same as every rule run over the whole
 * project one after another, as the check did before.
 */
class AreasAtOnceTest {

    private static final LocalDate DAY = TestProjects.BUILD_DAY;

    @Test
    void theRealProjectIsTheSameReadAndCheckedOnOneThreadOrSeveral() {
        assertSameOnAnyThreads(TestProjects.repositoryRoot(), 2);
    }

    @Test
    void manyAreasWithManyMistakesAreTheSameReadAndCheckedOnOneThreadOrSeveral(@TempDir Path dir) throws IOException {
        Path root = manyAreas(dir, 40);
        Checked one = assertSameOnAnyThreads(root, 40);
        // The mistakes made below are all found, so the comparison is of something.
        List<String> messages = one.diagnostics().stream().map(Diagnostic::message).toList();
        for (String expected : List.of("looks like a placeholder", "`XQ7` is not explained", "is not a charter field",
                "the area folder has no charter.md", "would have the same web address", "is hard to read")) {
            assertTrue(messages.stream().anyMatch(m -> m.contains(expected)), expected + " in " + messages);
        }
        assertTrue(one.diagnostics().size() > 100, one.diagnostics().size() + " diagnostics");
    }

    private record Checked(Project project, int filesRead, List<Diagnostic> diagnostics) {
    }

    private static Checked assertSameOnAnyThreads(Path root, int areas) {
        Checked serial = loadAndCheck(root, 1);
        assertEquals(areas, serial.project().areas().size());
        for (int threads : new int[] {2, 8}) {
            Checked parallel = loadAndCheck(root, threads);
            assertEquals(serial.project(), parallel.project(), "the project read on " + threads + " threads");
            assertEquals(serial.filesRead(), parallel.filesRead(), "files read on " + threads + " threads");
            assertEquals(text(serial.diagnostics()), text(parallel.diagnostics()),
                    "diagnostics on " + threads + " threads");
        }
        // As the check was before areas were checked at once: each rule over the whole project, in turn.
        Diagnostics loaded = new Diagnostics();
        Project project = new ProjectLoader(root, loaded, 1).load(Optional.empty());
        for (Rule rule : new Checker(DAY, 1).rules()) {
            rule.check(project, loaded);
        }
        assertEquals(text(loaded.sorted()), text(serial.diagnostics()), "each rule over the whole project");
        return serial;
    }

    private static Checked loadAndCheck(Path root, int threads) {
        Diagnostics out = new Diagnostics();
        ProjectLoader loader = new ProjectLoader(root, out, threads);
        Project project = loader.load(Optional.empty());
        new Checker(DAY, threads).check(project, out);
        return new Checked(project, loader.filesRead(), out.sorted());
    }

    /** Every diagnostic as the command prints it, with its hint. */
    private static List<String> text(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.severity() + " " + d.location() + " " + d.message() + " / " + d.hint())
                .toList();
    }

    /**
     * A copy of the real project with {@code count} more areas, each the Warwickshire charter (its pages, Easy
     * Read edition and released version) written a little differently, several with mistakes.
     */
    private static Path manyAreas(Path dir, int count) throws IOException {
        Path root = TestProjects.emptyProject(dir);
        Path real = TestProjects.repositoryRoot().resolve("charters").resolve("warwickshire");
        String charter = Files.readString(real.resolve("charter.md"));
        for (int i = 0; i < count; i++) {
            Path area = root.resolve("charters").resolve(String.format("area-%03d", i));
            TestProjects.copyTree(real, area);
            String text = charter.replace("Warwickshire", "Area " + i);
            if (i % 3 == 0) {
                text = text.replaceFirst("---\n", "---\ncolour: blue\n");
            }
            if (i % 4 == 1) {
                text = text + "\n\nThe dates of our next meetings are TBC, as the XQ7 forum agrees them"
                        + " [insert dates].\n";
            }
            if (i % 5 == 2) {
                text = text + "\n\nNotwithstanding organisational considerations, multidisciplinary representatives"
                        + " shall"
                        + " institutionalise participatory methodologies notwithstanding inter-organisational"
                        + " accountabilities and commissioning responsibilities.\n";
            }
            Files.writeString(area.resolve("charter.md"), text);
            if (i == 0) {
                // The largest area, read and checked last of all on a pool.
                for (int page = 0; page < 30; page++) {
                    Files.copy(real.resolve("pages").resolve("journey.md"),
                            area.resolve("pages").resolve("journey-" + page + ".md"));
                }
            }
        }
        // A folder with no charter (an error of the load stage) and one whose address is another's.
        Files.createDirectories(root.resolve("charters").resolve("area-017").resolve("pages"));
        Files.delete(root.resolve("charters").resolve("area-017").resolve("charter.md"));
        TestProjects.copyTree(real, root.resolve("charters").resolve("Area-005"));
        return root;
    }
}

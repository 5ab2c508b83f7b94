package org.charterkit.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.charterkit.CommandRun;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charterkit deletes or replaces only what it can prove it wrote. Each case is a throwaway folder holding a
 * person's own files (a thesis, a folder of photos, a folder whose name looks like one of ours, the theme),
 * and each asserts that every one of those files is still there, byte for byte, after the build or the failed
 * build.
 */
class OutputFolderTest {

    @TempDir
    Path dir;

    Path project;

    @BeforeEach
    void aProject() {
        project = TestProjects.copyOfRealProject(dir.resolve("project"));
    }

    private CommandRun build(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--no-pdf", "--root", project.toString(),
                "--out", out.toString()));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    /** A person's own files: a thesis and a folder of photos. */
    private static void theirFiles(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("photos"));
        Files.write(folder.resolve("my-thesis.docx"), new byte[] {'P', 'K', 3, 4, 0, 1, 2, (byte) 0xff});
        Files.write(folder.resolve("photos/beach.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 9, 8, 7});
    }

    @Test
    void anOutputInsideThemesIsRefusedBeforeBuildingAndTheThemeIsUntouched() {
        Map<String, String> theme = tree(project.resolve("themes"));
        CommandRun run = build(project.resolve("themes/default"));
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains("is inside the project's themes/ folder"), run.err());
        assertEquals(theme, tree(project.resolve("themes")));
        // And the next build still works: the theme has its templates.
        assertEquals(0, build(dir.resolve("site")).code());
    }

    @Test
    void outputsInsideOrHoldingTheProjectsFoldersAreRefused() {
        Map<String, String> before = tree(project);
        for (Path out : List.of(project.resolve("charters/site"), project.resolve("content"),
                project.resolve("themes"), project, dir)) {
            CommandRun run = build(out);
            assertEquals(2, run.code(), out + ": " + run.err());
            assertTrue(run.err().startsWith("charterkit build: --out " + out), run.err());
            assertEquals(before, tree(project), out.toString());
        }
        // Through a link as well: the link is followed to where it leads.
        Path link = dir.resolve("into-charters");
        link(link, project.resolve("charters"));
        assertEquals(2, build(link).code());
        assertEquals(before, tree(project));
    }

    @Test
    void aFolderWithALookalikeOfOurFilesAndAPersonsOwnIsRefusedAndKept() throws IOException {
        Path out = dir.resolve("documents");
        theirFiles(out);
        Files.createDirectories(out.resolve("assets"));
        Files.writeString(out.resolve("assets/charterkit.css"), "body { color: black }\n");
        Map<String, String> before = tree(out);

        CommandRun run = build(out);
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("holds no record (.charterkit-site) that Charterkit wrote it"), run.err());
        assertTrue(run.err().contains("choose an empty or new folder with `--out`"), run.err());
        assertTrue(run.err().contains("Nothing was written"), run.err());
        assertEquals(before, tree(out));
        assertEquals(List.of("documents", "project"), children(dir), "nothing was left beside it either");
    }

    @Test
    void filesAddedToASiteWeWroteAreNamedAndTheSiteIsNotReplaced() throws IOException {
        Path out = dir.resolve("site");
        assertEquals(0, build(out).code());
        theirFiles(out);
        Map<String, String> before = tree(out);

        CommandRun run = build(out);
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("the output folder holds files Charterkit did not write, or that changed since"
                + " it wrote them: my-thesis.docx, photos/"), run.err());
        assertEquals(before, tree(out));

        // A page of ours edited by hand is not ours any more either.
        Files.delete(out.resolve("my-thesis.docx"));
        TestProjects.deleteTree(out.resolve("photos"));
        Files.delete(out.resolve("photos"));
        Files.writeString(out.resolve("se7/index.html"), "my notes");
        CommandRun edited = build(out);
        assertEquals(1, edited.code(), edited.err());
        assertTrue(edited.err().contains("did not write, or that changed since it wrote them: se7/index.html"),
                edited.err());
        assertEquals("my notes", Files.readString(out.resolve("se7/index.html")));
    }

    @Test
    void theMarkerListsEveryFileWrittenWithItsHash() throws IOException {
        Path out = dir.resolve("site");
        assertEquals(0, build(out).code());
        List<String> lines = Files.readAllLines(out.resolve(SiteMarker.FILE_NAME));
        Map<String, String> listed = new TreeMap<>();
        lines.stream().filter(l -> !l.startsWith("#"))
                .forEach(l -> listed.put(l.substring(66), l.substring(0, 64)));
        Map<String, String> files = tree(out);
        files.remove(SiteMarker.FILE_NAME);
        files.values().removeIf("folder"::equals);
        assertEquals(files, listed);
        assertTrue(listed.containsKey("se7/charter/index.html") && listed.containsKey("assets/charterkit.css"));
    }

    @Test
    void foldersOfAPersonsOwnNamedLikeOursAreNeverTouched() throws IOException {
        Path out = dir.resolve("site");
        // Named as our leftovers are, and one even holds a copy of a site, but none has our proof inside.
        for (String name : List.of(".charterkit-site-mine", ".charterkit-site-old-1", ".charterkit-site-new-2")) {
            theirFiles(dir.resolve(name));
        }
        Files.createDirectories(dir.resolve(".charterkit-site-old-1/assets"));
        Files.writeString(dir.resolve(".charterkit-site-old-1/assets/charterkit.css"), "body {}\n");
        Map<String, String> before = tree(dir);

        assertEquals(0, build(out).code());
        Map<String, String> after = tree(dir);
        after.keySet().removeIf(p -> p.startsWith("site/"));
        assertEquals(before, after, "a build that succeeded");

        Path charter = project.resolve("charters/se7/charter.md");
        Files.writeString(charter, Files.readString(charter).replace("framework: se7-pathfinder", "framework: se8"));
        CommandRun failed = build(out);
        assertEquals(1, failed.code());
        assertTrue(failed.err().contains("Nothing was written"));
        Map<String, String> afterFailure = tree(dir);
        afterFailure.keySet().removeIf(p -> p.startsWith("site/") || p.startsWith("project/"));
        before.keySet().removeIf(p -> p.startsWith("project/"));
        assertEquals(before, afterFailure, "a build that failed");
    }

    @Test
    void aSymlinkedOutputIsWrittenThroughAndStaysALink() throws IOException {
        Path real = dir.resolve("published");
        Files.createDirectories(real);
        Path link = dir.resolve("site");
        link(link, real);
        assertEquals(0, build(link).code());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.isRegularFile(real.resolve("se7/index.html"), LinkOption.NOFOLLOW_LINKS),
                "the folder it leads to holds the site");

        Path charter = project.resolve("charters/warwickshire/pages/journey.md");
        Files.writeString(charter, Files.readString(charter) + "\nAdded after the first build.\n");
        assertEquals(0, build(link).code(), "a second build replaces the site behind the link");
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real.resolve("warwickshire/journey/index.html"))
                .contains("Added after the first build."));
        assertEquals(List.of("project", "published", "site"), children(dir), "nothing left beside them");
    }

    @Test
    void aKilledBuildsLeftoverIsClearedOnlyWhenItsMarkerNamesIt() throws IOException {
        Path out = dir.resolve("site");
        assertEquals(0, build(out).code());
        // What a build killed while writing leaves: a folder named with a random part, its marker naming it.
        Path ours = dir.resolve(".charterkit-site-new-4711");
        Files.createDirectories(ours.resolve("se7"));
        Files.writeString(ours.resolve(SiteMarker.FILE_NAME),
                "# Charterkit is writing this folder: .charterkit-site-new-4711\n");
        Files.writeString(ours.resolve("se7/index.html"), "half");
        // The same, but its marker names another folder: it was copied or renamed by a person, so it stays.
        Path copied = dir.resolve(".charterkit-site-new-0815");
        TestProjects.copyTree(ours, copied);
        Files.setLastModifiedTime(ours, java.nio.file.attribute.FileTime.fromMillis(0));
        Files.setLastModifiedTime(copied, java.nio.file.attribute.FileTime.fromMillis(0));

        assertEquals(0, build(out).code());
        assertFalse(Files.exists(ours), "the killed build's half-written site is cleared");
        assertEquals("half", Files.readString(copied.resolve("se7/index.html")));
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> children(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file, folder and link under {@code root}, with the file's bytes' hash or the link's target. */
    static Map<String, String> tree(Path root) {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String path = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    tree.put(path, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    tree.put(path + "/", "folder");
                } else {
                    tree.put(path, SiteMarker.sha256(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tree.remove("/");
        return tree;
    }
}

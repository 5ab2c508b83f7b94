package org.charterkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.diagnostic.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links that lead out of the project, to files that exist elsewhere on the machine, are refused at their path
 * and nothing they lead to is published. (The check fixtures {@code *-symlink-out} pin the exact messages for
 * links whose targets do not exist on the machine that runs the tests.)
 */
class SourceLinksTest {

    private static final String SECRET = "Confidential: the minutes of a closed meeting";

    @TempDir
    Path dir;

    Path project;
    Path elsewhere;

    @BeforeEach
    void aProjectAndAFolderOutsideIt() throws IOException {
        project = TestProjects.copyOfRealProject(dir.resolve("project"));
        elsewhere = Files.createDirectories(dir.resolve("home/documents"));
        Files.writeString(elsewhere.resolve("minutes.md"), "---\ntitle: Minutes\n---\n\n" + SECRET + ".\n");
    }

    private List<String> buildErrors() {
        Path out = dir.resolve("site");
        BuildResult result = new SiteBuild("test")
                .run(BuildRequest.build(project, out).on(TestProjects.BUILD_DAY).printing(false));
        assertFalse(result.succeeded(), "the build fails");
        assertFalse(Files.exists(out), "and writes nothing");
        return result.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
    }

    @Test
    void aKnowledgeGuideLinkedToAFileOutsideIsRefused() throws IOException {
        Files.createSymbolicLink(project.resolve("content/knowledge/minutes.md"), elsewhere.resolve("minutes.md"));
        assertEquals(List.of("content/knowledge/minutes.md: error: `content/knowledge/minutes.md` is a link to a"
                + " file outside the project, and what it holds would be published\n  hint: replace the link with a"
                + " copy of the file itself, inside the project, or remove it"), buildErrors());
    }

    @Test
    void anAreasPageLinkedToAFileOutsideIsRefused() throws IOException {
        Files.createSymbolicLink(project.resolve("charters/warwickshire/pages/minutes.md"),
                elsewhere.resolve("minutes.md"));
        List<String> errors = buildErrors();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("charters/warwickshire/pages/minutes.md: error: "), errors.get(0));
    }

    @Test
    void anAreaFolderLinkedToAFolderOutsideIsRefused() throws IOException {
        Path area = Files.createDirectories(elsewhere.resolve("secret-area"));
        TestProjects.copyTree(project.resolve("charters/se7"), area);
        Files.createSymbolicLink(project.resolve("charters/secret-area"), area);
        List<String> errors = buildErrors();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("charters/secret-area: error: `charters/secret-area` is a link to a"
                + " folder outside the project"), errors.get(0));
    }

    @Test
    void anAssetsFolderLinkedOutsideIsRefused() throws IOException {
        Path photos = Files.createDirectories(elsewhere.resolve("photos"));
        Files.write(photos.resolve("holiday.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.createSymbolicLink(project.resolve("charters/se7/assets"), photos);
        List<String> errors = buildErrors();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("charters/se7/assets: error: `charters/se7/assets` is a link to a folder"
                + " outside the project"), errors.get(0));
    }

    /**
     * A hard link cannot be told from the file it shares its bytes with, wherever that is; git cannot carry
     * one, so in a project it is there by accident. It is refused, so nothing is published by it.
     */
    @Test
    void aHardLinkedAssetIsRefused() throws IOException {
        Path photo = elsewhere.resolve("private-photo.png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Files.createDirectories(project.resolve("charters/se7/assets"));
        Files.createLink(project.resolve("charters/se7/assets/team.png"), photo);
        List<String> errors = buildErrors();
        assertEquals(List.of("charters/se7/assets/team.png: error: `assets/team.png` is a hard link (the same file"
                + " has 2 names on this disk), and everything in `assets/` is published; its other names may be"
                + " outside the project, and git cannot carry hard links\n  hint: replace it with a copy of its"
                + " own: copy it aside, delete it, and move the copy back"), errors);
    }

    @Test
    void aLinkThatStaysInsideTheProjectIsFine() throws IOException {
        Files.writeString(project.resolve("charters/warwickshire/notes.md"), "---\ntitle: Notes\n---\n\nOur notes.\n");
        Files.createSymbolicLink(project.resolve("charters/warwickshire/pages/notes.md"), Path.of("../notes.md"));
        Path out = dir.resolve("site");
        BuildResult result = new SiteBuild("test")
                .run(BuildRequest.build(project, out).on(TestProjects.BUILD_DAY).printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        assertTrue(Files.readString(out.resolve("warwickshire/notes/index.html")).contains("Our notes."));
    }
}

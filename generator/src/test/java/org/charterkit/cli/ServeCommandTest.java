package org.charterkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.charterkit.CommandRun;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charterkit serve} as a person runs it, for what it does before it starts serving. */
class ServeCommandTest {

    @Test
    void aBusyPortExitsWithTwoAndOneClearLineBeforeAnythingIsBuilt(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Path out = dir.resolve("site");
            CommandRun run = CommandRun.of("serve", "--root", TestProjects.repositoryRoot().toString(),
                    "--port", String.valueOf(taken.getLocalPort()), "--out", out.toString(), "--no-pdf");
            assertEquals(2, run.code(), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains("127.0.0.1:" + taken.getLocalPort() + " is already in use"), run.err());
            assertTrue(run.err().contains("--port"), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            // Nothing was rendered: no diagnostics were printed, and no site was written.
            assertFalse(run.err().contains("warning"), run.err());
            assertFalse(Files.exists(out));
            assertEquals("", run.out());
        }
    }

    @Test
    void withOutEachCompleteSiteIsWrittenAndASaveUpdatesIt(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        // serve shows drafts, with their banner, as build does only with --drafts.
        Path se7 = project.resolve("charters/se7/charter.md");
        Files.writeString(se7, Files.readString(se7).replace("status: adopted", "status: draft")
                .replace("version: \"1.0\"", "version: \"1.1\""));
        Path out = dir.resolve("site");
        java.io.StringWriter said = new java.io.StringWriter();
        java.io.StringWriter errors = new java.io.StringWriter();
        Thread serving = new Thread(() -> org.charterkit.cli.CharterkitCommand.execute(new String[] {"serve",
                "--root", project.toString(), "--port", "0", "--out", out.toString(), "--no-pdf"},
                new java.io.PrintWriter(said, true), new java.io.PrintWriter(errors, true)));
        serving.start();
        try {
            Path home = out.resolve("warwickshire/charter/index.html");
            waitFor(() -> Files.isRegularFile(home));
            assertTrue(Files.readString(out.resolve("se7/index.html")).contains("This charter is a draft."));
            Path charter = project.resolve("charters/warwickshire/charter.md");
            Files.writeString(charter, Files.readString(charter).replace("version: \"1.0\"", "version: \"1.1\"")
                    + "\n\nWritten to the output folder too.\n");
            waitFor(() -> {
                try {
                    return Files.readString(home).contains("Written to the output folder too.");
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            // The whole site is there, not only the area that was made again.
            assertTrue(Files.isRegularFile(out.resolve("se7/index.html")));
            assertTrue(Files.isRegularFile(out.resolve("assets/charterkit.css")));
            assertTrue(said.toString().contains("Serving "), said.toString());
            waitFor(() -> said.toString().contains(
                    "after charters/warwickshire/charter.md (only warwickshire's pages and the site's own)"));

            // A mistake is printed where a person runs serve, as check prints it; the written site stays as it was.
            String good = Files.readString(charter);
            Files.writeString(charter, good.replace("framework: four-cornerstones", "framework: no-such-framework"));
            waitFor(() -> errors.toString().contains("The browser shows these mistakes until they are fixed."));
            assertTrue(errors.toString().contains("charters/warwickshire/charter.md:8:1: error: there is no framework"
                    + " `no-such-framework`"), errors.toString());
            assertTrue(errors.toString().contains("  hint: use one of:"), errors.toString());
            assertTrue(Files.readString(home).contains("Written to the output folder too."));
            int written = said.toString().split("Wrote the site to", -1).length;
            Files.writeString(charter, good);
            waitFor(() -> said.toString().split("Wrote the site to", -1).length > written);
            assertFalse(errors.toString().contains("Exception"), errors.toString());
        } finally {
            serving.interrupt();
            serving.join(30_000);
        }
        assertFalse(serving.isAlive());
    }

    static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
        long until = System.currentTimeMillis() + 90_000;
        while (!done.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < until, "waited 90 s");
            Thread.sleep(50);
        }
    }

    @Test
    void anOutputInsideTheSourcesIsRefusedBeforeServing(@TempDir Path dir) throws Exception {
        Path project = TestProjects.copyOfRealProject(dir.resolve("project"));
        CommandRun run = CommandRun.of("serve", "--root", project.toString(), "--port", "0",
                "--out", project.resolve("themes/default").toString());
        assertEquals(2, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("charterkit serve: "), run.err());
        assertTrue(Files.isDirectory(project.resolve("themes/default/templates")));
    }
}

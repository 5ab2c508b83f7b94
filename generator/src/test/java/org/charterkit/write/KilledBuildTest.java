package org.charterkit.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed outright (SIGKILL: no shutdown hooks, no finally blocks) never leaves a half-written site
 * where the live one was. The build runs as a real separate process, killed at moments spread over its life.
 */
class KilledBuildTest {

    @TempDir
    Path dir;

    @Test
    void aBuildKilledAtAnyMomentLeavesThePreviousSiteAsItWas() throws Exception {
        Path root = TestProjects.copyOfRealProject(dir.resolve("project"));
        // More areas, so that a build lasts long enough to be killed in the middle of rendering and of writing.
        for (int i = 1; i <= 24; i++) {
            TestProjects.copyTree(root.resolve("charters/warwickshire"), root.resolve("charters/area-" + i));
        }
        Path site = dir.resolve("site");
        assertEquals(0, build(root, site).waitFor(), "the first build succeeds");
        Map<String, String> before = hashes(site);
        assertTrue(before.size() > 300, "a site of " + before.size() + " files");

        Path journey = root.resolve("charters/warwickshire/pages/journey.md");
        Files.writeString(journey, Files.readString(journey) + "\nA paragraph added after the first build.\n");

        // Killed while starting, while rendering, and while writing the new site beside the old one.
        for (long delay : List.of(300L, 1200L)) {
            Process build = build(root, site);
            build.waitFor(delay, TimeUnit.MILLISECONDS);
            kill(build);
            assertEquals(before, hashes(site), "killed " + delay + " ms after starting");
        }
        for (long delay : List.of(0L, 40L)) {
            Process build = build(root, site);
            awaitStaging(build, site);
            build.waitFor(delay, TimeUnit.MILLISECONDS);
            kill(build);
            assertEquals(before, hashes(site), "killed " + delay + " ms into writing");
        }

        assertEquals(0, build(root, site).waitFor(), "the next build succeeds");
        assertNotEquals(before, hashes(site));
        assertTrue(Files.readString(site.resolve("warwickshire/journey/index.html"))
                .contains("A paragraph added after the first build."));
    }

    @Test
    void aSiteLeftAsideByAKillBetweenTheTwoRenamesIsPutBackByTheNextBuild() throws IOException {
        Path root = TestProjects.copyOfRealProject(dir.resolve("project"));
        Path site = dir.resolve("site");
        assertTrue(run(root, site).succeeded());
        Map<String, String> before = hashes(site);
        // The state a kill between the two renames leaves: the old site renamed, the new one not yet in place.
        Files.move(site, dir.resolve(".charterkit-site-old-1234"));

        Path charter = root.resolve("charters/se7/charter.md");
        Files.writeString(charter, Files.readString(charter).replace("framework: se7-pathfinder", "framework: se8"));
        assertFalse(run(root, site).succeeded(), "this build fails on its own mistake");
        assertEquals(before, hashes(site), "but the previous site is back where it was");
    }

    private static BuildResult run(Path root, Path site) {
        return new SiteBuild("test").run(BuildRequest.build(root, site).on(TestProjects.BUILD_DAY));
    }

    private static Process build(Path root, Path site) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.charterkit.cli.CharterkitCommand",
                "build", "--root", root.toString(), "--out", site.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** SIGKILL on Linux: the process gets no chance to tidy up. */
    private static void kill(Process build) throws InterruptedException {
        build.destroyForcibly();
        build.waitFor();
    }

    /** Waits until the build has begun writing its new site beside the old one. */
    private static void awaitStaging(Process build, Path site) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && build.isAlive()) {
            try (Stream<Path> children = Files.list(site.getParent())) {
                if (children.anyMatch(p -> p.getFileName().toString().startsWith(".charterkit-site-new-"))) {
                    return;
                }
            }
            Thread.sleep(2);
        }
        throw new AssertionError("the build never began writing");
    }

    private static Map<String, String> hashes(Path site) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                hashes.put(site.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.charterkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data-sharing archive: made by the first {@code check} or {@code build} after the jar (not
 * by {@code --version}, which loads too little to help), with the command's output unchanged, and used by the next run (which {@code -Xshare:on} proves: the JVM refuses to start when it cannot
 * map the archive it is given).
 */
class LauncherStartUpIT {

    @TempDir
    Path dir;

    @Test
    void theFirstCheckMakesTheArchiveAndTheNextStartsFromIt() throws Exception {
        Path jar = TestProjects.repositoryRoot().resolve("generator/target/charterkit.jar");
        assertTrue(Files.isRegularFile(jar), "the runnable jar, made by `mvn package` before this test runs: " + jar);
        Path checkout = dir.resolve("checkout");
        Files.createDirectories(checkout.resolve("generator/src/main"));
        Files.createDirectories(checkout.resolve("generator/target"));
        Files.copy(TestProjects.repositoryRoot().resolve("charterkit"), checkout.resolve("charterkit"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Files.writeString(checkout.resolve("generator/pom.xml"), "<project/>\n");
        FileTime before = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        for (Path p : new Path[] {checkout.resolve("pom.xml"), checkout.resolve("generator/pom.xml"),
                checkout.resolve("generator/src/main")}) {
            Files.setLastModifiedTime(p, before);
        }
        Files.copy(jar, checkout.resolve("generator/target/charterkit.jar"));
        Path archive = checkout.resolve("generator/target/charterkit.jsa");

        // A run that loads little (`--version`) makes no archive: it would hold too few classes to help a check.
        run(checkout, Map.of(), "--version");
        assertFalse(Files.exists(archive), "no archive from --version");
        String root = TestProjects.repositoryRoot().toString();
        String first = run(checkout, Map.of(), "check", "--root", root);
        assertTrue(Files.isRegularFile(archive), "the archive after the first check");
        try (var left = Files.list(checkout.resolve("generator/target"))) {
            assertEquals(2, left.count(), "the jar and the archive, nothing half-written beside them");
        }
        String second = run(checkout, Map.of("CHARTERKIT_JAVA_OPTS", "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
                + " -Xshare:on"), "check", "--root", root);
        assertEquals(first, second);
        assertTrue(first.contains("warwickshire"), first);
        assertFalse(first.contains("cds"), "no notes of the JVM about the archive: " + first);
    }

    private static String run(Path checkout, Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", checkout.resolve("charterkit").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder launch = new ProcessBuilder(command);
        launch.environment().putAll(environment);
        Process launcher = launch.redirectErrorStream(true).start();
        String said = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, launcher.waitFor(), said);
        return said;
    }
}

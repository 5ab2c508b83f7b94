package org.charterkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's first use builds only what the charterkit command needs: the generator's classes and its
 * runnable jar. No test is compiled, no test library is fetched and the Maven plugin is left alone, so a new
 * user waits for the least Maven can do. Run with a stand-in {@code mvn} on the PATH that records what it is asked.
 */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void firstUseAsksMavenOnlyForTheGeneratorsJar() throws Exception {
        Path checkout = dir.resolve("checkout");
        Files.createDirectories(checkout.resolve("generator/src/main"));
        Files.copy(TestProjects.repositoryRoot().resolve("charterkit"), checkout.resolve("charterkit"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Files.writeString(checkout.resolve("generator/pom.xml"), "<project/>\n");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path asked = dir.resolve("mvn-arguments");
        // The stand-in writes one argument a line, then fails, as a build would without a network.
        Path mvn = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + asked
                + "'\necho 'no network here'\nexit 1\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder launch = new ProcessBuilder("bash", checkout.resolve("charterkit").toString(), "--version");
        launch.environment().put("PATH", bin + ":/usr/bin:/bin");
        Process launcher = launch.redirectErrorStream(true).start();
        String said = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, launcher.waitFor(), said);
        assertTrue(said.contains("no network here") && said.contains("the generator did not build"), said);

        List<String> args = Files.readAllLines(asked);
        assertTrue(args.contains("-pl") && args.get(args.indexOf("-pl") + 1).equals("generator"),
                "the generator module only: " + args);
        assertFalse(args.contains("-am") || args.contains("--also-make"), "no other module: " + args);
        assertTrue(args.contains("-Dmaven.test.skip=true"), "tests are not compiled: " + args);
        List<String> goals = args.stream().filter(a -> !a.startsWith("-") && !a.equals("generator")
                && !a.endsWith("pom.xml")).toList();
        assertEquals(List.of("resources:resources", "compiler:compile", "jar:jar", "shade:shade@runnable-jar"), goals,
                "named steps, never a lifecycle phase such as package, which would bring the test steps and their"
                        + " libraries into Maven's plan");
    }

    @Test
    void theNamedShadeStepIsTheOneThatMakesTheRunnableJar() throws Exception {
        org.jsoup.nodes.Document pom = org.jsoup.Jsoup.parse(
                Files.readString(TestProjects.repositoryRoot().resolve("generator/pom.xml")), "",
                org.jsoup.parser.Parser.xmlParser());
        org.jsoup.nodes.Element shade = pom.select("build > plugins > plugin").stream()
                .filter(p -> p.selectFirst("> artifactId").text().equals("maven-shade-plugin")).findFirst()
                .orElseThrow();
        org.jsoup.nodes.Element execution = shade.selectFirst("executions > execution");
        assertEquals("runnable-jar", execution.selectFirst("> id").text(), "the launcher runs shade:shade@runnable-jar");
        assertEquals("charterkit", execution.selectFirst("configuration > finalName").text(),
                "it writes generator/target/charterkit.jar, the jar the launcher runs");
    }
}

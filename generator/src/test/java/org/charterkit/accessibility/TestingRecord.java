package org.charterkit.accessibility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.charterkit.TestProjects;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.AccessibilityTesting;

/**
 * The facts of an accessibility test run, kept in {@code content/accessibility-testing.yml} so each area's
 * accessibility statement reports how and when its pages were tested. The tests rewrite the file when run with
 * {@code -Dcharterkit.recordAccessibility=true}, and otherwise fail when the file no longer describes what they
 * check, so the statement cannot drift from the tests.
 */
final class TestingRecord {

    static final Path FILE = TestProjects.repositoryRoot().resolve("content/accessibility-testing.yml");

    /** What the accessibility tests check, in the words the statement uses. */
    static final List<String> CHECKS = List.of(
            "every page against the WCAG 2.2 A and AA rules and best practices of axe-core, in the light and the"
                    + " dark colour scheme",
            "every page for valid HTML with the Nu HTML Checker",
            "every page at 320 pixels wide for sideways scrolling",
            "every page with text at 200% for sideways scrolling and cut-off text",
            "every page with a keyboard alone: every link reached in order, with a visible focus indicator and a"
                    + " target of at least 24 by 24 pixels",
            "the printed charter page for all of its commitments in reading order, with no navigation");

    private TestingRecord() {
    }

    static List<String> tools(String axeVersion, String chromiumVersion) {
        return List.of("axe-core " + axeVersion + " through Deque's axe-core Selenium library",
                "Nu HTML Checker " + System.getProperty("charterkit.nuValidatorVersion", "unknown"),
                "Chromium " + chromiumVersion + " on Debian, driven by Selenium");
    }

    static Optional<AccessibilityTesting> current() {
        Diagnostics diagnostics = new Diagnostics();
        return new ProjectLoader(TestProjects.repositoryRoot(), diagnostics).load(Optional.of("warwickshire"))
                .accessibilityTesting();
    }

    static void write(List<String> tools, int pages, String result) throws IOException {
        StringBuilder yaml = new StringBuilder()
                .append("# Written by the accessibility tests (AccessibilityTest) when run with\n")
                .append("# -Dcharterkit.recordAccessibility=true; checked by them on every other run. Do not edit.\n")
                .append("date: ").append(LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)))
                .append("\npages: ").append(pages).append("\nresult: ").append(quote(result)).append("\ntools:\n");
        tools.forEach(t -> yaml.append("  - ").append(quote(t)).append('\n'));
        yaml.append("checks:\n");
        CHECKS.forEach(c -> yaml.append("  - ").append(quote(c)).append('\n'));
        Files.writeString(FILE, yaml.toString());
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static boolean recording() {
        return Boolean.getBoolean("charterkit.recordAccessibility");
    }

}

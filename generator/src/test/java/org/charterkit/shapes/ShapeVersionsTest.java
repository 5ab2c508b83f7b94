package org.charterkit.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.charterkit.CommandRun;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Versions track what the shapes add: `diff` and the what-changed page show Telford &amp; Wrekin's changed
 * lead-ins, and Tameside's pledges moving on from one released version to the next.
 */
class ShapeVersionsTest {

    @TempDir
    Path dir;

    @Test
    void diffShowsTelfordsChangedLeadInsUnderItsOwnNames() {
        Path project = ShapeProjects.project(dir);
        CommandRun diff = CommandRun.of("diff", "telford-and-wrekin", "--root", project.toString());
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().contains("Feel welcomed and cared for\n"), diff.out());
        assertTrue(diff.out().contains("lead-in: "), diff.out());
        assertTrue(diff.out().contains("achieve this by"), diff.out());
        assertTrue(diff.out().contains("To make sure you feel welcomed and cared for, we"), diff.out());
        assertTrue(diff.out().contains("checking in with families after a meeting"), diff.out());
    }

    @Test
    void tamesidesPledgesAreTrackedFromOneVersionToTheNext() throws Exception {
        Path project = ShapeProjects.project(dir.resolve("project"));
        Path charter = project.resolve("charters/tameside/charter.md");
        String first = Files.readString(charter);
        // Released as the forum does by hand: a frozen copy and its fingerprint.
        TestProjects.write(project.resolve("charters/tameside/versions/1.0.md"), first);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
        TestProjects.write(project.resolve("charters/tameside/versions/SHA256SUMS"), sha + "  1.0.md\n");
        String second = first.replace("version: \"1.0\"", "version: \"1.1\"")
                .replace("adopted: 2025-01-15", "adopted: 2026-05-01")
                .replace("    target: 2026-03\n    status: in progress\n", "    target: 2026-03\n    status: done\n")
                .replace("---\n\n## Welcome and Care", "  - what: Add a page in Urdu and Bengali\n"
                        + "    target: 2026-12\n    status: planned\n---\n\n## Welcome and Care");
        Files.writeString(charter, second);

        CommandRun diff = CommandRun.of("diff", "tameside", "--root", project.toString());
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().contains("Pledges\n"), diff.out());
        assertTrue(diff.out().contains("Train every SEND caseworker in co-production\u201d (status was in-progress,"
                + " now done)") || diff.out().contains("Train every SEND caseworker in co-production\" (status was"
                + " in-progress, now done)"), diff.out());
        assertTrue(diff.out().contains("Add a page in Urdu and Bengali"), diff.out());

        Path site = dir.resolve("site");
        BuildResult result = new SiteBuild("test").run(BuildRequest.build(project, site).on(ShapeProjects.DAY)
                .printing(false));
        assertTrue(result.succeeded(), result.diagnostics().toString());
        Document changes = Jsoup.parse(site.resolve("tameside/changes/1.0-to-1.1/index.html").toFile(), "UTF-8");
        List<String> pledges = changes.getElementById("changes-pledges").parent().select("li").eachText();
        assertEquals(List.of("Pledge updated: Train every SEND caseworker in co-production (status was In"
                + " progress, now Done)", "Pledge added: Add a page in Urdu and Bengali"), pledges);
        Document old = Jsoup.parse(site.resolve("tameside/v/1.0/index.html").toFile(), "UTF-8");
        assertTrue(old.select("#pledges li.pledge").get(1).text().contains("Status In progress"),
                "the released version keeps the status it had");
        assertTrue(old.select(".pledge-overdue").isEmpty(), "an old version is a record, not a warning");
        Document now = Jsoup.parse(site.resolve("tameside/pledges/index.html").toFile(), "UTF-8");
        assertEquals(6, now.select("li.pledge").size());
        assertTrue(now.select(".pledge-overdue").isEmpty(), "done is never overdue");
    }
}

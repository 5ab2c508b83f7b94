package org.charterkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.charterkit.CommandRun;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** {@code charterkit new}: a new area's charter that the check accepts as soon as its commitments are written. */
class NewCommandTest {

    @TempDir
    Path dir;

    @Test
    void newThenFillInThenCheckPasses() throws Exception {
        Path project = TestProjects.copyOfRealProject(dir);
        CommandRun created = CommandRun.of("new", "brighton-and-hove", "--area", "Brighton and Hove",
                "--root", project.toString());
        assertEquals(0, created.code(), created.err());
        Path charter = project.resolve("charters/brighton-and-hove/charter.md");
        String text = Files.readString(charter);
        for (String cornerstone : new String[] {"Welcome and Care", "Value and Include", "Communicate",
                "Work in Partnership", "Trust"}) {
            assertTrue(text.contains("\n## " + cornerstone + "\n"), cornerstone + " in\n" + text);
        }
        assertTrue(text.contains("area: \"Brighton and Hove\""), text);

        CommandRun unfilled = CommandRun.of("check", "--root", project.toString());
        assertEquals(1, unfilled.code(), "empty cornerstones are mistakes until filled in");
        assertTrue(unfilled.err().contains("charters/brighton-and-hove/charter.md:"), unfilled.err());

        // Fill in: the note under each cornerstone becomes a real commitment.
        Files.writeString(charter, text.replaceAll("<!-- - the first thing you promise under ([^>]*) -->",
                "- listen to families about $1"));
        CommandRun filled = CommandRun.of("check", "--root", project.toString());
        assertEquals(0, filled.code(), filled.err());
        // A new charter is a draft until adopted: drafts are built only when asked for.
        assertTrue(CommandRun.of("build", "--root", project.toString(), "--no-pdf", "--drafts", "--out",
                dir.resolve("site").toString()).code() == 0);
        assertTrue(Files.readString(dir.resolve("site/brighton-and-hove/charter/index.html"))
                .contains("listen to families about Welcome and Care"));
    }

    @Test
    void anotherFrameworkGivesItsOwnHeadings() throws Exception {
        Path project = TestProjects.copyOfRealProject(dir);
        assertEquals(0, CommandRun.of("new", "kent", "--area", "Kent", "--framework", "se7-pathfinder",
                "--root", project.toString()).code());
        String text = Files.readString(project.resolve("charters/kent/charter.md"));
        assertTrue(text.contains("\n## Our Promise to Parent Carers\n") && text.contains("\n## How We Meet\n"), text);
        assertTrue(text.contains("framework: se7-pathfinder"), text);
    }

    @Test
    void anExistingAreaABadNameOrAnUnknownFrameworkIsRefused() throws Exception {
        Path project = TestProjects.copyOfRealProject(dir);
        String before = Files.readString(project.resolve("charters/warwickshire/charter.md"));
        CommandRun existing = CommandRun.of("new", "warwickshire", "--area", "Warwickshire", "--root",
                project.toString());
        assertEquals(2, existing.code(), "a usage mistake");
        assertTrue(existing.err().contains("charterkit new: the area `warwickshire` exists already"),
                existing.err());
        assertEquals(before, Files.readString(project.resolve("charters/warwickshire/charter.md")));

        CommandRun badSlug = CommandRun.of("new", "Brighton Hove", "--area", "Brighton", "--root", project.toString());
        assertEquals(2, badSlug.code());
        assertTrue(badSlug.err().contains("like `brighton-hove`"), badSlug.err());

        CommandRun badFramework = CommandRun.of("new", "kent", "--area", "Kent", "--framework", "four-cornerstone",
                "--root", project.toString());
        assertEquals(2, badFramework.code());
        assertTrue(badFramework.err().contains("(did you mean `four-cornerstones`?)"), badFramework.err());
        assertTrue(!Files.exists(project.resolve("charters/kent")));
    }

    @Test
    void aCharterOfProseValuesWithPledgesStartsAndPassesOnceWritten() throws Exception {
        Path project = TestProjects.copyOfRealProject(dir);
        CommandRun created = CommandRun.of("new", "hillingdon", "--area", "Hillingdon", "--value",
                "Value lived experience", "--value", "Share power", "--pledges", "--root", project.toString());
        assertEquals(0, created.code(), created.err());
        String framework = Files.readString(project.resolve("content/frameworks/hillingdon-values.yml"));
        assertTrue(framework.contains("form: prose") && framework.contains("name: \"Share power\""), framework);
        Path charter = project.resolve("charters/hillingdon/charter.md");
        String text = Files.readString(charter);
        assertTrue(text.contains("framework: hillingdon-values"), text);
        assertTrue(text.contains("\n## 1. Value lived experience\n") && text.contains("\n## 2. Share power\n"), text);
        assertTrue(text.contains("\npledges:\n"), text);

        CommandRun unwritten = CommandRun.of("check", "--root", project.toString());
        assertEquals(1, unwritten.code(), "a value with nothing said is a mistake until written");
        assertTrue(unwritten.err().contains("error: the value Value lived experience says nothing"), unwritten.err());
        assertTrue(unwritten.err().contains("warning: `[insert the first piece of work you pledge]` looks like a"
                + " placeholder"), unwritten.err());

        Files.writeString(charter, text
                .replaceAll("<!-- Say what \"([^\"]*)\" means[^>]*-->", "We hold to $1 in all we do.")
                .replace("[insert the first piece of work you pledge]", "Train every caseworker in co-production")
                .replace("[insert who leads it]", "SEND team"));
        CommandRun written = CommandRun.of("check", "--root", project.toString());
        assertEquals(0, written.code(), written.err());
        assertTrue(!written.err().contains("placeholder") && !written.err().contains("says nothing"), written.err());
        // A new charter is a draft until adopted: published here with --drafts, to read it back.
        assertEquals(0, CommandRun.of("build", "--root", project.toString(), "--no-pdf", "--drafts", "--out",
                dir.resolve("site").toString()).code());
        String home = Files.readString(dir.resolve("site/hillingdon/index.html"));
        assertTrue(home.contains("2. Share power") && home.contains("The 2 values of this charter"), home);
        assertTrue(Files.readString(dir.resolve("site/hillingdon/pledges/index.html"))
                .contains("Train every caseworker in co-production"));
    }

    @Test
    void aNameWithQuoteMarksAndLineBreaksIsWrittenAsYamlAndReadsBackExactly() throws Exception {
        Path project = TestProjects.copyOfRealProject(dir);
        String name = "Foo\"\nstatus: adopted\nx: \"y";
        CommandRun created = CommandRun.of("new", "foo", "--area", name, "--root", project.toString());
        assertEquals(0, created.code(), created.err());
        String text = Files.readString(project.resolve("charters/foo/charter.md"));
        int close = text.indexOf("\n---\n", 4);
        assertTrue(text.startsWith("---\n") && close > 0, text);
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(text.substring(4, close));
        assertEquals(name, fields.get("area"));
        assertEquals("Working Together Charter for " + name, fields.get("title"));
        assertEquals("draft", fields.get("status"));
        assertEquals(List.of("title", "area", "version", "status", "framework", "language"),
                List.copyOf(fields.keySet()), "no field but the scaffold's own");
    }

    @Test
    void aWindowsDeviceNameIsRefusedButANameStartingWithOneIsNot() throws Exception {
        Path project = TestProjects.copyOfRealProject(dir);
        for (String device : new String[] {"aux", "con", "nul", "prn", "com1", "lpt9"}) {
            CommandRun refused = CommandRun.of("new", device, "--area", "Somewhere", "--root", project.toString());
            assertEquals(1, refused.code(), device);
            assertTrue(refused.err().contains("charters/" + device + ": error: `" + device
                    + "` is a device name on Windows"), refused.err());
            assertTrue(refused.err().contains("such as `" + device + "-area`"), refused.err());
            assertTrue(!Files.exists(project.resolve("charters/" + device)), device);
        }
        assertEquals(0, CommandRun.of("new", "aux-1", "--area", "Aux One", "--root", project.toString()).code());
        assertTrue(Files.exists(project.resolve("charters/aux-1/charter.md")));
    }
}

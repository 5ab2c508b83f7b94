package org.charterkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.charterkit.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charterkit completion}: a bash script that really completes commands and options, tried in bash. */
class CompletionTest {

    @TempDir
    Path dir;

    @Test
    void bashCompletesCommandsAndTheirOptions() throws Exception {
        CommandRun run = CommandRun.of("completion");
        assertEquals(0, run.code(), run.err());
        Path script = Files.writeString(dir.resolve("charterkit.bash"), run.out());

        assertEquals(List.of("build"), complete(script, "./charterkit", "bu"));
        assertEquals(List.of("release"), complete(script, "./charterkit", "rel"));
        assertTrue(complete(script, "charterkit", "").containsAll(List.of("new", "build", "check", "serve", "release",
                "diff", "completion")), "every command is offered");
        assertEquals(List.of("--no-pdf"), complete(script, "charterkit", "build", "--no"));
        assertTrue(complete(script, "charterkit", "diff", "--").containsAll(List.of("--base", "--from", "--to",
                "--format", "--root")));
    }

    /** The words bash offers after {@code words}, the last being the one being typed. */
    private List<String> complete(Path script, String... words) throws Exception {
        StringBuilder array = new StringBuilder();
        for (String w : words) {
            array.append('\'').append(w).append("' ");
        }
        String line = String.join(" ", words);
        String probe = "source '" + script + "'\n"
                + "COMP_WORDS=(" + array + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'\nCOMP_POINT=" + line.length() + "\n"
                + "_complete_charterkit\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        // Outside an interactive shell `compopt` complains on standard error; only the offered words matter.
        Process bash = new ProcessBuilder("bash", "-c", probe).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), out);
        return out.lines().map(String::strip).filter(s -> !s.isEmpty()).sorted().toList();
    }
}

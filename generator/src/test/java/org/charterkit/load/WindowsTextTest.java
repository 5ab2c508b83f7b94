package org.charterkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.List;
import org.charterkit.diagnostic.Diagnostic;
import org.charterkit.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

/**
 * A charter saved by Word or Notepad on Windows, whose only bytes above ASCII are Word's curly quotes, dashes
 * and pound signs, is read as Windows-1252, with a warning where the first such byte stands; any other byte that
 * is not UTF-8 is still an error, since its letter depends on the code page that saved it.
 */
class WindowsTextTest {

    private static final Charset WINDOWS = Charset.forName("windows-1252");

    @Test
    void wordsPunctuationIsReadAsWordShowsIt() {
        Diagnostics out = new Diagnostics();
        byte[] bytes = "# Title\n\nWe will make sure everyone\u2019s voice is heard \u2013 \u201call\u201d of them, for \u00a30\u2026\n"
                .getBytes(WINDOWS);
        SourceText text = SourceText.decode("charters/x/charter.md", bytes, out).orElseThrow();
        assertEquals("# Title\n\nWe will make sure everyone\u2019s voice is heard \u2013 \u201call\u201d of them, for"
                + " \u00a30\u2026\n", text.text());
        List<Diagnostic> said = out.sorted();
        assertEquals(1, said.size());
        assertTrue(said.get(0).format().startsWith("charters/x/charter.md:3:27: warning: the file is saved as Windows"
                + " text (Windows-1252), not UTF-8"), said.get(0).format());
    }

    @Test
    void aLetterOutsideWordsPunctuationIsStillAnError() {
        Diagnostics out = new Diagnostics();
        byte[] bytes = "Signed by Ren\u00e9e \u2013 chair\n".getBytes(WINDOWS);
        assertTrue(SourceText.decode("charters/x/charter.md", bytes, out).isEmpty());
        assertEquals("charters/x/charter.md:1:14: error: the file is not valid UTF-8 text",
                out.sorted().get(0).format().lines().findFirst().orElse(""));
    }
}

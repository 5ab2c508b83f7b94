package org.charterkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.charterkit.diagnostic.Fault;
import org.junit.jupiter.api.Test;

/**
 * A failure no input should cause is one line on standard error, naming what Charterkit was doing and the file,
 * with exit code 3, never a stack trace (issue 18). Every known input that once crashed now gives a located
 * error ({@code HostileInputTest}), so the fault here is made directly: a real stack overflow, caught where a
 * stage reads a file.
 */
class FaultReportTest {

    private static int deeper(int n) {
        return deeper(n + 1) + 1;
    }

    @Test
    void aStackOverflowWhileReadingAFileIsOneLineNamingTheFile() {
        Fault fault = assertThrows(Fault.class,
                () -> Fault.guard("reading", "charters/testshire/charter.md", () -> deeper(0)));
        StringWriter err = new StringWriter();
        int code = FaultReport.report(fault, "build", new PrintWriter(err, true));
        assertEquals(3, code);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertEquals("charterkit: failed while reading charters/testshire/charter.md (StackOverflowError); this is a"
                + " fault in Charterkit, not in your files: please report it. Nothing was written; the last site"
                + " built is unchanged.", err.toString().strip());
    }

    @Test
    void anUnexpectedExceptionAnywhereElseNamesTheCommandAndKeepsOneLine() {
        StringWriter err = new StringWriter();
        int code = FaultReport.report(new IllegalStateException("first\n\tat somewhere\nmore"), "check",
                new PrintWriter(err, true));
        assertEquals(3, code);
        assertEquals("charterkit: failed while running `charterkit check` (IllegalStateException: first); this is a"
                + " fault in Charterkit, not in your files: please report it.", err.toString().strip());
        assertTrue(err.toString().lines().count() == 1);
    }

    @Test
    void aFaultInsideAnotherKeepsTheInnerFile() {
        Fault inner = new Fault("reading", "content/glossary.yml", new IllegalArgumentException());
        Fault outer = assertThrows(Fault.class, () -> Fault.guard("reading", "charterkit.yml", () -> {
            throw inner;
        }));
        assertEquals("content/glossary.yml", outer.file());
    }
}

package org.charterkit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.charterkit.diagnostic.Diagnostic;
import org.charterkit.diagnostic.Location;

/**
 * How {@code check} reports mistakes: as text for people, as GitHub Actions workflow commands so each mistake
 * appears on its line of the pull request, or as a SARIF 2.1.0 log for GitHub code scanning.
 */
enum ReportFormat {
    // Lower case, as typed on the command line: picocli matches the constants' names (as DiffCommand.Format).
    text, github, sarif;

    /**
     * One {@code ::error file=…,line=…,col=…,title=…::message} command per diagnostic. The hint goes into the
     * message after a line break, which GitHub shows under the message on the annotated line.
     */
    static String annotations(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            Location at = d.location();
            out.append("::").append(d.isError() ? "error" : "warning").append(" file=").append(property(at.file()));
            if (at.line() > 0) {
                out.append(",line=").append(at.line());
                if (at.column() > 0) {
                    out.append(",col=").append(at.column());
                }
            }
            out.append(",title=").append(property("Charterkit: " + (d.isError() ? "error" : "warning")));
            out.append("::").append(data(d.hint().isEmpty() ? d.message() : d.message() + "\n" + d.hint()));
            out.append('\n');
        }
        return out.toString();
    }

    /** The SARIF 2.1.0 log of a check: one result per diagnostic, with its file, line and column. */
    static String sarifLog(List<Diagnostic> diagnostics, String version) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode log = json.createObjectNode();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Charterkit");
        driver.put("semanticVersion", version);
        ArrayNode rules = driver.putArray("rules");
        rule(rules, "charter-error", "A mistake that stops the charter being published");
        rule(rules, "charter-warning", "Something to put right, which does not stop publishing");
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : diagnostics) {
            ObjectNode result = results.addObject();
            result.put("ruleId", d.isError() ? "charter-error" : "charter-warning");
            result.put("level", d.isError() ? "error" : "warning");
            result.putObject("message").put("text", d.hint().isEmpty() ? d.message()
                    : d.message() + ". How to fix it: " + d.hint());
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", d.location().file()).put("uriBaseId", "%SRCROOT%");
            if (d.location().line() > 0) {
                ObjectNode region = physical.putObject("region").put("startLine", d.location().line());
                if (d.location().column() > 0) {
                    region.put("startColumn", d.location().column());
                }
            }
        }
        try {
            return json.writeValueAsString(log) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static void rule(ArrayNode rules, String id, String description) {
        ObjectNode rule = rules.addObject().put("id", id);
        rule.putObject("shortDescription").put("text", description);
    }

    /** Escapes a workflow command's message, as GitHub's toolkit does. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a workflow command's property value, as GitHub's toolkit does. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}

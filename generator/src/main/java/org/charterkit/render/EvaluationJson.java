package org.charterkit.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.charterkit.model.Area;
import org.charterkit.model.ScaleStep;

/**
 * The figures of an area's "How we are doing" page as open data: {@code <area>/evaluations.json}, beside
 * {@code charter.json}. Only the aggregated figures and who evaluated when: the evidence and next steps stay on
 * the settings' own records. Keys in a fixed order, so the same evaluations give the same bytes.
 */
final class EvaluationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private EvaluationJson() {
    }

    static byte[] of(Area area, EvaluationFigures figures) {
        ObjectNode json = MAPPER.createObjectNode();
        ObjectNode areaNode = json.putObject("area");
        areaNode.put("name", area.charter().areaName());
        areaNode.put("slug", area.slug());
        json.put("charterVersion", area.charter().version());
        ArrayNode scale = json.putArray("scale");
        for (ScaleStep step : figures.scale()) {
            scale.addObject().put("id", step.id()).put("name", step.name());
        }
        json.put("settings", figures.settings());
        ArrayNode evaluations = json.putArray("evaluations");
        for (EvaluationFigures.Used used : figures.evaluations()) {
            evaluations.addObject().put("setting", used.setting()).put("date", used.date().toString())
                    .put("charterVersion", used.version()).put("sample", used.sample());
        }
        ArrayNode cornerstones = json.putArray("cornerstones");
        for (EvaluationFigures.CornerstoneFigures c : figures.cornerstones()) {
            ObjectNode node = cornerstones.addObject();
            node.put("id", c.id());
            node.put("name", c.name());
            ArrayNode byDate = node.putArray("byDate");
            for (EvaluationFigures.Tally tally : c.tallies()) {
                ObjectNode t = byDate.addObject();
                t.put("date", tally.date().toString());
                t.put("settings", tally.total());
                ObjectNode steps = t.putObject("steps");
                for (int i = 0; i < figures.scale().size(); i++) {
                    steps.put(figures.scale().get(i).id(), tally.counts().get(i));
                }
            }
        }
        ArrayNode focus = json.putArray("nextFocus");
        for (EvaluationFigures.Focus f : figures.nextFocus()) {
            focus.addObject().put("cornerstone", f.cornerstone()).put("anchor", f.anchor()).put("text", f.text())
                    .put("charterVersion", f.version()).put("atLowestStep", f.lowest()).put("rated", f.rated());
        }
        try {
            return (WRITER.writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always writes", e);
        }
    }
}

package org.charterkit.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.charterkit.model.Area;
import org.charterkit.model.CentreSection;
import org.charterkit.model.Charter;
import org.charterkit.model.CharterSection;
import org.charterkit.model.Commitment;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.FreeSection;
import org.charterkit.model.Markdown;
import org.charterkit.model.Partner;
import org.charterkit.model.Release;
import org.charterkit.model.ScaleLevel;
import org.charterkit.model.Signatory;

/**
 * A charter as open data: {@code charter.json}, described by {@code schema/charter.schema.json}. Keys come in a
 * fixed order, a fact a charter leaves out is {@code null} rather than missing, the text is the Markdown exactly
 * as written, and nothing depends on when or where it is built: the same charter gives the same bytes.
 * Addresses are site paths without a leading slash ({@code warwickshire/v/1.0/}), as every link of the site is
 * relative to where it is published.
 */
final class CharterJson {

    /** The JSON Schema's address in the site. */
    static final String SCHEMA_PATH = "schema/charter.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Two spaces and {@code \n} whatever the machine, so a build on Windows gives the same bytes. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    byte[] of(Area area, Charter charter) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("title", charter.title());
        ObjectNode areaNode = json.putObject("area");
        areaNode.put("name", charter.areaName());
        // A translation's pages live in a folder of the area's (herefordshire/cy/): the area is still the one folder.
        areaNode.put("slug", area.slug().contains("/") ? area.slug().substring(0, area.slug().indexOf('/'))
                : area.slug());
        json.put("version", charter.version());
        json.put("status", charter.status().map(s -> s.key()).orElse(null));
        json.put("adopted", charter.adopted().map(Object::toString).orElse(null));
        json.put("reviewBy", charter.reviewBy().map(Object::toString).orElse(null));
        ObjectNode framework = json.putObject("framework");
        framework.put("id", charter.frameworkId());
        framework.put("name", charter.framework().map(f -> f.name()).orElse(null));
        framework.put("form", charter.prose() ? "prose" : "list");
        json.put("language", charter.language());
        json.put("summary", charter.summary());
        json.put("recognition", charter.recognition());
        json.put("feedback", charter.feedback().isEmpty() ? null : charter.feedback());
        ArrayNode partners = json.putArray("partners");
        for (Partner p : charter.partners()) {
            ObjectNode node = partners.addObject();
            node.put("id", p.id());
            node.put("name", p.name());
            node.put("short", p.shortName());
            node.put("kind", p.kind());
        }
        ArrayNode signatories = json.putArray("signatories");
        for (Signatory s : charter.signatories()) {
            ObjectNode node = signatories.addObject();
            node.put("name", s.name());
            node.put("partner", s.partnerId());
            node.put("organisation", charter.partner(s.partnerId()).map(Partner::name).orElse(null));
            node.put("role", s.role());
            node.put("onBehalf", s.onBehalf());
        }
        json.put("introduction", charter.introduction().source());
        ArrayNode sections = json.putArray("sections");
        for (CharterSection section : charter.sections()) {
            ObjectNode node = sections.addObject();
            node.put("kind", section.kind());
            node.put("heading", section.heading());
            node.put("anchor", section.anchor());
            if (section instanceof CornerstoneSection c) {
                node.put("cornerstone", c.cornerstone().id());
            } else if (section instanceof CentreSection c) {
                node.put("text", c.body().source());
            } else if (section instanceof FreeSection f) {
                node.put("text", f.body().source());
            }
        }
        ArrayNode cornerstones = json.putArray("cornerstones");
        for (CornerstoneSection c : charter.cornerstoneSections()) {
            ObjectNode node = cornerstones.addObject();
            node.put("id", c.cornerstone().id());
            node.put("name", c.cornerstone().name());
            node.put("ownName", c.name());
            node.put("number", c.number().isEmpty() ? null : c.number());
            node.put("heading", c.heading());
            node.put("anchor", c.anchor());
            node.put("leadIn", c.leadIn().source());
            ArrayNode commitments = node.putArray("commitments");
            for (Commitment commitment : c.commitments()) {
                ObjectNode one = commitments.addObject();
                one.put("text", commitment.markdown().source());
                one.put("anchor", commitment.anchor());
            }
            node.put("closing", c.closing().source());
        }
        scale(json, "spectrum", charter.spectrum()
                .map(l -> new Scale(l.heading(), l.anchor(), l.introduction(), l.levels())));
        scale(json, "levels", charter.involvement()
                .map(l -> new Scale(l.heading(), l.anchor(), l.introduction(), l.levels())));
        ArrayNode pledges = json.putArray("pledges");
        for (org.charterkit.model.Pledge p : charter.pledges()) {
            ObjectNode node = pledges.addObject();
            node.put("what", p.what());
            node.put("lead", p.lead());
            node.put("target", p.target().map(t -> t.key()).orElse(null));
            node.put("status", p.status().map(st -> st.key()).orElse(null));
            node.put("note", p.note());
            node.put("evidence", p.evidence().isEmpty() ? null : p.evidence());
        }
        ArrayNode versions = json.putArray("versions");
        for (Release release : area.releases()) {
            Charter version = release.charter();
            String folder = area.slug() + "/v/" + version.version() + "/";
            ObjectNode node = versions.addObject();
            node.put("version", version.version());
            node.put("adopted", version.adopted().map(Object::toString).orElse(null));
            node.put("page", folder);
            node.put("data", folder + "charter.json");
        }
        try {
            return (WRITER.writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a charter could not be written as JSON", e);
        }
    }

    /** The spectrum or the levels of involvement: the same shape in the data. */
    private record Scale(String heading, String anchor, Markdown introduction, List<? extends ScaleLevel> levels) {
    }

    /** A scale as an object, or {@code null} when the charter has none. */
    private static void scale(ObjectNode json, String key, Optional<Scale> scale) {
        if (scale.isEmpty()) {
            json.putNull(key);
            return;
        }
        ObjectNode node = json.putObject(key);
        node.put("heading", scale.get().heading());
        node.put("anchor", scale.get().anchor());
        node.put("introduction", scale.get().introduction().source());
        ArrayNode list = node.putArray("levels");
        for (ScaleLevel level : scale.get().levels()) {
            ObjectNode one = list.addObject();
            one.put("id", level.id());
            one.put("name", level.name());
            one.put("definition", level.definition().source());
        }
    }
}

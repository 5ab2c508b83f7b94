package org.charterkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front matter written the way people who do not know the ids write it: the framework by its name, a
 * signatory's partner by the organisation's name. Each builds without an error or a warning, and the published
 * data still carries the ids.
 */
class FrontMatterAsPeopleWriteItTest {

    private static final String CHARTER = """
            ---
            title: Hull SEND Co-production Charter
            area: Hull
            version: "1.0"
            status: adopted
            adopted: 2024-09-01
            review-by: 2026-09-01
            framework: FRAMEWORK
            contact:
              email: hull@example.org
            partners:
              - name: Hull City Council
              - name: Hull Parent Carer Forum
                short: HPCF
            signatories:
              - name: Jane Smith
                partner: Hull City Council
              - name: Ali Khan
                partner: HPCF
            ---

            ## Welcome and Care

            We will:

            - greet everyone by name

            ## Value and Include

            We will:

            - ask who is missing before we start

            ## Communicate

            We will:

            - write in plain English

            ## Work in Partnership

            We will:

            - plan new work together from the start
            """;

    @Test
    void theFrameworkByItsNameInAnyCase(@TempDir Path dir) throws IOException {
        for (String written : java.util.List.of("Four Cornerstones", "four cornerstones",
                "Four Cornerstones of co-production")) {
            JsonNode data = DocsShapesExamplesTest.build(dir.resolve(String.valueOf(written.hashCode())), "hull",
                    CHARTER.replace("FRAMEWORK", written));
            assertEquals("four-cornerstones", data.get("framework").get("id").asText(), written);
            assertEquals(4, data.get("cornerstones").size(), written);
        }
    }

    @Test
    void aSignatorysPartnerByTheOrganisationsNameOrShortName(@TempDir Path dir) throws IOException {
        JsonNode data = DocsShapesExamplesTest.build(dir, "hull", CHARTER.replace("FRAMEWORK", "four-cornerstones"));
        JsonNode signatories = data.get("signatories");
        assertEquals("hull-city-council", signatories.get(0).get("partner").asText());
        assertEquals("Hull City Council", signatories.get(0).get("organisation").asText());
        assertEquals("hull-parent-carer-forum", signatories.get(1).get("partner").asText());
        assertEquals("Hull Parent Carer Forum", signatories.get(1).get("organisation").asText());
    }
}

package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.charterkit.TestProjects;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SE7's charter follows a framework that exists only as a data file: content/frameworks/se7-pathfinder.yml. */
class Se7SiteTest {

    @TempDir
    static Path site;

    static Document charter;

    @BeforeAll
    static void build() {
        TestProjects.buildRealSite(site);
        charter = SiteFiles.page(site, "se7/charter/index.html");
    }

    @Test
    void thePromisesAreGroupedByTheSe7FrameworksOwnParts() {
        assertEquals(List.of("Our Promise to Parent Carers", "How We Meet"),
                charter.select("main section.section--cornerstone > h2").eachText());
        List<String> promises = charter.select("#our-promise ul.commitments > li").eachText();
        assertEquals(8, promises.size());
        assertEquals("We will ensure that you and your child are valued and treated with respect by everyone in the"
                + " pathfinder.", promises.get(0));
        assertEquals("We will respect and honour your right to use the current legal framework at any time during"
                + " the pathfinder and we will assist you to do this.", promises.get(7));
        assertEquals("We promise to all parent carers participating in the pathfinder that:",
                charter.selectFirst("#our-promise .lead-in").text());
        List<String> meetings = charter.select("#how-we-meet ul.commitments > li").eachText();
        assertEquals(10, meetings.size());
        assertTrue(meetings.contains("Papers will be written in plain English."), meetings.toString());
    }

    @Test
    void theFrameworkNamesItsPartsInItsOwnWords() {
        Document home = SiteFiles.page(site, "se7/index.html");
        assertTrue(home.selectFirst("figcaption").text().startsWith("The promise areas of this charter."),
                home.selectFirst("figcaption").text());
        assertEquals(List.of("Our Promise to Parent Carers", "How We Meet"),
                home.select(".cornerstones__name").eachText());
        assertTrue(home.select(".cornerstones__centre").isEmpty(), "SE7's framework has no centre");
        assertTrue(home.text().contains("November 2011"), "a date known only to the month is shown as a month");
    }
}

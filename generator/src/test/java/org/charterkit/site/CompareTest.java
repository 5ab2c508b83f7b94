package org.charterkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.charterkit.TestProjects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub's page comparing every area's charter in one table, read as a screen reader reads a table. */
class CompareTest {

    @TempDir
    static Path site;

    static Document compare;

    @BeforeAll
    static void build() {
        TestProjects.buildRealSite(site);
        compare = SiteFiles.page(site, "compare/index.html");
    }

    @Test
    void theHubLinksToTheComparison() {
        Element link = SiteFiles.page(site, "index.html").selectFirst("main a[href=compare/]");
        assertEquals("Compare the charters side by side", link.text());
    }

    @Test
    void theTableHasACaptionAndHeadersWithTheirScope() {
        Element table = compare.selectFirst("main table");
        assertEquals("The current charter of each area", table.selectFirst("caption").text());
        assertEquals(List.of("Area", "Framework", "Version", "Adopted", "Review by", "Review overdue", "Commitments",
                "Signed by"), table.select("thead th[scope=col]").eachText());
        assertEquals(List.of("SE7 (South East 7)", "Warwickshire"), table.select("tbody th[scope=row]").eachText());
    }

    @Test
    void eachRowGivesTheAreasFactsInWords() {
        Element row = compare.select("tbody tr").get(1);
        assertEquals("../warwickshire/", row.selectFirst("th a").attr("href"));
        List<String> cells = row.select("td").eachText();
        assertEquals("Four Cornerstones of co-production", cells.get(0));
        assertEquals("1.0.1", cells.get(1));
        assertEquals("1 November 2022", cells.get(2));
        assertEquals("1 November 2024", cells.get(3));
        assertEquals("Yes, overdue", cells.get(4), "on the day the tests build for, 1 January 2026");
        assertEquals(List.of("Welcome and Care: 7", "Communicate: 6", "Value and Include: 7",
                "Work in Partnership: 6"), row.select("td").get(5).select("li").eachText());
        List<String> signed = row.select("td").get(6).select("li").eachText();
        assertTrue(signed.contains("Warwickshire County Council"), signed.toString());
        assertEquals(signed.stream().distinct().toList(), signed, "each organisation once");

        Element se7 = compare.select("tbody tr").get(0);
        assertEquals("November 2011", se7.select("td").get(2).text());
        assertEquals("No date set", se7.select("td").get(3).text());
        assertEquals("No", se7.select("td").get(4).text());
        assertEquals(List.of("Our Promise to Parent Carers: 8", "How We Meet: 10"),
                se7.select("td").get(5).select("li").eachText());
    }
}

package org.charterkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Version numbers longer than a {@code long} holds are ordered as whole numbers, not a crash. */
class VersionOrderTest {

    private static final String TWENTY_NINES = "1.99999999999999999999";

    @Test
    void aNumberLongerThanALongIsComparedAsAWholeNumber() {
        assertTrue(VersionOrder.compare(TWENTY_NINES, "1.9") > 0);
        assertTrue(VersionOrder.compare("1.9", TWENTY_NINES) < 0);
        assertTrue(VersionOrder.compare(TWENTY_NINES, "2.0") < 0);
        assertTrue(VersionOrder.compare("1.99999999999999999998", TWENTY_NINES) < 0);
        assertEquals(0, VersionOrder.compare(TWENTY_NINES, TWENTY_NINES + ".0"));
        assertEquals(0, VersionOrder.compare("1.0", "1"));
    }

    @Test
    void versionsSortAsPeopleExpect() {
        List<String> versions = new ArrayList<>(List.of("2.0", TWENTY_NINES, "1.10", "draft", "1.9",
                "99999999999999999999999.0"));
        versions.sort(VersionOrder.ORDER);
        assertEquals(List.of("1.9", "1.10", TWENTY_NINES, "2.0", "99999999999999999999999.0", "draft"), versions);
    }

    @Test
    void theNextVersionAfterALongNumberCountsOn() {
        assertEquals("1.100000000000000000000", VersionOrder.nextMinor(TWENTY_NINES));
        assertEquals("100000000000000000000.0", VersionOrder.nextMajor("99999999999999999999.3"));
    }
}

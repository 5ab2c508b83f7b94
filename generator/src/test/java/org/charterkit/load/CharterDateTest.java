package org.charterkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.charterkit.model.CharterDate;
import org.charterkit.render.Formats;
import org.junit.jupiter.api.Test;

class CharterDateTest {

    @Test
    void fullDatesAndMonthsAreReadAndShownAsPeopleInEnglandWriteThem() {
        Formats formats = new Formats();
        assertEquals("1 November 2022", formats.date(CharterDate.parse("2022-11-01").orElseThrow()));
        assertEquals("November 2011", formats.date(CharterDate.parse("2011-11").orElseThrow()));
    }

    @Test
    void impossibleDatesAreRefused() {
        assertTrue(CharterDate.parse("2023-02-30").isEmpty());
        assertTrue(CharterDate.parse("2023-13").isEmpty());
        assertTrue(CharterDate.parse("1/11/2022").isEmpty());
        assertTrue(CharterDate.parse("2024-02-29").isPresent());
    }

    @Test
    void aMonthComparesAsItsFirstDay() {
        assertTrue(CharterDate.parse("2011-11").orElseThrow()
                .compareTo(CharterDate.parse("2011-11-02").orElseThrow()) < 0);
    }
}

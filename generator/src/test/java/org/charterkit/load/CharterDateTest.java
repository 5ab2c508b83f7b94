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

    @Test
    void datesWrittenAsPrintedChartersWriteThemAreRead() {
        assertEquals("2022-11-01", CharterDate.parse("1 November 2022").orElseThrow().toString());
        assertEquals("2022-11-01", CharterDate.parse("1st Nov 2022").orElseThrow().toString());
        assertEquals("2024-09-03", CharterDate.parse("3rd Sept. 2024").orElseThrow().toString());
        assertEquals("2011-11", CharterDate.parse("November 2011").orElseThrow().toString());
        assertEquals("2011-11", CharterDate.parse("nov 2011").orElseThrow().toString());
        assertEquals("2026-05", CharterDate.parse("May, 2026").orElseThrow().toString());
    }

    @Test
    void datesWrittenInWelshAreRead() {
        assertEquals("2023-11-01", CharterDate.parse("1af Tachwedd 2023").orElseThrow().toString());
        assertEquals("2024-05-03", CharterDate.parse("3ydd Mai 2024").orElseThrow().toString());
        assertEquals("2024-03", CharterDate.parse("Mawrth 2024").orElseThrow().toString());
        assertEquals("2024-09-15", CharterDate.parse("15fed Medi 2024").orElseThrow().toString());
        assertEquals("2025-12", CharterDate.parse("Rhag 2025").orElseThrow().toString());
        assertEquals("2024-03", CharterDate.parse("Mar 2024").orElseThrow().toString(), "March, in either language");
    }

    @Test
    void wordsThatAreNotDatesAreRefused() {
        assertTrue(CharterDate.parse("30 February 2023").isEmpty(), "no such day");
        assertTrue(CharterDate.parse("Novembre 2022").isEmpty(), "not an English month");
        assertTrue(CharterDate.parse("No 2022").isEmpty(), "too short to say which month");
        assertTrue(CharterDate.parse("Spring 2022").isEmpty());
        assertTrue(CharterDate.parse("November").isEmpty(), "no year");
        assertTrue(CharterDate.parse("11/1/2022").isEmpty(), "slashes mean different days to different readers");
    }

    @Test
    void aStatusIsReadInAnyCase() {
        assertEquals(org.charterkit.model.CharterStatus.ADOPTED,
                org.charterkit.model.CharterStatus.fromKey("Adopted").orElseThrow());
        assertEquals(org.charterkit.model.CharterStatus.DRAFT,
                org.charterkit.model.CharterStatus.fromKey(" DRAFT ").orElseThrow());
        assertTrue(org.charterkit.model.CharterStatus.fromKey("agreed").isEmpty());
    }
}

package org.charterkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void slugsAreLowerCaseAsciiWordsJoinedByHyphens() {
        assertTrue(Slugs.isValid("brighton-and-hove"));
        assertFalse(Slugs.isValid("Brighton and Hove"));
        assertFalse(Slugs.isValid("brighton--hove"));
        assertFalse(Slugs.isValid("bristol-é"));
        assertEquals("brighton-and-hove", Slugs.slugify("Brighton & Hove"));
        assertEquals("ensure-everyones-well-being", Slugs.slugify("ensure everyone’s well-being"));
    }

    @Test
    void cornerstoneNamesMatchWhateverTheCaseOrAmpersand() {
        assertEquals(Slugs.matchKey("Welcome and Care"), Slugs.matchKey("WELCOME & CARE"));
    }

    @Test
    void suggestionsCatchSlipsButNotOtherWords() {
        List<String> fields = List.of("title", "review-by", "adopted");
        assertEquals(Optional.of("review-by"), Suggestions.closest("reveiw-by", fields));
        assertEquals(Optional.of("adopted"), Suggestions.closest("adpoted", fields));
        assertEquals(Optional.empty(), Suggestions.closest("colour", fields));
    }

    @Test
    void windowsDeviceNamesAreKnownAloneOrBeforeADotButNotInsideOtherNames() {
        for (String device : List.of("con", "prn", "aux", "nul", "com0", "com1", "com9", "lpt0", "lpt9", "AUX",
                "Nul", "aux.md", "con.tar.gz")) {
            assertEquals(true, Slugs.isWindowsDeviceName(device), device);
        }
        for (String name : List.of("aux-1", "console", "com10", "lpt", "com", "auxiliary", "nul1", "null",
                "brighton-and-hove")) {
            assertEquals(false, Slugs.isWindowsDeviceName(name), name);
        }
    }
}

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
}

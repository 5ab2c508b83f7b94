package org.charterkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The name a charter without {@code area:} is read with: its folder's, spelt as its title spells it. */
class AreaNameFromFolderTest {

    @Test
    void theTitlesSpellingWhereTheTitleNamesTheArea() {
        assertEquals("Stoke-on-Trent", CharterReader.areaNamed("charters/stoke-on-trent/charter.md",
                "Our Stoke-on-Trent SEND Charter"));
        assertEquals("ISLE OF WIGHT", CharterReader.areaNamed("charters/isle_of_wight/charter.md",
                "THE ISLE OF WIGHT CHARTER"));
    }

    @Test
    void otherwiseTheFoldersWordsWithCapitalsAndSmallWordsKeptSmall() {
        assertEquals("Bath and North East Somerset", CharterReader.areaNamed(
                "charters/bath-and-north-east-somerset/charter.md", "Our SEND Charter"));
        assertEquals("Norfolk", CharterReader.areaNamed("charters/norfolk/versions/1.0.md", "A charter"),
                "a released version's area is its area folder's, not `versions`");
        assertEquals("Telford and Wrekin", CharterReader.areaNamed("charters/telford-and-wrekin/charter.md",
                "Telfordshire charter"), "a word of the folder alone in the title is not the area's name");
    }
}

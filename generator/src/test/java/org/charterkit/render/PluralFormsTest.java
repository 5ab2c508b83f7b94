package org.charterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import org.charterkit.TestProjects;
import org.charterkit.model.CharterDate;
import org.junit.jupiter.api.Test;

/**
 * Counts and dates follow the page's language: the theme's real bundles, formatted as a Welsh or an English page
 * formats them. Welsh has six plural forms; java.text's choice format could not tell them apart at all.
 */
class PluralFormsTest {

    private static final Locale WELSH = Locale.forLanguageTag("cy");
    private static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    private final ThemeMessages messages = ThemeMessages.of(TestProjects.repositoryRoot().resolve("themes/default"));

    @Test
    void welshHasSixPluralFormsAndEnglishTwo() {
        PluralRules cy = PluralRules.forLocale(ULocale.forLocale(WELSH));
        assertEquals("zero", cy.select(0));
        assertEquals("one", cy.select(1));
        assertEquals("two", cy.select(2));
        assertEquals("few", cy.select(3));
        assertEquals("other", cy.select(4));
        assertEquals("other", cy.select(5));
        assertEquals("many", cy.select(6));
        assertEquals("other", cy.select(7));
        PluralRules en = PluralRules.forLocale(ULocale.forLocale(ENGLISH));
        assertEquals("one", en.select(1));
        for (int n : new int[] {0, 2, 3, 6, 7}) {
            assertEquals("other", en.select(n));
        }
    }

    @Test
    void englishCountsSayOneAsOne() {
        assertEquals("no commitments", messages.message(ENGLISH, "shapes.count.commitments", 0));
        assertEquals("1 commitment", messages.message(ENGLISH, "shapes.count.commitments", 1));
        assertEquals("6 commitments", messages.message(ENGLISH, "shapes.count.commitments", 6));
        assertEquals("1,200 commitments", messages.message(ENGLISH, "shapes.count.commitments", 1200));
        assertEquals("1 pledge is past its target and not done.",
                messages.message(ENGLISH, "shapes.pledges.overdueCount", 1));
        assertEquals("3 pledges are past their target and not done.",
                messages.message(ENGLISH, "shapes.pledges.overdueCount", 3));
    }

    @Test
    void welshCountsTakeTheSingularNounAndAgreeInTheVerb() {
        // A numeral takes the singular noun in Welsh; nothing takes the plural.
        assertEquals("dim ymrwymiadau", messages.message(WELSH, "shapes.count.commitments", 0));
        assertEquals("1 ymrwymiad", messages.message(WELSH, "shapes.count.commitments", 1));
        assertEquals("2 ymrwymiad", messages.message(WELSH, "shapes.count.commitments", 2));
        assertEquals("6 ymrwymiad", messages.message(WELSH, "shapes.count.commitments", 6));
        // What agrees with the count: "wedi'i" for one, "wedi'u" for more, with the mutation each brings.
        assertEquals("1 wedi’i ychwanegu", messages.message(WELSH, "words.changes.added", 1));
        assertEquals("2 wedi’u hychwanegu", messages.message(WELSH, "words.changes.added", 2));
        assertEquals("0 wedi’u dileu", messages.message(WELSH, "words.changes.removed", 0));
        assertEquals("1 wedi’i ddileu", messages.message(WELSH, "words.changes.removed", 1));
        assertEquals("Mae 1 addewid wedi pasio’i darged heb ei gwblhau.",
                messages.message(WELSH, "shapes.pledges.overdueCount", 1));
        assertEquals("Mae 3 addewid wedi pasio’u targed heb eu cwblhau.",
                messages.message(WELSH, "shapes.pledges.overdueCount", 3));
        assertEquals("Ein haddewidion: 6 addewid, 1 wedi’i gwblhau",
                messages.message(WELSH, "shapes.home.pledges", 6, 1));
        assertEquals("Ein haddewidion: dim addewidion, dim un wedi’i gwblhau",
                messages.message(WELSH, "shapes.home.pledges", 0, 0));
    }

    @Test
    void datesNameTheMonthInThePagesLanguage() {
        assertEquals("1 November 2022", new Formats(ENGLISH).date(new CharterDate(2022, 11, 1)));
        assertEquals("1 Tachwedd 2022", new Formats(WELSH).date(new CharterDate(2022, 11, 1)));
        assertEquals("Gorffennaf 2026", new Formats(WELSH).date(new CharterDate(2026, 7, 0)));
        assertEquals("1 November 2022", new Formats().date(new CharterDate(2022, 11, 1)));
    }

    @Test
    void eachPatternIsParsedOncePerLanguageHoweverOftenItIsSaid() {
        ThemeMessages fresh = ThemeMessages.of(TestProjects.repositoryRoot().resolve("themes/default"));
        for (int n = 0; n < 50; n++) {
            assertEquals(n == 1 ? "You can expect them to keep its one promise."
                    : "You can expect them to keep its " + n + " promises.", fresh.message(ENGLISH, "foryou.expect", n));
            fresh.message(WELSH, "foryou.expect", n);
        }
        assertEquals("Gallwch chi ddisgwyl iddyn nhw gadw’r 6 addewid sydd ynddi.", fresh.message(WELSH, "foryou.expect", 6));
        // A page formats the same words again and again: parsing the pattern each time was a tenth of a re-render.
        assertEquals(2, fresh.patternsParsed());
    }
}

package org.charterkit.compare;

import static org.charterkit.compare.Versions.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.charterkit.CommandRun;
import org.charterkit.TestProjects;
import org.junit.jupiter.api.Test;

class ComparisonTextTest {

    private static final String IMPACT = "IMPACT (Young People's Forum for SEND)";

    private final CharterComparer comparer = new CharterComparer();
    private final ComparisonText text = new ComparisonText();

    /** One of each kind of change, with a commitment moved in from another cornerstone. */
    private final CharterComparison comparison = comparer.compare(
            version("1.0")
                    .cornerstone("Welcome and Care", "create a welcoming and caring space",
                            "introduce everyone, their role and why they are there")
                    .cornerstone("Communicate", "communicate clearly and honestly",
                            "give families clear information early so they can prepare", "listen to understand")
                    .partner("wcc", "Warwickshire County Council").signatory("Nigel Miles", "wcc")
                    .spectrum("co-production", "Co-production", "is where everyone works together as equals")
                    .charter(),
            version("1.1")
                    .cornerstone("Welcome and Care", "create a welcoming and caring space", "listen to understand")
                    .cornerstone("Communicate", "give parents clear information early so they feel ready",
                            "communicate clearly and honestly", "answer emails within five working days")
                    .partner("wcc", "Warwickshire County Council").partner("impact", IMPACT)
                    .signatory("Nigel Miles", "wcc").signatory("Sam Craven", "impact")
                    .spectrum("co-production", "Co-production", "is where everyone works together as equal partners")
                    .charter());

    /**
     * Warwickshire's 1.0.1 took the prompt of its last section out whole: the plain text says so, as the
     * what-changed page does, rather than ending on empty quotes.
     */
    @Test
    void wordsTakenOutWholeAreSaidToBeTakenOut() {
        CommandRun diff = CommandRun.of("diff", "warwickshire", "--root", TestProjects.repositoryRoot().toString());
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().contains("~ reworded: Working Together Agreement \u2013 Our Commitment: \"(Use this space to"
                + " add any extra information relevant to you)\" -> nothing (these words were taken out)\n"), diff.out());
        assertFalse(diff.out().contains("\"\""), diff.out());
    }

    @Test
    void plainTextListsEachChangeOnALineMarkedByKind() {
        assertEquals("""
                Changes from version 1.0 to version 1.1

                Welcome and Care
                - removed: "introduce everyone, their role and why they are there"
                > moved: "listen to understand" (from Communicate, position 3, to position 2)

                Communicate
                ~ reworded: "give families clear information early so they can prepare" -> \
                "give parents clear information early so they feel ready"
                + added: "answer emails within five working days"

                Signatories
                + added: Sam Craven, IMPACT (Young People's Forum for SEND)

                Partners
                + added: IMPACT (Young People's Forum for SEND)

                Spectrum of participation
                ~ reworded: Co-production: "is where everyone works together as equals" -> \
                "is where everyone works together as equal partners"
                """, text.plain(comparison));
    }

    @Test
    void markdownCountsTheChangesAndShowsRewordingInPlace() {
        assertEquals("""
                ## Changes from version 1.0 to version 1.1

                | Commitments | Number |
                |---|---:|
                | added | 1 |
                | removed | 1 |
                | reworded | 1 |
                | moved | 1 |
                | unchanged | 2 |

                ### Welcome and Care

                - removed: "introduce everyone, their role and why they are there"
                - moved: "listen to understand" (from Communicate, position 3, to position 2)

                ### Communicate

                - reworded: "give ~~families~~ **parents** clear information early so they ~~can prepare~~ \
                **feel ready**"
                - added: "answer emails within five working days"

                ### Signatories

                - added: Sam Craven, IMPACT (Young People's Forum for SEND)

                ### Partners

                - added: IMPACT (Young People's Forum for SEND)

                ### Spectrum of participation

                - reworded: Co-production: "is where everyone works together as ~~equals~~ **equal partners**"
                """, text.markdown(comparison));
    }

    @Test
    void markdownShowsMarksInTheWordsAsWritten() {
        CharterComparison c = comparer.compare(version("1.0").cornerstone("Communicate").charter(),
                version("1.1").cornerstone("Communicate", "use plain words, not *jargon* or <abbreviations>")
                        .charter());

        assertEquals("""
                ## Changes from version 1.0 to version 1.1

                | Commitments | Number |
                |---|---:|
                | added | 1 |
                | removed | 0 |
                | reworded | 0 |
                | moved | 0 |
                | unchanged | 0 |

                ### Communicate

                - added: "use plain words, not \\*jargon\\* or \\<abbreviations\\>"
                """, text.markdown(c));
    }

    @Test
    void bothSayWhenNothingChanged() {
        CharterComparison c = comparer.compare(version("1.0").cornerstone("Communicate", "listen").charter(),
                version("1.1").cornerstone("Communicate", "Listen.").charter());

        assertEquals("Changes from version 1.0 to version 1.1\n\nNo changes.\n", text.plain(c));
        assertEquals("## Changes from version 1.0 to version 1.1\n\nNo changes.\n", text.markdown(c));
    }
}

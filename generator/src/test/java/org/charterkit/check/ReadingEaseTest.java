package org.charterkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.charterkit.TestProjects;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.SiteBuild;
import org.charterkit.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/** The Flesch reading ease and its syllable heuristic, on words and texts whose counts a person can check. */
class ReadingEaseTest {

    @Test
    void syllablesAreCountedAsTheWordsAreSaid() {
        assertEquals(1, ReadingEase.syllables("we"));
        assertEquals(1, ReadingEase.syllables("care"), "a silent final e");
        assertEquals(1, ReadingEase.syllables("shared"), "a silent -ed");
        assertEquals(2, ReadingEase.syllables("needed"), "-ded is said");
        assertEquals(1, ReadingEase.syllables("shares"), "a silent -es");
        assertEquals(2, ReadingEase.syllables("uses"), "-ses is said");
        assertEquals(2, ReadingEase.syllables("people"), "-le is said");
        assertEquals(2, ReadingEase.syllables("honest"));
        assertEquals(4, ReadingEase.syllables("co-production"), "each part of a hyphenated word");
        assertEquals(5, ReadingEase.syllables("participation"));
        assertEquals(1, ReadingEase.syllables("SEND"), "an abbreviation said as a word");
        assertEquals(3, ReadingEase.syllables("ICB"), "an abbreviation said letter by letter");
        assertEquals(2, ReadingEase.syllables("forum’s"), "a possessive adds nothing: fo-rum");
    }

    @Test
    void eachBulletHeadingAndParagraphIsASentenceAndMarkdownIsNotCounted() {
        String markdown = """
                ## Welcome and Care

                We will:

                - create a welcoming space
                - introduce **everyone**, and [their role](https://example.org/roles)

                One sentence. Two
                sentences!
                """;
        assertEquals(List.of("Welcome and Care", "We will:", "create a welcoming space",
                "introduce everyone , and their role", "One sentence. Two sentences!"),
                ReadingEase.blocks(markdown));
        ReadingEase.Counts counts = ReadingEase.count(markdown);
        assertEquals(6, counts.sentences());
        assertEquals(18, counts.words());
    }

    @Test
    void theScoreIsFleschsFormula() {
        // "The cat sat on the mat." 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 1 = 116.145
        assertEquals(116.145, ReadingEase.count("The cat sat on the mat.").score().getAsDouble(), 0.001);
        assertTrue(ReadingEase.count("").score().isEmpty(), "no words, no score");
        assertTrue(ReadingEase.count("Notwithstanding organisational considerations, multidisciplinary "
                + "representatives shall institutionalise participation.").score().getAsDouble() < 0);
    }

    @Test
    void wordsWorkedOutOnceCountAsWordsWorkedOutEachTime() {
        // The rule remembers each word's syllables across every charter and guide it reads (they share most of
        // their words); a remembered word must count as it would afresh, in every text after the first.
        org.charterkit.model.Project project = new org.charterkit.load.ProjectLoader(TestProjects.repositoryRoot(),
                new org.charterkit.diagnostic.Diagnostics()).load(java.util.Optional.empty());
        List<String> texts = new java.util.ArrayList<>();
        project.areas().forEach(area -> texts.add(ReadingEaseRule.text(area.charter())));
        project.knowledgePages().forEach(page -> texts.add(page.body().source()));
        java.util.Map<String, Integer> remembered = new java.util.HashMap<>();
        int words = 0;
        for (String text : texts) {
            ReadingEase.Counts counts = ReadingEase.count(text, Examined.NOT_COUNTED,
                    word -> remembered.computeIfAbsent(word, ReadingEase::syllables));
            assertEquals(ReadingEase.count(text), counts, text.substring(0, Math.min(60, text.length())));
            words += counts.words();
        }
        assertTrue(texts.size() >= 10 && remembered.size() < words / 3,
                "the texts share their words: " + remembered.size() + " different words in " + words);
    }

    @Test
    void theRealChartersAndGuidesAreEasyEnoughToReadAtTheDefault() {
        List<String> hard = new SiteBuild("test").run(BuildRequest.check(TestProjects.repositoryRoot())
                        .on(TestProjects.BUILD_DAY)).diagnostics().stream().map(Diagnostic::format)
                .filter(d -> d.contains("reading ease")).toList();
        assertEquals(List.of(), hard);
    }
}

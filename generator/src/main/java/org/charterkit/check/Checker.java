package org.charterkit.check;

import java.time.LocalDate;
import java.util.List;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.model.Project;

/** The entry point of the check stage: runs every rule over a loaded project. */
public final class Checker {

    private final List<Rule> rules;

    /** @param today the date the build is for, so a build of the same day is the same bytes */
    public Checker(LocalDate today) {
        this.rules = List.of(
            new FrontMatterRule(),
            new FrameworkRule(),
            new CornerstoneRule(),
            new ScaleRule(),
            new PartnerRule(),
            new ImageRule(),
            new RawHtmlRule(),
            new DateRule(),
            new SlugRule(),
            new ReleaseRule(),
            new ReviewRule(today),
            new PledgeRule(today),
            new PlaceholderRule(),
            new PageFrontMatterRule(),
            new CheckedRule(today),
            new GlossaryRule(),
            new AbbreviationRule(),
            new ReadingEaseRule(),
            new EasyReadRule(),
            new PrintedLettersRule(),
            new EvaluationRule(today),
            new TranslationRule());
    }

    /** Adds a diagnostic for every rule a project breaks. */
    public void check(Project project, Diagnostics out) {
        for (Rule rule : rules) {
            rule.check(project, out);
        }
    }
}

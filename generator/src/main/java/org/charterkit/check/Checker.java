package org.charterkit.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.InOrder;
import org.charterkit.model.Area;
import org.charterkit.model.Project;

/**
 * The entry point of the check stage: runs every rule over a loaded project. The rules that look at one area at a
 * time run on several areas at once; what each finds is gathered in the order of the rules, then of the areas,
 * so the diagnostics are the same, in the same order, as checking one rule and one area after another.
 */
public final class Checker {

    private final List<Rule> rules;
    /** How many areas are checked at once. */
    private final int threads;

    /**
     * @param today the date the build is for, so a build of the same day is the same bytes. A checker may be kept
     *              for several checks of the same theme: it reads the theme's print fonts once.
     */
    public Checker(LocalDate today) {
        this(today, InOrder.threads());
    }

    /** As above, checking {@code threads} areas at once: 1 checks them one after another, as a test may ask. */
    public Checker(LocalDate today, int threads) {
        this.threads = threads;
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

    /**
     * Checks one area of {@code project} again, after an edit inside its folder only: every rule runs on the
     * project with that area alone, and only what is found in the area's folder is added, as the whole check
     * would report it there. What lies outside the folder (the glossary, the guides, the other areas) was not
     * edited, so what the last whole check found there still stands.
     */
    public void checkArea(Project project, Area area, Diagnostics out) {
        // Without the guides: only the rules on the guides themselves read them, and they find nothing in an area.
        Project alone = new Project(project.root(), java.util.List.of(area), project.frameworks(),
                project.accessibilityTesting(), project.settings(), java.util.List.of(), project.glossary(),
                project.knowledgeTranslations(), project.glossaryTranslations());
        Diagnostics found = new Diagnostics();
        check(alone, found);
        String folder = area.location().file();
        for (org.charterkit.diagnostic.Diagnostic d : found.sorted()) {
            if (inside(d.location().file(), folder)) {
                out.add(d);
            }
        }
    }

    /** Whether a diagnostic's file is the area's folder or lies inside it. */
    public static boolean inside(String file, String folder) {
        return file.equals(folder) || file.startsWith(folder + "/");
    }

    /** The rules, in the order they run. */
    List<Rule> rules() {
        return rules;
    }

    /** Adds a diagnostic for every rule a project breaks. */
    public void check(Project project, Diagnostics out) {
        List<AreaRule> areaRules = rules.stream().filter(AreaRule.class::isInstance).map(AreaRule.class::cast)
                .toList();
        // Each area's findings, one collector per rule of one area, so they can be put back in the rules' order.
        List<List<Diagnostics>> byArea = InOrder.map(project.areas(), threads, (area, unused) -> {
            List<Diagnostics> found = new ArrayList<>(areaRules.size());
            for (AreaRule rule : areaRules) {
                Diagnostics one = new Diagnostics();
                rule.check(project, area, one);
                found.add(one);
            }
            return found;
        }, new Diagnostics());
        int next = 0;
        for (Rule rule : rules) {
            if (rule instanceof AreaRule areaRule) {
                int index = next++;
                byArea.forEach(area -> out.addAll(area.get(index)));
                areaRule.checkOutsideAreas(project, out);
            } else {
                rule.check(project, out);
            }
        }
    }
}

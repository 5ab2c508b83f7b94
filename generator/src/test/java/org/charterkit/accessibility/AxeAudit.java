package org.charterkit.accessibility;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;

/** Runs axe-core on the page the browser shows and describes each violation so a person can find and fix it. */
final class AxeAudit {

    /** WCAG 2.2 AA and axe's best practices: the floor the brief sets. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    private AxeAudit() {
    }

    /** One line per failing element: page, rule, element, what to do and where to read more. */
    static List<String> violations(Browser browser, String page) {
        return describe(new AxeBuilder().withTags(TAGS).analyze(browser.driver), page);
    }

    /**
     * Violations of axe's enhanced contrast rule, WCAG's AAA level of 7:1 (4.5:1 for large text): the theme
     * holds all its text to it, beyond the AA floor, because many readers have low vision.
     */
    static List<String> enhancedContrast(Browser browser, String page) {
        return describe(new AxeBuilder().withOnlyRules(List.of("color-contrast-enhanced")).analyze(browser.driver), page);
    }

    private static List<String> describe(Results results, String page) {
        if (results.isErrored()) {
            throw new AssertionError("axe could not run on " + page + ": " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add(page + ": " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    at "
                        + node.getTarget() + " " + node.getHtml() + "\n    see " + rule.getHelpUrl());
            }
        }
        return found;
    }
}

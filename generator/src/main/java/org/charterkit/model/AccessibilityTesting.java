package org.charterkit.model;

import java.util.List;

/**
 * How and when the published pages were last tested for accessibility, as recorded by the test run itself in
 * {@code content/accessibility-testing.yml} (the tests fail when the record no longer matches what they check),
 * so the accessibility statement reports facts rather than claims written by hand.
 *
 * @param date   the day the tests last wrote the record
 * @param tools  the tools and their versions
 * @param checks what was checked, in plain words
 * @param pages  how many pages were tested
 * @param result what the tests found
 */
public record AccessibilityTesting(String date, List<String> tools, List<String> checks, int pages, String result) {

    public AccessibilityTesting {
        tools = List.copyOf(tools);
        checks = List.copyOf(checks);
    }
}

package org.charterkit.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything one build reads: the areas with their charters, sorted by slug, and the frameworks they may
 * follow, sorted by id.
 *
 * @param root the project folder that holds {@code charters/}, {@code content/} and {@code themes/}
 * @param accessibilityTesting the record of the last accessibility test run, for the accessibility statements
 * @param settings the project's settings, from {@code charterkit.yml}
 */
public record Project(Path root, List<Area> areas, List<Framework> frameworks,
        Optional<AccessibilityTesting> accessibilityTesting, Settings settings) {

    public Project {
        areas = List.copyOf(areas);
        frameworks = List.copyOf(frameworks);
    }

    public Optional<Framework> framework(String id) {
        return frameworks.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}

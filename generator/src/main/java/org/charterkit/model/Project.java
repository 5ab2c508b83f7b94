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
 * @param knowledgePages the knowledge base, {@code content/knowledge/*.md}, in reading order
 * @param glossary the glossary, {@code content/glossary.yml}, sorted A to Z by term
 */
public record Project(Path root, List<Area> areas, List<Framework> frameworks,
        Optional<AccessibilityTesting> accessibilityTesting, Settings settings, List<KnowledgePage> knowledgePages,
        List<GlossaryEntry> glossary) {

    public Project {
        areas = List.copyOf(areas);
        frameworks = List.copyOf(frameworks);
        knowledgePages = knowledgePages.stream()
                .sorted(java.util.Comparator.comparingInt(KnowledgePage::order).thenComparing(KnowledgePage::slug))
                .toList();
        glossary = glossary.stream().sorted(java.util.Comparator.comparing(GlossaryEntry::sortKey)).toList();
    }

    /** The same project with {@code area} in place of the area of the same slug: one area read again. */
    public Project withArea(Area area) {
        List<Area> now = areas.stream().map(a -> a.slug().equals(area.slug()) ? area : a).toList();
        return new Project(root, now, frameworks, accessibilityTesting, settings, knowledgePages, glossary);
    }

    public Optional<KnowledgePage> knowledgePage(String slug) {
        return knowledgePages.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    /**
     * What every area commits to under one cornerstone, area by area: what the knowledge page on that
     * cornerstone shows, so a reader sees the principle and the promises made on it side by side.
     */
    public List<AreaCommitments> commitmentsTo(String cornerstoneId) {
        List<AreaCommitments> all = new java.util.ArrayList<>();
        for (Area area : areas) {
            area.charter().cornerstoneSection(cornerstoneId)
                    .ifPresent(section -> all.add(new AreaCommitments(area, section)));
        }
        return all;
    }

    /** One area's section on a cornerstone. */
    public record AreaCommitments(Area area, CornerstoneSection section) {
    }

    public Optional<Framework> framework(String id) {
        return frameworks.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}

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
 * @param knowledgeTranslations the knowledge base's pages translated, {@code content/knowledge/<slug>.<language>.md},
 *                              by language; each has its English page's slug
 * @param glossaryTranslations the glossary translated, {@code content/glossary.<language>.yml}, by language
 */
public record Project(Path root, List<Area> areas, List<Framework> frameworks,
        Optional<AccessibilityTesting> accessibilityTesting, Settings settings, List<KnowledgePage> knowledgePages,
        List<GlossaryEntry> glossary, java.util.Map<String, List<KnowledgePage>> knowledgeTranslations,
        java.util.Map<String, List<GlossaryEntry>> glossaryTranslations) {

    /** A project whose knowledge base and glossary are in English only. */
    public Project(Path root, List<Area> areas, List<Framework> frameworks,
            Optional<AccessibilityTesting> accessibilityTesting, Settings settings, List<KnowledgePage> knowledgePages,
            List<GlossaryEntry> glossary) {
        this(root, areas, frameworks, accessibilityTesting, settings, knowledgePages, glossary, java.util.Map.of(),
                java.util.Map.of());
    }

    /** The same project with other areas: the published ones, or one area's. */
    public Project withAreas(List<Area> others) {
        return new Project(root, others, frameworks, accessibilityTesting, settings, knowledgePages, glossary,
                knowledgeTranslations, glossaryTranslations);
    }

    /**
     * The languages the site's guides (the knowledge base and the glossary) have an edition in besides English:
     * every language a charter is translated into, so its readers find the guides in their language, and every
     * language a guide is translated into. Sorted, so the site's pages come in the same order every time.
     */
    public List<String> guideLanguages() {
        java.util.Set<String> all = new java.util.TreeSet<>(knowledgeTranslations.keySet());
        all.addAll(glossaryTranslations.keySet());
        areas.forEach(a -> a.translations().forEach(t -> all.add(t.language())));
        return List.copyOf(all);
    }

    /** The knowledge page {@code slug} in {@code language}, when it is translated. */
    public Optional<KnowledgePage> knowledgePage(String slug, String language) {
        return knowledgeTranslations.getOrDefault(language, List.of()).stream().filter(p -> p.slug().equals(slug))
                .findFirst();
    }

    /**
     * The project as its guides read in {@code language}: each knowledge page translated where it is, and in
     * English where it is not, in the English order; the glossary translated, or English when it is not.
     */
    public Project guidesIn(String language) {
        List<KnowledgePage> pages = knowledgePages.stream().map(p -> knowledgePage(p.slug(), language)
                .map(t -> new KnowledgePage(t.slug(), t.title(), t.summary(), p.order(), t.sources(), t.checked(),
                        t.body(), t.location())).orElse(p)).toList();
        return new Project(root, areas, frameworks, accessibilityTesting, settings, pages,
                glossaryTranslations.getOrDefault(language, glossary), knowledgeTranslations, glossaryTranslations);
    }

    public Project {
        knowledgeTranslations = java.util.Map.copyOf(knowledgeTranslations);
        glossaryTranslations = java.util.Map.copyOf(glossaryTranslations);
        areas = List.copyOf(areas);
        frameworks = List.copyOf(frameworks);
        knowledgePages = knowledgePages.stream()
                .sorted(java.util.Comparator.comparingInt(KnowledgePage::order).thenComparing(KnowledgePage::slug))
                .toList();
        glossary = glossary.stream().sorted(java.util.Comparator.comparing(GlossaryEntry::sortKey)).toList();
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

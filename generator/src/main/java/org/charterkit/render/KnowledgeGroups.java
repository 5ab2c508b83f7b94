package org.charterkit.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.charterkit.model.Centre;
import org.charterkit.model.Cornerstone;
import org.charterkit.model.Framework;
import org.charterkit.model.KnowledgePage;
import org.charterkit.model.Project;

/**
 * The knowledge base's index, grouped and ordered as the frameworks are, so the template only loops. A guide
 * says what it is about by its address, as the area pages already link to it: a guide named after a framework
 * ({@code four-cornerstones}) introduces it, one named after a cornerstone or the centre explains that part, and
 * the spectrum and levels guides explain the framework's two scales. Those come in the framework's own order,
 * the centre last, whatever the guides' {@code order} says; every other guide keeps its {@code order}: those
 * ordered before the first framework guide open the index, the rest close it.
 *
 * @param groups the groups in reading order; none is empty
 */
public record KnowledgeGroups(List<Group> groups) {

    /** The guide the area's spectrum page links to; the address is the theme's, so it is the same here. */
    public static final String SPECTRUM_GUIDE = "spectrum-of-participation";
    /** The guide the area's levels page links to. */
    public static final String LEVELS_GUIDE = "levels-of-involvement";

    public KnowledgeGroups {
        groups = List.copyOf(groups);
    }

    /**
     * One group of guides.
     *
     * @param kind  what the group is, which picks its heading from the theme's words: {@code start},
     *              {@code framework}, {@code involvement}, {@code more}, or {@code all} when no guide belongs
     *              to a framework
     * @param name  the framework's name for a {@code framework} group, otherwise empty
     * @param guides the guides in reading order
     */
    public record Group(String kind, String name, List<KnowledgePage> guides) {
        public Group {
            guides = List.copyOf(guides);
        }
    }

    public static KnowledgeGroups of(Project project) {
        Set<String> placed = new LinkedHashSet<>();
        List<Group> frameworkGroups = new ArrayList<>();
        boolean scales = false;
        for (Framework framework : project.frameworks()) {
            List<String> slugs = new ArrayList<>();
            slugs.add(framework.id());
            framework.cornerstones().stream().map(Cornerstone::id).forEach(slugs::add);
            framework.centre().map(Centre::id).ifPresent(slugs::add);
            List<KnowledgePage> guides = guides(project, slugs, placed);
            if (!guides.isEmpty()) {
                frameworkGroups.add(new Group("framework", framework.name(), guides));
            }
            scales |= !framework.spectrum().isEmpty() || !framework.levels().isEmpty();
        }
        List<KnowledgePage> involvement = scales ? guides(project, List.of(SPECTRUM_GUIDE, LEVELS_GUIDE), placed)
                : List.of();
        if (placed.isEmpty()) {
            // No guide belongs to a framework: one list, as the guides order it.
            return new KnowledgeGroups(project.knowledgePages().isEmpty() ? List.of()
                    : List.of(new Group("all", "", project.knowledgePages())));
        }
        int firstPlaced = project.knowledgePages().stream().filter(k -> placed.contains(k.slug()))
                .mapToInt(KnowledgePage::order).min().orElse(Integer.MAX_VALUE);
        List<KnowledgePage> start = new ArrayList<>();
        List<KnowledgePage> more = new ArrayList<>();
        for (KnowledgePage k : project.knowledgePages()) {
            if (!placed.contains(k.slug())) {
                (k.order() < firstPlaced ? start : more).add(k);
            }
        }
        List<Group> groups = new ArrayList<>();
        if (!start.isEmpty()) {
            groups.add(new Group("start", "", start));
        }
        groups.addAll(frameworkGroups);
        if (!involvement.isEmpty()) {
            groups.add(new Group("involvement", "", involvement));
        }
        if (!more.isEmpty()) {
            groups.add(new Group("more", "", more));
        }
        return new KnowledgeGroups(groups);
    }

    /** The guides at these addresses, in this order, that no earlier group has taken. */
    private static List<KnowledgePage> guides(Project project, List<String> slugs, Set<String> placed) {
        List<KnowledgePage> guides = new ArrayList<>();
        for (String slug : slugs) {
            Optional<KnowledgePage> guide = project.knowledgePage(slug);
            if (guide.isPresent() && placed.add(slug)) {
                guides.add(guide.get());
            }
        }
        return guides;
    }
}

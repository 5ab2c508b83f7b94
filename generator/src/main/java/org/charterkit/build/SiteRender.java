package org.charterkit.build;

import java.nio.file.Path;
import java.util.Optional;
import org.charterkit.check.Checker;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Progress;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.Project;
import org.charterkit.plan.Planner;
import org.charterkit.plan.SitePlan;
import org.charterkit.render.RenderedSite;
import org.charterkit.render.SiteRenderer;

/**
 * The pipeline up to the site in memory, with nothing written: what the live preview of {@code serve} shows,
 * rendered again after every edit. The stages and their order are those of {@link SiteBuild}.
 */
public final class SiteRender {

    /**
     * A render: the diagnostics and areas as a build reports them, and the site when there were no errors.
     *
     * @param result what a build would report (its page count is the number of files rendered)
     * @param site   the rendered site; empty when the sources have errors
     */
    public record Rendered(BuildResult result, Optional<RenderedSite> site, java.util.Set<String> areas) {

        public Rendered {
            areas = java.util.Set.copyOf(areas);
        }

        /** A render that found errors, or failed, and so has no site. */
        public static Rendered failed(BuildResult result) {
            return new Rendered(result, Optional.empty(), java.util.Set.of());
        }
    }

    private final String version;
    /** Kept between renders: it holds the parsed templates, which a new one would read and parse again. */
    private SiteRenderer renderer;
    private Path rendererTheme;
    private java.time.LocalDate rendererDay;

    /** @param version Charterkit's own version, named in the pages */
    public SiteRender(String version) {
        this.version = version;
    }

    /** Forgets the parsed theme, after an edit to it: the next render reads the templates and words again. */
    public synchronized void themeChanged() {
        renderer = null;
    }

    private synchronized SiteRenderer renderer(Path theme, java.time.LocalDate day) {
        if (renderer == null || !theme.equals(rendererTheme) || !day.equals(rendererDay)) {
            renderer = new SiteRenderer(theme, version, day);
            rendererTheme = theme;
            rendererDay = day;
        }
        return renderer;
    }

    /** Loads, checks, plans and renders what {@code request} asks for; its output folder is not used. */
    public Rendered run(BuildRequest request) {
        return run(request, Optional.empty());
    }

    /**
     * The same, rendering only the pages of area {@code only} and the pages of the whole site (hub, compare,
     * search index, feeds, guides), when given: what one area's edit can change. Every area is still read and
     * checked, so the diagnostics are the whole project's.
     */
    public Rendered run(BuildRequest request, Optional<String> only) {
        Diagnostics diagnostics = new Diagnostics();
        Project project = new ProjectLoader(request.root(), diagnostics).load(request.area());
        new Checker(request.today()).check(project, diagnostics);
        if (diagnostics.hasErrors()) {
            return Rendered.failed(new BuildResult(diagnostics.sorted(), project.areas().size(), 0));
        }
        // A build leaves drafts out unless asked; serve asks, to show a charter while it is written.
        Project published = request.drafts() ? project : SiteBuild.withoutDrafts(project);
        SitePlan plan = new Planner(request.print()).plan(published);
        Path theme = request.root().resolve("themes").resolve("default");
        // The other areas' folders are kept as they were shown: only that area's files, and the site's own.
        java.util.Set<String> kept = new java.util.HashSet<>();
        only.ifPresent(slug -> published.areas().stream().filter(area -> !area.slug().equals(slug))
                .forEach(area -> kept.add(area.slug() + "/")));
        RenderedSite site = renderer(theme, request.today()).render(plan, diagnostics, Progress.NONE, kept);
        if (diagnostics.hasErrors()) {
            return Rendered.failed(new BuildResult(diagnostics.sorted(), project.areas().size(), 0));
        }
        java.util.Set<String> slugs = new java.util.HashSet<>();
        published.areas().forEach(area -> slugs.add(area.slug()));
        return new Rendered(new BuildResult(diagnostics.sorted(), published.areas().size(), site.pages().size()),
                Optional.of(site), slugs);
    }
}

package org.charterkit.build;

import java.nio.file.Path;
import java.util.Optional;
import org.charterkit.check.Checker;
import org.charterkit.diagnostic.Diagnostic;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Progress;
import org.charterkit.load.ProjectLoader;
import org.charterkit.load.ReleasesRead;
import org.charterkit.model.Area;
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
     * @param work   what this render did, counted
     */
    public record Rendered(BuildResult result, Optional<RenderedSite> site, java.util.Set<String> areas, Work work) {

        public Rendered {
            areas = java.util.Set.copyOf(areas);
        }

        public Rendered(BuildResult result, Optional<RenderedSite> site, java.util.Set<String> areas) {
            this(result, site, areas, Work.NONE);
        }

        /** A render that found errors, or failed, and so has no site. */
        public static Rendered failed(BuildResult result) {
            return new Rendered(result, Optional.empty(), java.util.Set.of());
        }

        Rendered with(Work done) {
            return new Rendered(result, site, areas, done);
        }
    }

    /**
     * The work one render did, counted, so that tests can show what the live preview reuses without timing it.
     *
     * @param filesRead      source files read from disk
     * @param areasLoaded    areas read (their charters parsed)
     * @param areasChecked   areas the rules were run on
     * @param pagesRendered  files made (pages, scripts, data)
     * @param pagesReused    of the files shown, those handed out as made before, since nothing they show changed
     */
    public record Work(int filesRead, int areasLoaded, int areasChecked, int pagesRendered, int pagesReused) {
        static final Work NONE = new Work(0, 0, 0, 0, 0);

        Work(int filesRead, int areasLoaded, int areasChecked, int pagesRendered) {
            this(filesRead, areasLoaded, areasChecked, pagesRendered, 0);
        }
    }

    /**
     * What the last whole render read and found, kept so that an edit inside one area's folder reads and checks
     * that area alone: the project as loaded and the diagnostics of the whole check.
     */
    private record Loaded(BuildRequest request, Project project, java.util.List<Diagnostic> diagnostics) {
    }

    private final String version;
    /** Kept between renders: it holds the parsed templates, which a new one would read and parse again. */
    private SiteRenderer renderer;
    private Path rendererTheme;
    private java.time.LocalDate rendererDay;
    /** The last whole render's project and diagnostics; none after a render that failed. */
    private Loaded loaded;
    /**
     * The released versions read with the last whole project, by file and bytes: a save of a charter reads its
     * area's {@code versions/} again only where a file changed.
     */
    private ReleasesRead releasesRead = new ReleasesRead();
    /** Kept between checks of the same day: it reads the theme's fonts once. */
    private Checker checker;
    private java.time.LocalDate checkerDay;

    /** @param version Charterkit's own version, named in the pages */
    public SiteRender(String version) {
        this.version = version;
    }

    /** How many released versions reads of single areas took as read before: counted by the tests. */
    int releasesReused() {
        return releasesRead.reused();
    }

    /** Forgets the parsed theme, after an edit to it: the next render reads the templates and words again. */
    public synchronized void themeChanged() {
        renderer = null;
        loaded = null;
        checker = null;
    }

    private synchronized SiteRenderer renderer(Path theme, java.time.LocalDate day) {
        if (renderer == null || !theme.equals(rendererTheme) || !day.equals(rendererDay)) {
            renderer = SiteRenderer.kept(theme, version, day);
            rendererTheme = theme;
            rendererDay = day;
        }
        return renderer;
    }

    private synchronized Checker checker(java.time.LocalDate day) {
        if (checker == null || !day.equals(checkerDay)) {
            checker = new Checker(day);
            checkerDay = day;
        }
        return checker;
    }

    /** Loads, checks, plans and renders what {@code request} asks for; its output folder is not used. */
    public Rendered run(BuildRequest request) {
        return run(request, Optional.empty());
    }

    /**
     * The same, rendering only the pages of area {@code only} and the pages of the whole site that show it
     * (hub, compare page, A to Z, search index, feeds, and the guides whose list of commitments it changed),
     * when given: what one area's edit can change. When the last render read the whole project for the same
     * request, only that area's folder is read and checked again; every other area, the frameworks, the guides
     * and the glossary are kept as read, with what the last check found in them.
     */
    public Rendered run(BuildRequest request, Optional<String> only) {
        Diagnostics diagnostics = new Diagnostics();
        Loaded before = loaded;
        loaded = null;
        Project project;
        Optional<Area> replaced = Optional.empty();
        int areasRead;
        int filesRead;
        if (only.isPresent() && before != null && before.request().equals(request)
                && before.project().areas().stream().anyMatch(a -> a.slug().equals(only.get()))) {
            String slug = only.get();
            ProjectLoader loader = new ProjectLoader(request.root(), diagnostics).remembering(releasesRead);
            Optional<Area> area = loader.reloadArea(slug, before.project());
            filesRead = loader.filesRead();
            areasRead = 1;
            if (area.isEmpty()) {
                return failed(diagnostics, before, slug, new Work(filesRead, 1, 0, 0));
            }
            replaced = before.project().areas().stream().filter(a -> a.slug().equals(slug)).findFirst();
            project = before.project().withArea(area.get());
            checker(request.today()).checkArea(project, area.get(), diagnostics);
            String folder = area.get().location().file();
            before.diagnostics().stream().filter(d -> !Checker.inside(d.location().file(), folder))
                    .forEach(diagnostics::add);
        } else {
            // Frameworks and limits are read again with the whole project: what was read under the old ones is
            // forgotten.
            releasesRead = new ReleasesRead();
            ProjectLoader loader = new ProjectLoader(request.root(), diagnostics).remembering(releasesRead);
            project = loader.load(request.area());
            filesRead = loader.filesRead();
            areasRead = project.areas().size();
            checker(request.today()).check(project, diagnostics);
        }
        int checked = replaced.isPresent() ? 1 : project.areas().size();
        if (diagnostics.hasErrors()) {
            return Rendered.failed(new BuildResult(diagnostics.sorted(), project.areas().size(), 0))
                    .with(new Work(filesRead, areasRead, checked, 0));
        }
        // A build leaves drafts out unless asked; serve asks, to show a charter while it is written.
        Project published = request.drafts() ? project : SiteBuild.withoutDrafts(project);
        SitePlan plan = new Planner(request.print()).plan(published);
        Path theme = request.root().resolve("themes").resolve("default");
        // The other areas' folders are kept as they were shown: only that area's files, and the site's own.
        java.util.Set<String> kept = new java.util.HashSet<>();
        only.ifPresent(slug -> published.areas().stream().filter(area -> !area.slug().equals(slug))
                .forEach(area -> kept.add(area.slug() + "/")));
        if (replaced.isPresent()) {
            kept.addAll(SharedPages.unchanged(plan, replaced.get(),
                    project.areas().stream().filter(a -> a.slug().equals(only.get())).findFirst().orElseThrow()));
        }
        RenderedSite site = renderer(theme, request.today()).render(plan, diagnostics, Progress.NONE, kept);
        if (diagnostics.hasErrors()) {
            return Rendered.failed(new BuildResult(diagnostics.sorted(), project.areas().size(), 0))
                    .with(new Work(filesRead, areasRead, checked, site.pages().size() - site.reused().size(), site.reused().size()));
        }
        loaded = new Loaded(request, project, diagnostics.sorted());
        java.util.Set<String> slugs = new java.util.HashSet<>();
        published.areas().forEach(area -> slugs.add(area.slug()));
        return new Rendered(new BuildResult(diagnostics.sorted(), published.areas().size(), site.pages().size()),
                Optional.of(site), slugs, new Work(filesRead, areasRead, checked, site.pages().size() - site.reused().size(),
                site.reused().size()));
    }

    /** The area could not be read again: its problems, with what the last check found elsewhere. */
    private static Rendered failed(Diagnostics diagnostics, Loaded before, String slug, Work work) {
        String folder = "charters/" + slug;
        before.diagnostics().stream().filter(d -> !Checker.inside(d.location().file(), folder))
                .forEach(diagnostics::add);
        if (!diagnostics.hasErrors()) {
            diagnostics.error(org.charterkit.diagnostic.Location.of(folder), "the area can no longer be read",
                    "check that its folder still has a charter.md");
        }
        return Rendered.failed(new BuildResult(diagnostics.sorted(), before.project().areas().size(), 0)).with(work);
    }
}

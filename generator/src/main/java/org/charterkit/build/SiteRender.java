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
    public record Rendered(BuildResult result, Optional<RenderedSite> site) {
    }

    private final String version;

    /** @param version Charterkit's own version, named in the pages */
    public SiteRender(String version) {
        this.version = version;
    }

    /** Loads, checks, plans and renders what {@code request} asks for; its output folder is not used. */
    public Rendered run(BuildRequest request) {
        Diagnostics diagnostics = new Diagnostics();
        Project project = new ProjectLoader(request.root(), diagnostics).load(request.area());
        new Checker(request.today()).check(project, diagnostics);
        if (diagnostics.hasErrors()) {
            return new Rendered(new BuildResult(diagnostics.sorted(), project.areas().size(), 0), Optional.empty());
        }
        SitePlan plan = new Planner(request.print()).plan(project);
        Path theme = request.root().resolve("themes").resolve("default");
        RenderedSite site = new SiteRenderer(theme, version, request.today()).render(plan, diagnostics,
                Progress.NONE);
        if (diagnostics.hasErrors()) {
            return new Rendered(new BuildResult(diagnostics.sorted(), project.areas().size(), 0), Optional.empty());
        }
        return new Rendered(new BuildResult(diagnostics.sorted(), project.areas().size(), site.pages().size()),
                Optional.of(site));
    }
}

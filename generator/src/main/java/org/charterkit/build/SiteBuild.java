package org.charterkit.build;

import java.nio.file.Path;
import org.charterkit.check.Checker;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Progress;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.Project;
import org.charterkit.plan.Planner;
import org.charterkit.plan.SitePlan;
import org.charterkit.render.RenderedSite;
import org.charterkit.render.SiteRenderer;
import org.charterkit.write.SiteWriter;
import org.charterkit.write.WriteResult;

/** Runs the pipeline. */
public final class SiteBuild {

    private final String version;

    /** @param version Charterkit's own version, named in the pages it writes */
    public SiteBuild(String version) {
        this.version = version;
    }

    public BuildResult run(BuildRequest request) {
        return run(request, Progress.NONE);
    }

    /** Runs the pipeline, telling {@code progress} how far a long build has got. */
    public BuildResult run(BuildRequest request, Progress progress) {
        // First, undo what a build killed mid-swap left behind, whatever this build then finds.
        request.out().ifPresent(out -> new SiteWriter().recover(out));
        Diagnostics diagnostics = new Diagnostics();
        Project project = new ProjectLoader(request.root(), diagnostics).load(request.area());
        new Checker(request.today()).check(project, diagnostics);
        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics.sorted(), project.areas().size(), 0);
        }
        SitePlan plan = new Planner(request.print()).plan(project);
        Path theme = request.root().resolve("themes").resolve("default");
        if (request.out().isEmpty()) {
            // A check finds what the build would report about the printed charters too (a poster too long).
            if (request.print()) {
                new SiteRenderer(theme, version, request.today()).checkPrint(plan, diagnostics);
            }
            return new BuildResult(diagnostics.sorted(), project.areas().size(), 0);
        }
        RenderedSite site = new SiteRenderer(theme, version, request.today()).render(plan, diagnostics, progress);
        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics.sorted(), project.areas().size(), 0);
        }
        WriteResult written = new SiteWriter().write(site, request.out().get(), diagnostics);
        return new BuildResult(diagnostics.sorted(), project.areas().size(), written.pages());
    }
}

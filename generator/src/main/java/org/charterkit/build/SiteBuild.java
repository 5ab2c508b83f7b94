package org.charterkit.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.charterkit.check.Checker;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.diagnostic.Progress;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.Area;
import org.charterkit.model.CharterStatus;
import org.charterkit.model.Project;
import org.charterkit.plan.Planner;
import org.charterkit.plan.SitePlan;
import org.charterkit.render.RenderedSite;
import org.charterkit.render.SiteRenderer;
import org.charterkit.write.OutputFolder;
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
        Diagnostics diagnostics = new Diagnostics();
        if (request.out().isPresent()) {
            Path out = request.out().get();
            Optional<String> refusal = OutputFolder.refusal(request.root(), out);
            if (refusal.isPresent()) {
                diagnostics.error(Location.of(out.toString()), refusal.get(),
                        "name another folder with `--out`; nothing was read or written");
                return new BuildResult(diagnostics.sorted(), 0, 0);
            }
            // First, undo what a build killed mid-swap left behind, whatever this build then finds.
            new SiteWriter(version).recover(out);
        }
        // A build of one area still shows every area on the hub, the compare page and in search: all are read.
        boolean inPlace = request.area().isPresent() && request.out().isPresent();
        Project project = new ProjectLoader(request.root(), diagnostics)
                .load(inPlace ? Optional.empty() : request.area());
        new Checker(request.today()).check(project, diagnostics);
        if (inPlace && !diagnostics.hasErrors()) {
            missingArea(project, request, diagnostics);
        }
        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics.sorted(), project.areas().size(), 0);
        }
        if (request.out().isEmpty()) {
            // A check finds what the build would report about the printed charters too (a poster too long for
            // one side), for every charter it checked, drafts included.
            if (request.print()) {
                new SiteRenderer(request.root().resolve("themes").resolve("default"), version, request.today())
                        .checkPrint(new Planner(true).plan(project), diagnostics);
            }
            return new BuildResult(diagnostics.sorted(), project.areas().size(), 0);
        }
        Project published = request.drafts() ? project : withoutDrafts(project);
        SitePlan plan = new Planner(request.print()).plan(published);
        Set<String> keep = inPlace ? kept(published, request, request.out().get()) : Set.of();
        Path theme = request.root().resolve("themes").resolve("default");
        RenderedSite site = new SiteRenderer(theme, version, request.today())
                .render(plan, diagnostics, progress, keep);
        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics.sorted(), published.areas().size(), 0);
        }
        WriteResult written = new SiteWriter(version).write(site, request.out().get(), keep, diagnostics);
        int areas = published.areas().size() - keep.size();
        return new BuildResult(diagnostics.sorted(), areas, written.pages());
    }

    /** {@code --area} names an area there is no folder for, or a draft this build leaves out. */
    private static void missingArea(Project project, BuildRequest request, Diagnostics diagnostics) {
        String slug = request.area().get();
        Optional<Area> area = project.areas().stream().filter(a -> a.slug().equals(slug)).findFirst();
        if (area.isEmpty()) {
            diagnostics.error(Location.of("charters"), "there is no area `" + slug + "`",
                    "use the name of a folder under charters/");
        } else if (!request.drafts() && isDraft(area.get())) {
            diagnostics.error(area.get().charter().location(), "the charter of `" + slug + "` is a draft, and"
                    + " drafts are left out of the site", "add `--drafts` to build it, or preview it with"
                    + " `./charterkit serve`");
        }
    }

    /**
     * The areas a build of one area keeps as the current site has them: every other published area the
     * current site (one Charterkit wrote) has whole. An area it lacks, or lacks a file of, is rendered, so
     * nothing is missing.
     */
    private Set<String> kept(Project published, BuildRequest request, Path out) {
        Optional<Set<String>> current = new SiteWriter(version).currentFiles(out);
        Set<String> keep = new TreeSet<>();
        for (Area area : published.areas()) {
            String folder = area.slug() + "/";
            if (!area.slug().equals(request.area().get()) && current.isPresent()
                    && current.get().contains(folder + "index.html") && whole(current.get(), folder, out)) {
                keep.add(folder);
            }
        }
        return keep;
    }

    /** Whether every file the record lists under {@code folder} is still there to keep; if not, it is made. */
    private static boolean whole(Set<String> files, String folder, Path out) {
        return files.stream().filter(f -> f.startsWith(folder))
                .allMatch(f -> java.nio.file.Files.isRegularFile(out.resolve(f)));
    }

    private static boolean isDraft(Area area) {
        return area.charter().status().filter(s -> s == CharterStatus.DRAFT).isPresent();
    }

    /** The project as a published site sees it: no draft charters, so no page, list or feed shows them. */
    static Project withoutDrafts(Project project) {
        List<Area> areas = project.areas().stream().filter(a -> !isDraft(a)).toList();
        return project.withAreas(areas);
    }
}

package org.charterkit.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.SiteRender;
import org.charterkit.render.ProblemPage;

/**
 * The live preview of {@code charterkit serve}: the site rendered in memory, rendered again whenever a file in
 * {@code charters/}, {@code content/} or {@code themes/}, or {@code charterkit.yml}, changes, and the open pages
 * told to reload. The pages come first, without the printed charters; the PDFs follow in the background (unless
 * printing is off), and a newer edit makes a print in progress moot. While the sources have errors, every page
 * shows them, and the first render without errors brings the site back.
 */
public final class LivePreview implements SiteFiles, AutoCloseable {

    /**
     * What one render found, for the terminal.
     *
     * @param result  the diagnostics and counts, as a build reports them
     * @param edited  the source files whose change caused it (project-relative); empty for the first render
     * @param took    from the first change seen to the open pages being told
     * @param cpu     the processor time the whole process used during the render (its pages are made on several
     *                threads): unlike {@code took}, it hardly depends on what else the machine is doing
     * @param printed whether this render made the PDFs too
     * @param changed the site's files that changed, or {@link LiveReload#EVERYTHING}
     * @param area    the one area rendered again, with the whole site's pages; empty when every page was
     * @param site    the whole site now shown, to write it as well; empty when there were errors
     */
    public record Report(org.charterkit.build.BuildResult result, List<String> edited, Duration took,
            Duration cpu, boolean printed, Set<String> changed, Optional<String> area,
            Optional<LiveSite> site) {
    }

    private static final java.lang.management.OperatingSystemMXBean OS =
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private static final List<String> WATCHED = List.of("charters", "content", "themes");

    private final Path root;
    private final BuildRequest request;
    private final SiteRender render;
    /** Its own, so that printing in the background never shares a renderer with the pages in front. */
    private final SiteRender printRender;
    private final LiveReload reload;
    private final Consumer<Report> report;
    private final AtomicReference<LiveSite> current = new AtomicReference<>(LiveSite.empty());
    private final ExecutorService pages = Executors.newSingleThreadExecutor(daemon("charterkit-preview"));
    private final ExecutorService printing = Executors.newSingleThreadExecutor(daemon("charterkit-print"));
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong generation = new AtomicLong();
    private final Set<String> touched = ConcurrentHashMap.newKeySet();
    private final AtomicLong firstTouch = new AtomicLong();
    private final AtomicLong lastTouch = new AtomicLong();
    /**
     * How long the sources must be still before a render: a save is often a truncation then a write, or several
     * files at once, and a render between the two would read half a file.
     */
    private static final long QUIET_NANOS = Duration.ofMillis(30).toNanos();
    /** How long the pages must stand before the PDFs are printed from them. */
    private static final Duration PRINT_AFTER = Duration.ofSeconds(1);
    private final AtomicReference<Future<?>> print = new AtomicReference<>();
    private final AtomicLong renders = new AtomicLong();
    private volatile DirectoryWatcher watcher;

    /**
     * @param request what to render: the project, the day, and whether to print PDFs after the pages
     * @param reload  the event stream the open pages listen to
     * @param report  told of every render, on the preview's own thread
     */
    public LivePreview(BuildRequest request, String version, LiveReload reload, Consumer<Report> report) {
        this.root = request.root().toAbsolutePath().normalize();
        this.request = request;
        this.render = new SiteRender(version);
        this.printRender = new SiteRender(version);
        this.reload = reload;
        this.report = report;
    }

    /**
     * Starts watching the sources, then renders the site once, waiting for the pages (not the PDFs); an edit saved
     * during that first render is seen, and rendered next.
     */
    public Report start() throws IOException {
        List<Path> paths = new ArrayList<>();
        paths.add(root);
        for (String folder : WATCHED) {
            if (Files.isDirectory(root.resolve(folder))) {
                paths.add(root.resolve(folder));
            }
        }
        watcher = DirectoryWatcher.builder()
                .paths(paths)
                .fileTreeVisitor(this::visit)
                .listener(this::changed)
                .build();
        watcher.watchAsync(Executors.newSingleThreadExecutor(daemon("charterkit-watch")));
        try {
            return pages.submit(() -> renderPages(List.of(), System.nanoTime())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted before the first render", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Which folders are watched: the project folder itself, for {@code charterkit.yml}, but none of its other
     * folders ({@code public/}, {@code .git/}, {@code target/}), and the source folders all the way down.
     */
    private void visit(Path folder, FileTreeVisitor.Callback onFolder, FileTreeVisitor.Callback onFile)
            throws IOException {
        if (folder.equals(root)) {
            onFolder.call(folder);
        } else if (isSource(folder)) {
            FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(folder, onFolder, onFile);
        }
    }

    private boolean isSource(Path path) {
        Path relative = root.relativize(path.toAbsolutePath().normalize());
        if (relative.getNameCount() == 0 || relative.startsWith("..")) {
            return false;
        }
        String name = path.getFileName().toString();
        // An editor's swap, backup and lock files are not sources: they come and go with every save.
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp")) {
            return false;
        }
        return relative.toString().equals("charterkit.yml") || WATCHED.contains(relative.getName(0).toString());
    }

    private void changed(DirectoryChangeEvent event) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            touched.add("charters");
        } else if (event.path() == null || !isSource(event.path())) {
            return;
        } else {
            touched.add(root.relativize(event.path().toAbsolutePath().normalize()).toString().replace('\\', '/'));
        }
        long now = System.nanoTime();
        lastTouch.set(now);
        firstTouch.compareAndSet(0, now);
        if (pending.compareAndSet(false, true)) {
            pages.submit(this::renderAgain);
        }
    }

    private void renderAgain() {
        try {
            while (System.nanoTime() - lastTouch.get() < QUIET_NANOS) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        pending.set(false);
        long since = firstTouch.getAndSet(0);
        List<String> edited = new ArrayList<>(new TreeSet<>(touched));
        touched.removeAll(edited);
        try {
            renderPages(edited, since == 0 ? System.nanoTime() : since);
        } catch (RuntimeException e) {
            // A fault in Charterkit itself: shown like a mistake, so the preview goes on and the next save retries.
            publish(new SiteRender.Rendered(new org.charterkit.build.BuildResult(List.of(
                    org.charterkit.diagnostic.Diagnostic.error(org.charterkit.diagnostic.Location.of(edited.isEmpty()
                            ? "charters" : edited.get(0)), "Charterkit failed while making the pages: " + e,
                            "report this to the Charterkit developers, with the file you were editing")), 0, 0),
                    Optional.empty(), Set.of()), edited, System.nanoTime(), Duration.ZERO, false, Optional.empty());
        }
    }

    /** The pages, without PDFs; then the PDFs in the background when printing is on and the pages built. */
    private Report renderPages(List<String> edited, long since) {
        long mine = generation.incrementAndGet();
        Future<?> stale = print.getAndSet(null);
        if (stale != null) {
            stale.cancel(true);
        }
        if (edited.stream().anyMatch(path -> path.startsWith("themes/"))) {
            render.themeChanged();
            printRender.themeChanged();
        }
        Optional<String> area = oneArea(edited);
        long cpuBefore = processCpu();
        SiteRender.Rendered rendered = render.run(request.printing(false), area);
        Duration cpu = Duration.ofNanos(processCpu() - cpuBefore);
        Report done = publish(rendered, edited, since, cpu, false, area);
        if (request.print() && !done.result().diagnostics().stream().anyMatch(d -> d.isError())) {
            print.set(printing.submit(() -> {
                // Printing takes seconds and cannot be stopped half-way: while saves follow each other, wait.
                try {
                    Thread.sleep(PRINT_AFTER.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                if (generation.get() != mine) {
                    return;
                }
                long started = System.nanoTime();
                long printStart = processCpu();
                SiteRender.Rendered printed = printRender.run(request);
                Duration printCpu = Duration.ofNanos(processCpu() - printStart);
                // A newer edit has been rendered meanwhile: these PDFs show older words.
                synchronized (this) {
                    if (generation.get() == mine && !Thread.currentThread().isInterrupted()) {
                        publish(printed, edited, started, printCpu, true, Optional.empty());
                    }
                }
            }));
        }
        return done;
    }

    /**
     * The one area an edit can change, when every file saved is inside that area's folder and the site shown now
     * has its pages; otherwise (a framework, a guide, the theme, the settings, a new area) the whole site.
     */
    private Optional<String> oneArea(List<String> edited) {
        LiveSite shown = current.get();
        if (edited.isEmpty() || shown.hasProblems()) {
            return Optional.empty();
        }
        String slug = null;
        for (String path : edited) {
            String[] parts = path.split("/");
            if (parts.length < 3 || !parts[0].equals("charters") || (slug != null && !slug.equals(parts[1]))) {
                return Optional.empty();
            }
            slug = parts[1];
        }
        return shown.files().containsKey(slug + "/index.html") ? Optional.of(slug) : Optional.empty();
    }

    private synchronized Report publish(SiteRender.Rendered rendered, List<String> edited, long since,
            Duration cpu, boolean printed, Optional<String> area) {
        renders.incrementAndGet();
        LiveSite before = current.get();
        LiveSite next = rendered.site().map(site -> area.isPresent() && !before.hasProblems()
                ? before.withArea(area.get(), site, rendered.areas()) : LiveSite.of(site)).orElseGet(() -> before.withProblems(
                rendered.result().diagnostics(),
                ProblemPage.render(root.resolve("themes").resolve("default"), rendered.result().diagnostics())));
        Set<String> changed = new TreeSet<>(next.changedSince(before));
        // An edited stylesheet, font or picture changes no rendered page, but every page that shows it.
        if (edited.stream().anyMatch(path -> path.contains("/assets/"))) {
            changed.add(LiveReload.EVERYTHING);
        }
        current.set(next);
        if (!changed.isEmpty()) {
            reload.changed(changed);
        }
        Report done = new Report(rendered.result(), edited, Duration.ofNanos(System.nanoTime() - since), cpu, printed,
                changed, area, next.hasProblems() ? Optional.empty() : Optional.of(next));
        report.accept(done);
        return done;
    }

    /** The processor time of the whole process so far, or 0 where the JVM cannot tell it. */
    private static long processCpu() {
        return OS instanceof com.sun.management.OperatingSystemMXBean os ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    /** How many renders have been published, for tests that wait on one. */
    public long renders() {
        return renders.get();
    }

    /** The site as the preview shows it now. */
    public LiveSite site() {
        return current.get();
    }

    @Override
    public Optional<byte[]> file(String path) throws IOException {
        return current.get().file(path);
    }

    @Override
    public boolean folder(String path) throws IOException {
        return current.get().folder(path);
    }

    @Override
    public void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            // Closing the watcher of a preview that is ending: nothing is left to tell.
        }
        pages.shutdownNow();
        printing.shutdownNow();
        try {
            // A render being told (and written, with --out) is let finish, so nothing is left half-written.
            pages.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            printing.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}

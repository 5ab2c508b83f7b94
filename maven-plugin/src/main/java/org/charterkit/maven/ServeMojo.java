package org.charterkit.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.charterkit.build.BuildRequest;
import org.charterkit.diagnostic.Diagnostic;
import org.charterkit.serve.LivePreview;
import org.charterkit.serve.LiveReload;
import org.charterkit.serve.SiteServer;

/**
 * {@code mvn charterkit:serve}: the live preview of {@code charterkit serve}. It takes the port first, renders
 * the site in memory, serves it, and renders again on every save to {@code charters/}, {@code content/},
 * {@code themes/} or {@code charterkit.yml}, the open browser reloading itself; mistakes show in the browser and
 * in Maven's log until they are fixed. It runs until Ctrl+C.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = false)
public class ServeMojo extends CharterkitMojo {

    @Parameter(property = "charterkit.port", defaultValue = "8000")
    int port;

    @Parameter(property = "charterkit.host", defaultValue = "127.0.0.1")
    String host;

    /** Skip the printed charters (PDF), for a quicker preview. */
    @Parameter(property = "charterkit.noPdf", defaultValue = "false")
    boolean noPdf;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stop = new Thread(stopped::countDown);
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            serve(url -> { }, stopped);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // The JVM is already stopping: the hook is running.
            }
        }
    }

    /**
     * Serves the live preview until {@code stopped} is counted down, telling {@code started} the address once
     * the first render is shown.
     */
    void serve(java.util.function.Consumer<String> started, CountDownLatch stopped) throws MojoExecutionException {
        Path root = project();
        Mirror mirror = null;
        if (!root.equals(rootFolder())) {
            // The plugin's own theme and guides were put beside a copy of the area's folders: every edit to them
            // is copied there as it is saved, so the preview stays live.
            getLog().info("This folder has no themes/ and content/ of its own: the preview uses the plugin's, beside"
                    + " a copy of charters/ in " + root + " that follows every edit saved in charters/ (charterkit.yml is"
                    + " read when the goal starts).");
            try {
                mirror = Mirror.start(rootFolder(), root, OWN_PARTS,
                        problem -> getLog().warn("could not copy an edit into the preview: " + problem));
            } catch (IOException e) {
                throw new MojoExecutionException("could not watch " + rootFolder() + ": " + e.getMessage(), e);
            }
        }
        try {
            serve(root, started, stopped);
        } finally {
            if (mirror != null) {
                try {
                    mirror.close();
                } catch (IOException e) {
                    getLog().debug(e);
                }
            }
        }
    }

    private void serve(Path root, java.util.function.Consumer<String> started, CountDownLatch stopped)
            throws MojoExecutionException {
        LiveReload reload = new LiveReload();
        LivePreview preview = new LivePreview(
                BuildRequest.build(root, targetFolder().resolve("charterkit-site")).printing(!noPdf).withDrafts(true),
                version(), reload, this::tell);
        SiteServer server;
        try {
            // The port before anything else: a busy one is said at once.
            server = SiteServer.start(preview, Optional.of(reload), host, port, SiteServer.READ_TIMEOUT);
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw new MojoExecutionException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + "; stop what is using it, or choose another port with -Dcharterkit.port=N", e);
        }
        try {
            LivePreview.Report first = preview.start();
            getLog().info((first.result().succeeded() ? "Serving " + first.result().pages() + " pages, live: open "
                    : "Serving the mistakes above until they are fixed: open ") + server.url()
                    + " in a browser. Saving a charter reloads it. Press Ctrl+C to stop.");
            started.accept(server.url());
            stopped.await();
        } catch (IOException e) {
            throw new MojoExecutionException("could not watch " + root + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            preview.close();
            server.close();
        }
    }

    /** Each render, in Maven's log: its mistakes as Charterkit prints them, or a line saying what changed. */
    private void tell(LivePreview.Report report) {
        for (Diagnostic d : report.result().diagnostics()) {
            if (!report.edited().isEmpty() && !d.isError() && !report.edited().contains(d.location().file())) {
                continue;
            }
            if (report.printed() && !d.isError()) {
                continue;
            }
            for (String line : d.format().split("\\R")) {
                if (d.isError()) {
                    getLog().error(line);
                } else {
                    getLog().warn(line);
                }
            }
        }
        if (!report.result().succeeded()) {
            getLog().error("The browser shows these mistakes until they are fixed.");
            return;
        }
        getLog().info((report.printed() ? "Printed the charters" : "Made the pages") + " in "
                + report.took().toMillis() + " ms"
                + (report.edited().isEmpty() ? "" : " after " + String.join(", ", report.edited())) + ": "
                + (report.changed().contains(LiveReload.EVERYTHING) ? "every page reloads"
                        : report.changed().size() + " files changed"));
    }
}

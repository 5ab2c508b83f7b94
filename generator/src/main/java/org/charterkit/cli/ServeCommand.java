package org.charterkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.charterkit.build.BuildRequest;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.render.RenderedSite;
import org.charterkit.serve.LivePreview;
import org.charterkit.serve.LiveReload;
import org.charterkit.serve.SiteServer;
import org.charterkit.write.SiteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code charterkit serve}: a live preview. It takes the port first, so a busy port is said at once, then renders
 * the site in memory, serves it, and renders again on every save, the open browser reloading itself.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves a live preview of the site at a local address until you press Ctrl+C.",
                "It watches charters/, content/, themes/ and charterkit.yml: on every save the pages are made again"
                        + " and the open browser reloads itself; mistakes show in the browser and here, and fixing"
                        + " them brings the site back. The printed charters follow the pages, unless --no-pdf."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write each complete site to DIR, as build does. Default: nothing is written.")
    Path out;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "The port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: ${DEFAULT-VALUE}, this machine only.")
    String host;

    @Option(names = "--no-pdf", description = "Skip the printed charters (PDF booklet and poster): a quicker preview.")
    boolean noPdf;

    @Option(names = "--verbose", description = "List the pages each save changed.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter said = spec.commandLine().getOut();
        Path root = project.root();
        if (out != null) {
            Optional<String> refusal = org.charterkit.write.OutputFolder.refusal(root, out);
            if (refusal.isPresent()) {
                // As build: a usage mistake, refused before anything is read, watched or written.
                err.println("charterkit serve: " + refusal.get());
                err.flush();
                return 2;
            }
        }
        LiveReload reload = new LiveReload();
        LivePreview preview = new LivePreview(
                BuildRequest.build(root, out != null ? out : root.resolve("public")).printing(!noPdf)
                        .withDrafts(true),
                CharterkitCommand.version(), reload, report -> tell(report, said, err));
        SiteServer server;
        try {
            // The port before anything else: a busy one is a usage mistake, said at once in one line.
            server = SiteServer.start(preview, Optional.of(reload), host, port, SiteServer.READ_TIMEOUT);
        } catch (BindException e) {
            err.println("charterkit serve: " + host + ":" + port + " is already in use, or not an address of this"
                    + " machine; stop what is using it, or choose another port with --port");
            err.flush();
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("charterkit serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            err.flush();
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            preview.close();
            server.close();
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            serve(preview, server, said, stopped);
        } finally {
            // Ctrl+C runs the hook; an interrupted run (a test, the Maven plugin) closes here and drops the hook.
            preview.close();
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // The JVM is already stopping: the hook is running.
            }
        }
        return 0;
    }

    private void serve(LivePreview preview, SiteServer server, PrintWriter said, CountDownLatch stopped)
            throws IOException, InterruptedException {
        LivePreview.Report first = preview.start();
        if (first.result().succeeded()) {
            said.printf("Serving %d pages, live: open %s in a browser. Saving a charter reloads it."
                    + " Press Ctrl+C to stop.%n", first.result().pages(), server.url());
        } else {
            said.printf("Serving the mistakes above until they are fixed: open %s in a browser. Saving a fix brings"
                    + " the site back. Press Ctrl+C to stop.%n", server.url());
        }
        said.flush();
        stopped.await();
    }

    /** Each render, in the terminal: its mistakes in the usual form, or a line saying what changed. */
    private void tell(LivePreview.Report report, PrintWriter said, PrintWriter err) {
        // The first render lists every warning; later ones only errors, and the warnings of the files just saved.
        java.util.List<org.charterkit.diagnostic.Diagnostic> worth = report.result().diagnostics().stream()
                .filter(d -> report.edited().isEmpty() || d.isError() || report.edited().contains(d.location().file()))
                .toList();
        if (report.printed()) {
            // The pages' render has listed the warnings already; the printing adds only its own errors.
            worth = worth.stream().filter(org.charterkit.diagnostic.Diagnostic::isError).toList();
        }
        if (!worth.isEmpty()) {
            Reporter.report(worth, err);
        }
        if (!report.result().succeeded()) {
            err.println("The browser shows these mistakes until they are fixed.");
            err.flush();
            return;
        }
        String cause = (report.edited().isEmpty() ? "" : " after " + String.join(", ", report.edited()))
                + report.area().map(area -> " (only " + area + "'s pages and the site's own)").orElse("");
        said.printf("%s in %d ms%s: %s%n", report.printed() ? "Printed the charters" : "Made the pages",
                report.took().toMillis(), cause, report.changed().contains(LiveReload.EVERYTHING)
                        ? "every page reloads" : report.changed().size() + " files changed"
                        + (verbose ? " " + report.changed() : ""));
        said.flush();
        if (out != null && (report.printed() || noPdf)) {
            report.site().ifPresent(site -> write(site.toRenderedSite(), said, err));
        }
    }

    /** With --out, the complete site is written as build writes it, replacing only a site Charterkit wrote. */
    private void write(RenderedSite site, PrintWriter said, PrintWriter err) {
        Diagnostics diagnostics = new Diagnostics();
        new SiteWriter(CharterkitCommand.version()).write(site, out, diagnostics);
        if (diagnostics.hasErrors()) {
            Reporter.report(diagnostics.sorted(), err);
        } else {
            said.println("Wrote the site to " + out);
            said.flush();
        }
    }
}

package org.charterkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.serve.SiteServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code charterkit serve}: build, then serve the site on this machine until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, then serves it at a local address until you press Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the site. Default: public/ in the project folder.")
    Path out;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "The port to listen on (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: ${DEFAULT-VALUE}, this machine only.")
    String host;

    @Option(names = "--no-pdf", description = "Skip the printed charters (PDF booklet and poster): a quicker preview.")
    boolean noPdf;

    @Option(names = "--verbose", description = "Show each step of the build. (On a terminal a progress line is shown anyway;"
            + " in CI and pipes nothing is, unless this is given.)")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path root = project.root();
        Path target = out != null ? out : root.resolve("public");
        BuildResult result = new SiteBuild(CharterkitCommand.version())
                .run(BuildRequest.build(root, target).printing(!noPdf),
                        ProgressReport.choose(verbose, spec.commandLine().getErr()));
        int code = Reporter.report(result, spec.commandLine().getErr());
        if (code != 0) {
            return code;
        }
        SiteServer server = SiteServer.start(target, host, port);
        spec.commandLine().getOut().printf("Serving %d pages from %s%nOpen %s in a browser. Press Ctrl+C to stop.%n",
                result.pages(), target, server.url());
        spec.commandLine().getOut().flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}

package org.charterkit.maven;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.charterkit.serve.SiteServer;

/** {@code mvn charterkit:serve}: builds, then serves the site on this machine until Ctrl+C. */
@Mojo(name = "serve", threadSafe = true, requiresProject = false)
public class ServeMojo extends BuildMojo {

    @Parameter(property = "charterkit.port", defaultValue = "8000")
    int port;

    @Parameter(property = "charterkit.host", defaultValue = "127.0.0.1")
    String host;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        // A preview on one's own machine shows drafts too, with their banner, as `charterkit serve` does.
        drafts = true;
        build();
        try {
            SiteServer server = SiteServer.start(site(), host, port);
            getLog().info("Serving " + site() + " at " + server.url() + " until you press Ctrl+C.");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            stopped.await();
        } catch (IOException e) {
            throw new MojoExecutionException("could not serve on " + host + ":" + port + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

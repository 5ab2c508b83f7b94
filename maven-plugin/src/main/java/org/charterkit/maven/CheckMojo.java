package org.charterkit.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.charterkit.build.BuildRequest;

/** {@code mvn charterkit:check}: every mistake in the charters, with its file, line and column. Writes nothing. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true, requiresProject = false)
public class CheckMojo extends CharterkitMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        report(run(BuildRequest.check(project())));
        getLog().info("The charters have no errors.");
    }
}

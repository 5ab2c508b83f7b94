package org.charterkit.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;

/** {@code mvn charterkit:build}: checks the charters, then builds every area's site, as {@code charterkit build}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = false)
public class BuildMojo extends CharterkitMojo {

    /** Where the site is written. Default: {@code charterkit-site} in the project's build folder (target/). */
    @Parameter(property = "charterkit.out")
    File out;

    /** Skip the printed charters (PDF), for a quicker preview. */
    @Parameter(property = "charterkit.noPdf", defaultValue = "false")
    boolean noPdf;

    /** Publish the charters whose status is draft too, with their banner; without it drafts are left out. */
    @Parameter(property = "charterkit.drafts", defaultValue = "false")
    boolean drafts;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        BuildResult result = build();
        getLog().info("Built " + result.areas() + " area(s), " + result.pages() + " pages, into " + site());
    }

    /** The folder the site is written to. */
    Path site() throws MojoExecutionException {
        return out != null ? out.toPath().toAbsolutePath().normalize() : targetFolder().resolve("charterkit-site");
    }

    BuildResult build() throws MojoExecutionException, MojoFailureException {
        BuildResult result = run(BuildRequest.build(project(), site()).printing(!noPdf).withDrafts(drafts));
        report(result);
        return result;
    }
}

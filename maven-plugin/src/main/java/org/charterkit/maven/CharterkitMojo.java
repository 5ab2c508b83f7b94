package org.charterkit.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.charterkit.build.BuildRequest;
import org.charterkit.build.BuildResult;
import org.charterkit.build.SiteBuild;
import org.charterkit.diagnostic.Diagnostic;

/**
 * What the goals share: the project to read, made whole with the plugin's own default theme and shared
 * content when the area's project has only its charters, and the report of mistakes in Maven's log.
 *
 * <p>The goals also run in a folder with no pom at all (only {@code charters/}): Maven then gives them a stand-in
 * project with no folder, so nothing here may default to {@code ${project.basedir}} or
 * {@code ${project.build.directory}}; the folder Maven was started in stands in for both.
 */
abstract class CharterkitMojo extends AbstractMojo {

    /**
     * The folder that holds {@code charters/} (and, optionally, {@code content/} and {@code themes/}). Default:
     * the project's folder, or, with no pom, the folder Maven runs in.
     */
    @Parameter(property = "charterkit.root")
    File root;

    /** The pom, when there is one; null, or no file, when Maven runs without a project. */
    @Parameter(defaultValue = "${project.file}", readonly = true)
    File pom;

    /** The project's build folder, when there is a pom. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    /** The folder Maven was started in: the project's folder when there is no pom. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    File executionRoot;

    /** The folders of an area's project that are its own, copied over the plugin's when it has them. */
    static final List<String> OWN_PARTS = List.of("charters", "content", "themes");

    /** The project's settings file, beside {@code charters/}. */
    static final String SETTINGS = "charterkit.yml";

    /** The folder that holds the charters, as given or as defaulted. */
    Path rootFolder() throws MojoExecutionException {
        File folder = root != null ? root : hasPom() ? pom.getAbsoluteFile().getParentFile() : executionRoot;
        if (folder == null) {
            folder = new File(System.getProperty("user.dir"));
        }
        Path path = folder.toPath().toAbsolutePath().normalize();
        if (!Files.isDirectory(path.resolve("charters"))) {
            throw new MojoExecutionException("there is no charters/ folder in " + path + ": run Maven in the folder"
                    + " that holds charters/, or name it with -Dcharterkit.root=DIR");
        }
        return path;
    }

    /** Where Charterkit writes what it makes: the project's build folder, or target/ beside the charters. */
    Path targetFolder() throws MojoExecutionException {
        if (hasPom() && buildDirectory != null && !buildDirectory.getPath().contains("${")) {
            return buildDirectory.toPath().toAbsolutePath().normalize();
        }
        return rootFolder().resolve("target");
    }

    private boolean hasPom() {
        return pom != null && pom.isFile();
    }

    /**
     * The project as Charterkit reads it: the area's own folders, and the plugin's theme and shared content
     * for whichever of {@code themes/} and {@code content/} it lacks.
     */
    Path project() throws MojoExecutionException {
        Path own = rootFolder();
        if (Files.isDirectory(own.resolve("themes")) && Files.isDirectory(own.resolve("content"))) {
            return own;
        }
        Path work = targetFolder().resolve("charterkit-project");
        try {
            deleteTree(work);
            Files.createDirectories(work);
            unpackBundled(work);
            for (String part : OWN_PARTS) {
                if (Files.isDirectory(own.resolve(part))) {
                    deleteTree(work.resolve(part));
                    copyTree(own.resolve(part), work.resolve(part));
                }
            }
            // The area's own settings (its web address, edit links, limits) apply to the copy too.
            if (Files.isRegularFile(own.resolve(SETTINGS))) {
                Files.copy(own.resolve(SETTINGS), work.resolve(SETTINGS), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("could not assemble the project in " + work + ": " + e.getMessage(), e);
        }
        return work;
    }

    /** Charterkit's version as the pages name it: the plugin's, or {@code maven-plugin} when run from its classes. */
    String version() {
        return getClass().getPackage().getImplementationVersion() == null ? "maven-plugin"
                : getClass().getPackage().getImplementationVersion();
    }

    BuildResult run(BuildRequest request) {
        return new SiteBuild(version()).run(request);
    }

    /** Logs every mistake as Charterkit prints it, and fails the goal when there is an error. */
    void report(BuildResult result) throws MojoFailureException {
        for (Diagnostic d : result.diagnostics()) {
            for (String line : d.format().split("\\R")) {
                if (d.isError()) {
                    getLog().error(line);
                } else {
                    getLog().warn(line);
                }
            }
        }
        if (!result.succeeded()) {
            throw new MojoFailureException("the charters have mistakes: each is listed above with its file, line"
                    + " and column, and how to fix it");
        }
    }

    /** Copies {@code charterkit/**} from this plugin's jar (or classes folder) into {@code into}. */
    private void unpackBundled(Path into) throws IOException {
        Path location;
        try {
            location = Path.of(CharterkitMojo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if (Files.isDirectory(location)) {
            copyTree(location.resolve("charterkit"), into);
            return;
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.getName().startsWith("charterkit/") || entry.isDirectory()) {
                    continue;
                }
                Path target = into.resolve(entry.getName().substring("charterkit/".length())).normalize();
                if (!target.startsWith(into)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

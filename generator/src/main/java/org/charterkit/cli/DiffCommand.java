package org.charterkit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.charterkit.compare.CharterComparer;
import org.charterkit.compare.CharterComparison;
import org.charterkit.compare.ComparisonText;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.load.GitRevision;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code charterkit diff <area>}: what changed between two versions, as text for a pull request. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Prints what changed between two versions of an area's charter, commitment by commitment,"
                + " as plain text to paste into a pull request, or as Markdown.",
                "With --base, prints what the working tree changes in every area's charter since a git revision"
                        + " (the base of a pull request), as Markdown for a pull-request comment."})
final class DiffCommand implements Callable<Integer> {

    enum Format { text, markdown }

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Parameters(paramLabel = "AREA", arity = "0..1",
            description = "The area's folder name under charters/. Required without --base.")
    String area;

    @Option(names = "--base", paramLabel = "REF",
            description = "Compare every area (or AREA) with the charters at this git revision, like origin/main.")
    String base;

    @Option(names = "--from", paramLabel = "V", description = "The older version. Default: the one before --to.")
    String from;

    @Option(names = "--to", paramLabel = "V", description = "The newer version. Default: the current charter.")
    String to;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or markdown. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (base != null) {
            return sinceBase();
        }
        if (area == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name an AREA, or give --base");
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<Area> found = new ProjectLoader(project.root(), diagnostics).load(Optional.of(project.area(area)))
                .areas().stream().findFirst();
        if (found.isEmpty() || diagnostics.hasErrors()) {
            return Reporter.report(diagnostics.sorted(), spec.commandLine().getErr());
        }
        List<Charter> versions = found.get().versions();
        // The newest of the versions is the current charter, released or not.
        Optional<Charter> newer = to == null ? Optional.of(versions.get(versions.size() - 1)) : version(versions, to);
        Optional<Charter> older = newer.flatMap(n -> from == null ? found.get().predecessor(n) : version(versions, from));
        if (newer.isEmpty() || older.isEmpty()) {
            String known = String.join(", ", versions.stream().map(Charter::version).toList());
            diagnostics.error(Location.of("charters/" + area), newer.isEmpty() ? "there is no version " + to
                            : from == null ? "version " + newer.get().version() + " is the first: there is nothing"
                            + " before it to compare with" : "there is no version " + from,
                    "the versions of " + area + " are: " + known);
            return Reporter.report(diagnostics.sorted(), spec.commandLine().getErr());
        }
        CharterComparison comparison = new CharterComparer().compare(older.get(), newer.get());
        ComparisonText text = new ComparisonText();
        spec.commandLine().getOut().print(format == Format.markdown ? text.markdown(comparison)
                : text.plain(comparison));
        // The same two versions in each language the charter is translated into, where both are translated: a
        // change to either language shows.
        for (org.charterkit.model.Translation translation : found.get().translations()) {
            Area translated = found.get().inLanguage(translation);
            Optional<Charter> was = translated.version(older.get().version());
            Optional<Charter> now = translated.version(newer.get().version());
            if (was.isPresent() && now.isPresent()) {
                CharterComparison changed = new CharterComparer().compare(was.get(), now.get());
                String subject = "In " + translation.location().file() + " (" + now.get().language() + ")";
                spec.commandLine().getOut().print("\n" + (format == Format.markdown ? text.markdown(changed, subject)
                        : subject + ": " + text.plain(changed)));
            }
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Every area's changes since the base revision, as one Markdown comment. */
    private int sinceBase() throws java.io.IOException {
        // An area the pull request removes is in the base only: AREA is not checked against the working tree here.
        Optional<String> only = Optional.ofNullable(area);
        checkRevision(project.root(), base);
        Diagnostics diagnostics = new Diagnostics();
        Path copy = java.nio.file.Files.createTempDirectory("charterkit-base-");
        try {
            Optional<Path> baseRoot = new GitRevision(project.root()).export(base, copy, diagnostics);
            if (baseRoot.isEmpty()) {
                return Reporter.report(diagnostics.sorted(), spec.commandLine().getErr());
            }
            Diagnostics ignored = new Diagnostics();
            java.util.Map<String, Area> before = byslug(new ProjectLoader(baseRoot.get(), ignored).load(only).areas());
            java.util.Map<String, Area> after = byslug(new ProjectLoader(project.root(), diagnostics).load(only).areas());
            spec.commandLine().getOut().print(new BaseComparison(base).markdown(before, after));
            spec.commandLine().getOut().flush();
            // Mistakes in the new charters are the check's to report; the summary is still useful beside them.
            return 0;
        } finally {
            deleteTree(copy);
        }
    }

    /**
     * Refuses, as a usage mistake, a base that names no commit of the project's repository, or a project that is
     * not in one. When git itself cannot be run, the comparison reports that as it reads the base.
     */
    private void checkRevision(Path root, String revision) {
        if (revision.isBlank() || revision.startsWith("-")) {
            throw UsageMistake.of(spec, "--base `" + revision + "` is not a git revision: name a branch, tag or"
                    + " commit, like origin/main");
        }
        try {
            ProcessBuilder ask = new ProcessBuilder("git", "-C", root.toString(), "rev-parse", "--verify", "--quiet",
                    revision + "^{commit}").redirectErrorStream(true);
            ask.environment().put("LC_ALL", "C");
            Process git = ask.start();
            byte[] said = git.getInputStream().readAllBytes();
            int code = git.waitFor();
            String answer = new String(said, java.nio.charset.StandardCharsets.UTF_8);
            if (code == 128 && answer.contains("not a git repository")) {
                throw UsageMistake.of(spec, "--base needs a git repository, and " + root.toAbsolutePath().normalize()
                        + " is not in one: run it in the repository's working tree");
            }
            if (code != 0) {
                throw UsageMistake.of(spec, "--base `" + revision + "` is not a commit of this repository: name a"
                        + " branch, tag or commit that exists here, like origin/main (in CI, fetch the base branch:"
                        + " `fetch-depth: 0`)");
            }
        } catch (java.io.IOException e) {
            // No git to ask: reading the base says so, with the same words as any other failure to read it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.Map<String, Area> byslug(List<Area> areas) {
        java.util.Map<String, Area> map = new java.util.TreeMap<>();
        areas.forEach(a -> map.put(a.slug(), a));
        return map;
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }

    private static Optional<Charter> version(List<Charter> versions, String version) {
        return versions.stream().filter(c -> c.version().equals(version)).findFirst();
    }
}

package org.charterkit.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;

/**
 * The project's sources as they were at a git revision (the base of a pull request), copied into a folder so
 * the ordinary loader can read them.
 *
 * <p>Uses the {@code git} command rather than JGit: every place that checks a pull request has git already,
 * it honours the repository's own settings (shallow clones, alternates), and it adds nothing to the jar.
 */
public final class GitRevision {

    /** What a charter project is made of; themes and build files do not matter to a comparison. */
    private static final List<String> PARTS = List.of("charters", "content");

    private final Path root;

    public GitRevision(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Copies {@code charters/} and {@code content/} as they were at {@code revision} into {@code into}.
     * Reports, and gives nothing, when git is missing, the folder is not a repository or the revision unknown.
     */
    public Optional<Path> export(String revision, Path into, Diagnostics out) {
        Location where = Location.of(".");
        if (revision.startsWith("-")) {
            out.error(where, "`" + revision + "` is not a git revision", "name a branch, tag or commit, like `main`");
            return Optional.empty();
        }
        Optional<String> listing = git(out, revision, "ls-tree", "-r", "-z", "--name-only", revision + "^{tree}", "--",
                PARTS.get(0), PARTS.get(1));
        if (listing.isEmpty()) {
            return Optional.empty();
        }
        try {
            for (String file : listing.get().split("\0")) {
                if (file.isEmpty()) {
                    continue;
                }
                Path target = into.resolve(file).normalize();
                if (!target.startsWith(into)) {
                    continue;
                }
                Optional<byte[]> bytes = gitBytes(out, revision, "show", revision + ":" + file);
                if (bytes.isEmpty()) {
                    return Optional.empty();
                }
                Files.createDirectories(target.getParent());
                Files.write(target, bytes.get());
            }
            Files.createDirectories(into.resolve("charters"));
        } catch (IOException e) {
            out.error(where, "the charters of " + revision + " could not be copied: " + e.getMessage(),
                    "check there is space in the temporary folder");
            return Optional.empty();
        }
        return Optional.of(into);
    }

    private Optional<String> git(Diagnostics out, String revision, String... args) {
        return gitBytes(out, revision, args).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    private Optional<byte[]> gitBytes(Diagnostics out, String revision, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
            byte[] bytes;
            try (InputStream in = git.getInputStream()) {
                bytes = in.readAllBytes();
            }
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            git.getErrorStream().transferTo(err);
            if (git.waitFor() != 0) {
                out.error(Location.of("."), "git could not read the charters at `" + revision + "`: "
                                + err.toString(StandardCharsets.UTF_8).strip(),
                        "check the revision exists here (in CI, fetch the base branch: `fetch-depth: 0`)");
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            out.error(Location.of("."), "git could not be run: " + e.getMessage(),
                    "install git, or run the comparison where the repository is checked out");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.error(Location.of("."), "git was interrupted", "run the command again");
            return Optional.empty();
        }
    }
}

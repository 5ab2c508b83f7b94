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
    /** One export's count of git processes; a {@code GitRevision} serves one command on one thread. */
    private int processesStarted;

    public GitRevision(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Copies {@code charters/} and {@code content/} as they were at {@code revision} into {@code into}.
     * Reports, and gives nothing, when git is missing, the folder is not a repository or the revision unknown.
     *
     * <p>Two git processes whatever the number of files: {@code ls-tree} lists the blobs, and one
     * {@code cat-file --batch} hands over each blob's bytes as it is asked for them. One {@code git show} per
     * file started a process for each of a national repository's thousands of files.
     */
    public Optional<Path> export(String revision, Path into, Diagnostics out) {
        Location where = Location.of(".");
        if (revision.startsWith("-")) {
            out.error(where, "`" + revision + "` is not a git revision", "name a branch, tag or commit, like `main`");
            return Optional.empty();
        }
        Optional<String> listing = git(out, revision, "ls-tree", "-r", "-z", revision + "^{tree}",
                "--", PARTS.get(0), PARTS.get(1));
        if (listing.isEmpty()) {
            return Optional.empty();
        }
        List<String[]> blobs = new java.util.ArrayList<>();
        for (String entry : listing.get().split("\0")) {
            // <mode> SP <type> SP <object> TAB <path>; links and submodules are not charter sources.
            int tab = entry.indexOf('\t');
            if (tab < 0 || !entry.startsWith("100")) {
                continue;
            }
            String[] head = entry.substring(0, tab).split(" ");
            Path target = into.resolve(entry.substring(tab + 1)).normalize();
            if (head.length == 3 && head[1].equals("blob") && target.startsWith(into)) {
                blobs.add(new String[] {head[2], entry.substring(tab + 1)});
            }
        }
        try {
            Files.createDirectories(into.resolve("charters"));
            if (blobs.isEmpty()) {
                return Optional.of(into);
            }
            return catFiles(blobs, into, revision, out) ? Optional.of(into) : Optional.empty();
        } catch (IOException e) {
            out.error(where, "the charters of " + revision + " could not be copied: " + e.getMessage(),
                    "check there is space in the temporary folder");
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.error(where, "git was interrupted", "run the command again");
            return Optional.empty();
        }
    }

    /** The git processes started so far, so a test can show there are two however many files there are. */
    int processesStarted() {
        return processesStarted;
    }

    /**
     * Asks one {@code git cat-file --batch} for each blob in turn and writes it under {@code into}. Asking for
     * one object and reading its answer before asking for the next keeps both pipes from filling up.
     */
    private boolean catFiles(List<String[]> blobs, Path into, String revision, Diagnostics out)
            throws IOException, InterruptedException {
        processesStarted++;
        Process git = new ProcessBuilder("git", "-C", root.toString(), "cat-file", "--batch")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var ask = new java.io.BufferedOutputStream(git.getOutputStream());
                var answer = new java.io.DataInputStream(new java.io.BufferedInputStream(git.getInputStream()))) {
            for (String[] blob : blobs) {
                ask.write((blob[0] + "\n").getBytes(StandardCharsets.US_ASCII));
                ask.flush();
                // <object> SP <type> SP <size> LF <contents> LF, or <object> SP missing LF.
                String header = readLine(answer);
                String[] parts = header.split(" ");
                if (parts.length != 3) {
                    out.error(Location.of("."), "git could not read `" + blob[1] + "` at `" + revision + "`: "
                            + header, "check the revision exists here (in CI, fetch the base branch: `fetch-depth: 0`)");
                    return false;
                }
                byte[] bytes = new byte[Integer.parseInt(parts[2])];
                answer.readFully(bytes);
                answer.readByte();
                Path target = into.resolve(blob[1]).normalize();
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
            }
        } finally {
            git.waitFor();
        }
        return true;
    }

    private static String readLine(java.io.DataInputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new java.io.EOFException("git cat-file stopped answering");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private Optional<String> git(Diagnostics out, String revision, String... args) {
        return gitBytes(out, revision, args).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    private Optional<byte[]> gitBytes(Diagnostics out, String revision, String... args) {
        processesStarted++;
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

package org.charterkit.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.render.AssetFolder;
import org.charterkit.render.RenderedPage;
import org.charterkit.render.RenderedSite;

/** The entry point of the write stage. */
public final class SiteWriter {

    /** A file every site we write has; its absence means a folder is not ours to replace. */
    private static final String SIGNATURE = "assets/charterkit.css";

    /**
     * Writes the site to {@code out}, replacing what was there only once the new site is complete.
     *
     * <p>A build killed at any moment leaves the previous site: while the new one is written it lives in a
     * folder beside {@code out}, and the swap is two renames. A kill in the instant between them leaves the old
     * site renamed beside {@code out}; the next build puts it back before anything else ({@link #recover}), so
     * it is never lost.
     */
    public WriteResult write(RenderedSite site, Path out, Diagnostics diagnostics) {
        Path target = out.toAbsolutePath().normalize();
        Location where = Location.of(out.toString());
        if (Files.exists(target) && !isReplaceable(target)) {
            diagnostics.error(where, "the output folder is not empty and is not a site Charterkit wrote",
                    "choose an empty or new folder with `--out`; Charterkit will not replace other files");
            return WriteResult.NOTHING;
        }
        Path parent = target.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, ".charterkit-" + target.getFileName() + "-new-");
            long bytes = 0;
            for (RenderedPage page : site.pages()) {
                byte[] html = page.content();
                Path file = staging.resolve(page.path());
                Files.createDirectories(file.getParent());
                Files.write(file, html);
                bytes += html.length;
            }
            int copied = 0;
            for (AssetFolder folder : site.assets()) {
                copied += copy(folder.source(), staging.resolve(folder.target()));
            }
            swap(staging, target);
            staging = null;
            return new WriteResult(site.pages().size(), copied, bytes);
        } catch (IOException e) {
            diagnostics.error(where, "the site could not be written: " + e, "check there is space and permission"
                    + " to write in " + parent + "; the previous site was left as it was");
            return WriteResult.NOTHING;
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
            }
        }
    }

    /**
     * Puts back a previous site that a killed build left renamed beside {@code out}, and clears away the
     * half-written sites of builds killed long ago (not recent ones: another build may be writing one now).
     */
    public void recover(Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = ".charterkit-" + target.getFileName() + "-";
        List<Path> leftovers;
        try (Stream<Path> children = Files.list(parent)) {
            leftovers = children.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        } catch (IOException e) {
            return;
        }
        for (Path leftover : leftovers) {
            boolean old = leftover.getFileName().toString().startsWith(prefix + "old-");
            try {
                if (old && !Files.exists(target) && Files.isRegularFile(leftover.resolve(SIGNATURE))) {
                    move(leftover, target);
                    continue;
                }
                if (old || isStale(leftover)) {
                    deleteQuietly(leftover);
                }
            } catch (IOException e) {
                // Left for the next build to try again; it is named so a person can see what it was.
            }
        }
    }

    private static boolean isStale(Path folder) throws IOException {
        return Files.getLastModifiedTime(folder).toInstant().isBefore(java.time.Instant.now().minusSeconds(3600));
    }

    private static boolean isReplaceable(Path target) {
        if (!Files.isDirectory(target)) {
            return false;
        }
        try (Stream<Path> children = Files.list(target)) {
            return children.findAny().isEmpty() || Files.isRegularFile(target.resolve(SIGNATURE));
        } catch (IOException e) {
            return false;
        }
    }

    /** Copies the regular files of a folder, in name order; links are not followed, so nothing outside leaks in. */
    private static int copy(Path source, Path destination) throws IOException {
        if (!Files.isDirectory(source)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted()
                    .toList();
        }
        for (Path file : files) {
            Path to = destination.resolve(source.relativize(file).toString());
            Files.createDirectories(to.getParent());
            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
        return files.size();
    }

    /** Puts the new site in place of the old with renames, the cheapest step that can fail half-way. */
    private static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = Files.createTempDirectory(target.getParent(), ".charterkit-" + target.getFileName() + "-old-");
            Files.delete(old);
            move(target, old);
        }
        move(staging, target);
        if (old != null) {
            deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // A leftover temporary folder is harmless and is named so a person can see what it was.
        }
    }
}

package org.charterkit.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.render.AssetFolder;
import org.charterkit.render.RenderedPage;
import org.charterkit.render.RenderedSite;

/**
 * The entry point of the write stage. It replaces or deletes only what it can prove it wrote: a folder holding a
 * {@link SiteMarker} that vouches for every file in it.
 */
public final class SiteWriter {

    private final String builtBy;

    /** @param builtBy Charterkit's own version, recorded in the marker of every site written */
    public SiteWriter(String builtBy) {
        this.builtBy = builtBy;
    }

    /** Writes the whole site to {@code out}; see {@link #write(RenderedSite, Path, Set, Diagnostics)}. */
    public WriteResult write(RenderedSite site, Path out, Diagnostics diagnostics) {
        return write(site, out, Set.of(), diagnostics);
    }

    /**
     * Writes the site to {@code out}, replacing what was there only once the new site is complete, and only if
     * Charterkit wrote what was there.
     *
     * <p>A build killed at any moment leaves the previous site: while the new one is written it lives in a
     * folder beside {@code out}, and the swap is two renames. A kill in the instant between them leaves the old
     * site renamed beside {@code out}; the next build puts it back before anything else ({@link #recover}), so
     * it is never lost. When {@code out} is a link to a folder, the folder it leads to is replaced and the link
     * stays as it is.
     *
     * @param keep folders of the current site ({@code se7/}) whose files the new site keeps as they are: the
     *             areas a {@code build --area} did not render
     */
    public WriteResult write(RenderedSite site, Path out, Set<String> keep, Diagnostics diagnostics) {
        Optional<Staging> staging = begin(out, diagnostics);
        if (staging.isEmpty()) {
            return WriteResult.NOTHING;
        }
        try (Staging writing = staging.get()) {
            site.pages().forEach(writing);
            return writing.finish(site.assets(), keep, diagnostics);
        } catch (java.io.UncheckedIOException e) {
            diagnostics.error(Location.of(out.toString()), "the site could not be written: " + e.getCause(),
                    "check there is space and permission to write in " + OutputFolder.real(out).getParent()
                            + "; the previous site was left as it was");
            return WriteResult.NOTHING;
        }
    }

    /**
     * Starts writing a site to {@code out}, in a folder beside it, so that each page can be written as soon as it
     * is made instead of the whole site being held in memory first (a thousand areas' pages are hundreds of
     * megabytes). Empty, with the reason in the diagnostics, when {@code out} is not Charterkit's to replace or
     * the folder cannot be made. Closing a staging that was not {@linkplain Staging#finish finished} deletes it,
     * leaving the previous site as it was.
     */
    public Optional<Staging> begin(Path out, Diagnostics diagnostics) {
        Location where = Location.of(out.toString());
        Path target = OutputFolder.real(out);
        Optional<SiteMarker> current;
        try {
            current = ownership(target, out, diagnostics);
        } catch (IOException e) {
            diagnostics.error(where, "the output folder cannot be read: " + e.getMessage(),
                    "check the folder's permissions; nothing was written");
            return Optional.empty();
        }
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        Path parent = target.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, prefix(target) + "new-");
            // First of all, the record that this folder is ours, so a killed build's leftovers can be cleared.
            Files.write(staging.resolve(SiteMarker.FILE_NAME),
                    SiteMarker.writing(staging.getFileName().toString()).bytes(builtBy));
            return Optional.of(new Staging(out, target, current, staging));
        } catch (IOException e) {
            if (staging != null) {
                deleteQuietly(staging);
            }
            diagnostics.error(where, "the site could not be written: " + e, "check there is space and permission"
                    + " to write in " + parent + "; the previous site was left as it was");
            return Optional.empty();
        }
    }

    /** A site being written beside its output folder, page by page; see {@link #begin}. */
    public final class Staging implements java.util.function.Consumer<RenderedPage>, AutoCloseable {

        private final Path out;
        private final Path target;
        private final Optional<SiteMarker> current;
        private Path staging;
        private final SortedMap<String, String> written = new TreeMap<>();
        private long bytes;
        private int pages;

        private Staging(Path out, Path target, Optional<SiteMarker> current, Path staging) {
            this.out = out;
            this.target = target;
            this.current = current;
            this.staging = staging;
        }

        /** Writes one file of the new site; an error writing it is thrown as {@link java.io.UncheckedIOException}. */
        @Override
        public void accept(RenderedPage page) {
            byte[] content = page.content();
            Path file = staging.resolve(page.path());
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            written.put(page.path(), SiteMarker.sha256(content));
            bytes += content.length;
            pages++;
        }

        /**
         * Copies the asset folders and the kept areas' files beside the pages, and puts the new site in place of
         * the old.
         *
         * @param keep folders of the current site ({@code se7/}) whose files the new site keeps as they are
         */
        public WriteResult finish(List<AssetFolder> assets, Set<String> keep, Diagnostics diagnostics) {
            try {
                int copied = 0;
                for (AssetFolder folder : assets) {
                    copied += copy(folder.source(), staging, folder.target(), written);
                }
                if (current.isPresent()) {
                    copied += keep(target, current.get(), keep, staging, written);
                }
                Files.write(staging.resolve(SiteMarker.FILE_NAME), SiteMarker.site(written).bytes(builtBy));
                swap(staging, target);
                staging = null;
                return new WriteResult(pages, copied, bytes);
            } catch (IOException e) {
                diagnostics.error(Location.of(out.toString()), "the site could not be written: " + e,
                        "check there is space and permission to write in " + target.getParent()
                                + "; the previous site was left as it was");
                return WriteResult.NOTHING;
            }
        }

        /** Deletes the new site's folder unless it was put in place. */
        @Override
        public void close() {
            if (staging != null) {
                deleteQuietly(staging);
                staging = null;
            }
        }
    }

    /**
     * Every file of the site now at {@code out}, when Charterkit wrote it and nothing has changed it since;
     * empty when there is no such site.
     */
    public Optional<Set<String>> currentFiles(Path out) {
        Path target = OutputFolder.real(out);
        try {
            Optional<SiteMarker> marker = SiteMarker.read(target);
            if (marker.isPresent() && marker.get().writing().isEmpty() && marker.get().strangers(target).isEmpty()) {
                return Optional.of(marker.get().files().keySet());
            }
        } catch (IOException e) {
            // Then there is no site we can prove is ours.
        }
        return Optional.empty();
    }

    /**
     * Whether the folder at {@code target} may be replaced: it does not exist, is empty, or is a site whose
     * marker vouches for every file. Otherwise an error says what is in the way and what to do.
     */
    private static Optional<SiteMarker> ownership(Path target, Path out, Diagnostics diagnostics) throws IOException {
        Location where = Location.of(out.toString());
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error(where, "the output is a file, not a folder",
                    "choose a folder with `--out`; Charterkit will not replace a file it did not write");
            return Optional.empty();
        }
        try (Stream<Path> children = Files.list(target)) {
            if (children.findAny().isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<SiteMarker> marker = SiteMarker.read(target).filter(m -> m.writing().isEmpty());
        if (marker.isEmpty()) {
            diagnostics.error(where, "the output folder is not empty, and holds no record (" + SiteMarker.FILE_NAME
                            + ") that Charterkit wrote it",
                    "choose an empty or new folder with `--out`. If this is a site an older Charterkit wrote,"
                            + " and nothing of yours is in it, delete the folder yourself once; Charterkit never"
                            + " deletes what it cannot prove it wrote");
            return Optional.empty();
        }
        List<String> strangers = marker.get().strangers(target);
        if (!strangers.isEmpty()) {
            List<String> named = strangers.subList(0, Math.min(5, strangers.size()));
            diagnostics.error(where, "the output folder holds " + (strangers.size() == 1 ? "a file" : "files")
                            + " Charterkit did not write, or that changed since it wrote them: "
                            + String.join(", ", named) + (strangers.size() > named.size()
                                    ? " and " + (strangers.size() - named.size()) + " more" : ""),
                    "move them out of the folder (the next build writes it afresh), or choose another folder"
                            + " with `--out`; Charterkit never deletes what it cannot prove it wrote");
            return Optional.empty();
        }
        return marker;
    }

    /**
     * Puts back a previous site that a killed build left renamed beside {@code out}, and clears away what killed
     * builds left half-written (not recent ones: another build may be writing one now). Only folders whose
     * marker proves they are Charterkit's are touched; a person's folder with a similar name never is.
     */
    public void recover(Path out) {
        Path target = OutputFolder.real(out);
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = prefix(target);
        List<Path> leftovers;
        try (Stream<Path> children = Files.list(parent)) {
            leftovers = children.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            return;
        }
        List<Path> ours = new ArrayList<>();
        for (Path leftover : leftovers) {
            if (isOurs(leftover)) {
                ours.add(leftover);
            }
        }
        for (Path leftover : ours) {
            String name = leftover.getFileName().toString();
            boolean old = name.startsWith(prefix + "old-");
            try {
                if (old && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
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

    /** A folder beside the output is ours when its marker names it, or vouches for every file in it. */
    private static boolean isOurs(Path folder) {
        try {
            Optional<SiteMarker> marker = SiteMarker.read(folder);
            return marker.isPresent() && marker.get().strangers(folder).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The start of the names of the folders a build makes beside {@code target}. */
    private static String prefix(Path target) {
        return ".charterkit-" + target.getFileName() + "-";
    }

    private static boolean isStale(Path folder) throws IOException {
        return Files.getLastModifiedTime(folder).toInstant().isBefore(java.time.Instant.now().minusSeconds(3600));
    }

    /**
     * Copies the regular files of a folder, in name order; links are not followed, so nothing outside leaks in
     * (the check reports links that lead out before a build gets here).
     */
    private static int copy(Path source, Path staging, String target, SortedMap<String, String> written)
            throws IOException {
        if (!Files.isDirectory(source)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path file : files) {
            String path = target + source.relativize(file).toString().replace('\\', '/');
            Path to = staging.resolve(path);
            Files.createDirectories(to.getParent());
            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
            written.put(path, SiteMarker.sha256(to));
        }
        return files.size();
    }

    /** Carries the current site's files under the {@code keep} folders into the new site, as they are. */
    private static int keep(Path target, SiteMarker current, Set<String> keep, Path staging,
            SortedMap<String, String> written) throws IOException {
        int kept = 0;
        for (String path : current.files().keySet()) {
            if (written.containsKey(path) || keep.stream().noneMatch(path::startsWith)) {
                continue;
            }
            Path to = staging.resolve(path);
            Files.createDirectories(to.getParent());
            Files.copy(target.resolve(path), to, StandardCopyOption.REPLACE_EXISTING);
            // Hashed as copied, not as recorded: the record must vouch for what the new site really holds.
            written.put(path, SiteMarker.sha256(to));
            kept++;
        }
        return kept;
    }

    /** Puts the new site in place of the old with renames, the cheapest step that can fail half-way. */
    private static void swap(Path staging, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = Files.createTempDirectory(target.getParent(), prefix(target) + "old-");
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

    /** Deletes a folder this build made, or one whose marker proved it Charterkit's a moment ago. */
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

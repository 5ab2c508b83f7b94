package org.charterkit.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The record Charterkit keeps inside every folder it writes, {@code .charterkit-site}: the proof that lets a
 * later build replace or delete that folder, and nothing else.
 *
 * <p>A finished site's marker lists every file Charterkit wrote there with its SHA-256, in the format
 * {@code sha256sum} writes (so {@code sha256sum -c .charterkit-site} checks a published copy). A folder is
 * Charterkit's only while every file in it is listed with the same hash: a file a person added or changed there
 * is not ours, and the folder is then left alone. A folder still being written holds a marker naming the folder
 * itself, whose name carries a random part: so a person's own folder that happens to be called
 * {@code .charterkit-site-mine} is never mistaken for one of ours.
 *
 * @param writing the folder's own name, while a build is writing it; empty for a finished site
 * @param files   every file written, by its path inside the folder ({@code se7/index.html}), to its SHA-256
 */
public record SiteMarker(Optional<String> writing, SortedMap<String, String> files) {

    /** The marker's file name, at the top of the folder it describes. */
    public static final String FILE_NAME = ".charterkit-site";

    private static final String SITE_HEADER = "# Charterkit wrote this site. Every file it wrote is listed below with"
            + " its SHA-256; a later build replaces this folder only while it holds exactly these files.";
    private static final String WRITING_HEADER = "# Charterkit is writing this folder: ";
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (\\S.*)");

    public SiteMarker {
        files = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The marker a build writes first into a folder it is about to fill. */
    static SiteMarker writing(String folderName) {
        return new SiteMarker(Optional.of(folderName), new TreeMap<>());
    }

    /** The bytes of the marker; the same files give the same bytes, wherever the site is. */
    byte[] bytes(String builtBy) {
        StringBuilder text = new StringBuilder();
        if (writing.isPresent()) {
            text.append(WRITING_HEADER).append(writing.get()).append('\n');
        } else {
            text.append(SITE_HEADER).append('\n').append("# Built by Charterkit ").append(builtBy).append('\n');
        }
        files.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The marker of {@code folder}, when it has one Charterkit could have written. */
    static Optional<SiteMarker> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        if (lines.get(0).startsWith(WRITING_HEADER)) {
            return Optional.of(writing(lines.get(0).substring(WRITING_HEADER.length())));
        }
        if (!lines.get(0).equals(SITE_HEADER)) {
            return Optional.empty();
        }
        SortedMap<String, String> files = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                return Optional.empty();
            }
            files.put(m.group(2), m.group(1));
        }
        return Optional.of(new SiteMarker(Optional.empty(), files));
    }

    /**
     * What in {@code folder} this marker does not vouch for, by path, folders with a trailing slash: files not
     * listed, files changed since, links, folders that hold none of the listed files. Empty means every file in
     * the folder is one Charterkit wrote there, as it wrote it. A marker still being written vouches for its
     * folder only when it names that folder, and then for all of it: no one else writes into a folder named
     * with a random part a moment ago.
     */
    List<String> strangers(Path folder) throws IOException {
        if (writing.isPresent()) {
            return writing.get().equals(folder.getFileName().toString()) ? List.of() : List.of(FILE_NAME);
        }
        List<String> strangers = new ArrayList<>();
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(folder)) {
            entries = walk.sorted().toList();
        }
        Set<String> unchanged = unchanged(folder, entries);
        for (Path entry : entries) {
            String path = relative(folder, entry);
            if (path.isEmpty() || path.equals(FILE_NAME)) {
                continue;
            }
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                String prefix = path + "/";
                if (files.tailMap(prefix).keySet().stream().findFirst().filter(k -> k.startsWith(prefix)).isEmpty()) {
                    strangers.add(prefix);
                }
            } else if (!unchanged.contains(path)) {
                strangers.add(path);
            }
        }
        // A listed file that is gone is no stranger: nothing of anyone's is lost by replacing the folder.
        return collapse(strangers);
    }

    /**
     * The listed regular files among {@code entries} that still have the hash the marker lists, as the marker
     * lists them, read on every core: a build reads the whole of the last site it wrote before it replaces it,
     * and on one core that was a second of a 153-area build. A file the marker does not list is not read at all.
     */
    private Set<String> unchanged(Path folder, List<Path> entries) throws IOException {
        try {
            return entries.parallelStream()
                    .filter(entry -> Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS))
                    .map(entry -> Map.entry(relative(folder, entry), entry))
                    .filter(file -> {
                        String listed = files.get(file.getKey());
                        try {
                            return listed != null && sha256(file.getValue()).equals(listed);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Map.Entry::getKey)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A path inside {@code folder} as the marker lists it ({@code se7/index.html}). */
    private static String relative(Path folder, Path entry) {
        return folder.relativize(entry).toString().replace('\\', '/');
    }

    /** {@code photos/} stands for everything inside it. */
    private static List<String> collapse(List<String> paths) {
        List<String> shown = new ArrayList<>();
        for (String path : paths) {
            if (shown.stream().noneMatch(p -> p.endsWith("/") && path.startsWith(p))) {
                shown.add(path);
            }
        }
        return shown;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The marker of a finished site holding {@code files}. */
    static SiteMarker site(Map<String, String> files) {
        return new SiteMarker(Optional.empty(), new TreeMap<>(files));
    }
}

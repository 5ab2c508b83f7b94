package org.charterkit.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files of a folder, and nothing outside it: a path that leads out, by name or through a link, is not
 * found. Used for a built site and for the asset folders the live preview serves straight from the sources.
 */
public record FolderFiles(Path root) implements SiteFiles {

    /** @param root the folder; resolved to its real path once, so a folder reached through a link works */
    public FolderFiles {
        try {
            root = root.toRealPath();
        } catch (IOException e) {
            root = root.toAbsolutePath().normalize();
        }
    }

    private Optional<Path> inside(String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.exists(file) || !file.toRealPath().startsWith(root)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    @Override
    public Optional<byte[]> file(String path) throws IOException {
        Optional<Path> file = inside(path);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(file.get()));
    }

    @Override
    public boolean folder(String path) throws IOException {
        return inside(path).map(Files::isDirectory).orElse(false);
    }
}

package org.charterkit.maven;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Keeps the copy of an area's own folders, assembled beside the plugin's theme and guides, the same as the
 * folders themselves while the preview runs: each file saved, added or removed in {@code charters/} (or in
 * whichever of {@code content/} and {@code themes/} the area has) is copied or removed in the copy at once, and
 * the preview, which watches the copy, shows it. Without it a folder with only {@code charters/} would be
 * previewed as it was when the goal started.
 *
 * <p>Only the copy is ever written: it lies in the build folder and was made by the plugin.
 */
final class Mirror implements AutoCloseable {

    private final DirectoryWatcher watcher;

    private Mirror(DirectoryWatcher watcher) {
        this.watcher = watcher;
    }

    /**
     * Starts mirroring the {@code parts} of {@code own} into {@code copy}; {@code failed} hears of a file that could
     * not be copied (the preview then shows it as it was).
     */
    static Mirror start(Path own, Path copy, List<String> parts, Consumer<String> failed) throws IOException {
        List<Path> watched = parts.stream().map(own::resolve).filter(Files::isDirectory).toList();
        DirectoryWatcher watcher = DirectoryWatcher.builder().paths(watched).fileHashing(false).listener(event -> {
            if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || event.path() == null) {
                return;
            }
            Path source = event.path().toAbsolutePath().normalize();
            if (!source.startsWith(own)) {
                return;
            }
            Path target = copy.resolve(own.relativize(source).toString()).normalize();
            if (!target.startsWith(copy)) {
                return;
            }
            try {
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target.getParent());
                    // Written aside and moved, so the preview never reads half a file.
                    Path aside = target.resolveSibling(".charterkit-mirror-" + target.getFileName());
                    Files.copy(source, aside, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
                    remove(target);
                }
            } catch (IOException e) {
                failed.accept(own.relativize(source) + ": " + e.getMessage());
            }
        }).build();
        watcher.watchAsync(java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "charterkit-mirror");
            // Not a reason for Maven to stay running once the goal is stopped.
            thread.setDaemon(true);
            return thread;
        }));
        return new Mirror(watcher);
    }

    private static void remove(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(target)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}

package org.charterkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A folder's files and their SHA-256 hashes, one line each, for comparing two site trees byte for byte. */
final class SiteTrees {

    private SiteTrees() {
    }

    static String fingerprint(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return walk.filter(Files::isRegularFile).sorted().map(p -> {
                try {
                    return folder.relativize(p) + " " + HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.charterkit.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.charterkit.diagnostic.Location;

/**
 * What {@code charterkit release} recorded about an area's released versions: {@code versions/SHA256SUMS}, in
 * the format of {@code sha256sum}, so anyone can also verify it with {@code sha256sum -c SHA256SUMS}.
 *
 * @param hashes   file name to the SHA-256 recorded when it was released
 * @param lines    file name to where its line stands, for messages
 * @param location the manifest file
 */
public record ReleaseManifest(Map<String, String> hashes, Map<String, Location> lines, Location location) {

    public static final String FILE_NAME = "SHA256SUMS";

    public ReleaseManifest {
        hashes = Collections.unmodifiableMap(new TreeMap<>(hashes));
        lines = Collections.unmodifiableMap(new TreeMap<>(lines));
    }

    public static ReleaseManifest empty(Location location) {
        return new ReleaseManifest(Map.of(), Map.of(), location);
    }
}

package org.charterkit.serve;

import java.io.IOException;
import java.util.Optional;

/**
 * The files a {@link SiteServer} answers with: a built site in a folder, or the live preview's site in memory.
 * Paths are relative to the site's root, use {@code /}, and have already been checked: no dot segments, no
 * backslash, no empty segment.
 */
public interface SiteFiles {

    /** The bytes of the file at {@code path}, or empty when the site has no such file. */
    Optional<byte[]> file(String path) throws IOException;

    /** Whether {@code path} is a folder of the site, so that an address without its slash can be redirected. */
    boolean folder(String path) throws IOException;
}

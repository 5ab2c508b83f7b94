package org.charterkit.accessibility;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real site, built once for a test class and served to Debian's Chromium: what every browser test of the
 * real charters starts from.
 */
abstract class RealSiteBrowserTest {

    @TempDir
    static Path dir;

    static ServedSite site;

    @BeforeAll
    static void start() throws Exception {
        site = ServedSite.realSite(dir);
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
            site = null;
        }
    }
}

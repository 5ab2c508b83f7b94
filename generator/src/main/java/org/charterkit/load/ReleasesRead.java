package org.charterkit.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.charterkit.diagnostic.Diagnostic;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.model.Charter;

/**
 * Released versions as read, by file and by the very bytes read, with what reading them found: kept by the live
 * preview from one read of a project to the next, so that a save of {@code charter.md} reads the area's
 * {@code versions/} files again only if they changed. Released files do not change while a charter is written,
 * and reading them again was more of a re-render than reading the edited charter itself.
 *
 * <p>Valid for one set of frameworks and limits: the preview makes a new one whenever it reads the whole project.
 * A file read again gives the same charter and the same findings, which are reported again as if it were read.
 */
public final class ReleasesRead {

    private record Read(Optional<Charter> charter, List<Diagnostic> found) {
    }

    private final Map<String, Read> read = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * The charter in the released file {@code path} of these {@code bytes}, as read before or read now by
     * {@code reading} (which reports to the diagnostics it is given); its findings are added to {@code out}.
     */
    Optional<Charter> charter(String path, String fingerprint, Diagnostics out,
            Function<Diagnostics, Optional<Charter>> reading) {
        String key = path + "\u0000" + fingerprint;
        Read before = read.get(key);
        if (before != null) {
            reused.incrementAndGet();
            before.found().forEach(out::add);
            return before.charter();
        }
        Diagnostics found = new Diagnostics();
        Optional<Charter> charter = reading.apply(found);
        List<Diagnostic> findings = found.sorted();
        findings.forEach(out::add);
        read.put(key, new Read(charter, findings));
        return charter;
    }

    /** How many released files were taken as read before instead of being read again: counted by the tests. */
    public int reused() {
        return reused.get();
    }
}

package org.charterkit.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.model.Project;
import org.charterkit.model.Release;

/**
 * What the Atom feeds announce: each released version, newest first, with identifiers and dates that come from
 * the charters themselves, so the same charters give the same feed bytes.
 */
public final class Feeds {

    /** One released version of one area, as a feed entry. */
    public record Entry(Area area, Charter version) {

        /** A stable identifier: the same version always has the same id, wherever the site is published. */
        public String id() {
            return uuid(area.slug() + "/v/" + version.version());
        }

        /** The adoption date as an Atom timestamp; a month-only date counts from its first day. */
        public String updated() {
            return version.adopted().map(d -> d.firstDay() + "T00:00:00Z").orElse("1970-01-01T00:00:00Z");
        }
    }

    private final Project project;

    Feeds(Project project) {
        this.project = project;
    }

    /** The released versions of one area, newest first. */
    public List<Entry> of(Area area) {
        List<Entry> entries = new ArrayList<>();
        for (Release release : area.releases()) {
            entries.add(new Entry(area, release.charter()));
        }
        entries.sort(Comparator.comparing(Entry::updated).thenComparing(e -> e.version().version()).reversed());
        return entries;
    }

    /** The released versions of every area, newest first, for the hub's feed. */
    public List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        project.areas().forEach(a -> entries.addAll(of(a)));
        entries.sort(Comparator.comparing(Entry::updated).thenComparing(e -> e.area().slug())
                .thenComparing(e -> e.version().version()).reversed());
        return entries;
    }

    /** The newest entry's date: when a feed last changed. */
    public String updated(List<Entry> entries) {
        return entries.isEmpty() ? "1970-01-01T00:00:00Z" : entries.get(0).updated();
    }

    public String id(String name) {
        return uuid("feed/" + name);
    }

    private static String uuid(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("charterkit:" + name).getBytes(StandardCharsets.UTF_8));
    }
}

package org.charterkit.load;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Other names people give a charter's front matter fields, from other site generators' front matter and from the
 * printed charters themselves: a {@code date:} is most likely the day the charter was adopted, a {@code review:}
 * the day it is to be reviewed by. The reader takes such a field as the one it names, and says so, rather than
 * refusing a charter whose meaning is plain.
 */
public final class FrontMatterNames {

    private static final Map<String, String> OTHER_NAMES = Map.ofEntries(
            Map.entry("date", "adopted"), Map.entry("date-adopted", "adopted"), Map.entry("adoption-date", "adopted"),
            Map.entry("adopted-on", "adopted"), Map.entry("agreed", "adopted"), Map.entry("published", "adopted"),
            Map.entry("review", "review-by"), Map.entry("review-date", "review-by"),
            Map.entry("next-review", "review-by"), Map.entry("reviewed-by", "review-by"),
            Map.entry("description", "summary"), Map.entry("intro", "summary"), Map.entry("lang", "language"),
            Map.entry("organisations", "partners"), Map.entry("organizations", "partners"),
            Map.entry("signed-by", "signatories"));

    private FrontMatterNames() {
    }

    /** Every other name, to the field it is another name for. */
    public static Map<String, String> otherNames() {
        return OTHER_NAMES;
    }

    /** The field {@code key} is another name for ({@code review} for {@code review-by}), in any case. */
    public static Optional<String> fieldNamed(String key) {
        return Optional.ofNullable(OTHER_NAMES.get(key.toLowerCase(Locale.ROOT)));
    }
}

package org.charterkit.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.load.Suggestions;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.model.CharterStatus;
import org.charterkit.model.Project;

/** The front matter holds every required field, and no field Charterkit does not know (usually a typo). */
final class FrontMatterRule implements AreaRule {

    static final List<String> FIELDS = List.of("title", "area", "version", "status", "adopted", "review-by",
            "framework", "language", "summary", "recognition", "contact", "changes", "partners", "signatories", "poster", "cornerstones",
            "pledges", "feedback");

    /**
     * A date people expect to write, which would compete with the one the pages show (the charter's adoption
     * date, in every footer): refused with the reason, so the two can never disagree.
     */
    static final String LAST_UPDATED = "last-updated";

    static void lastUpdated(Diagnostics out, Location at) {
        out.error(at, "`last-updated` is not a field: every page already shows the date its charter was adopted,"
                        + " and a second date could disagree with it",
                "remove the line; when the charter changes, give it a new `version:` and `adopted:` date");
    }

    private static final Map<String, String> REQUIRED = Map.of(
            "title", "title: Working Together Charter for Our Area",
            "area", "area: Our Area",
            "version", "version: \"1.0\"",
            "status", "status: adopted",
            "framework", "framework: four-cornerstones");

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        Charter charter = area.charter();
        if (!charter.frontMatter().readable()) {
            return;
        }
        Map<String, Location> keys = charter.frontMatter().keys();
        Location start = charter.frontMatter().start();
        for (String field : FIELDS) {
            // What the reader could take from elsewhere (the Four Cornerstones, the first heading, the version
            // 1.0, the status the adoption date gives) it has taken, and said so.
            boolean defaulted = switch (field) {
                case "framework" -> !charter.frameworkId().isEmpty();
                case "title" -> !charter.title().isEmpty();
                case "area" -> !charter.areaName().isEmpty();
                case "version" -> !charter.version().isEmpty();
                case "status" -> charter.status().isPresent();
                default -> false;
            };
            if (REQUIRED.containsKey(field) && !keys.containsKey(field) && !defaulted) {
                missing(out, keys, start, field, REQUIRED.get(field));
            }
        }
        boolean adopted = charter.status().filter(s -> s == CharterStatus.ADOPTED).isPresent();
        if (adopted && !keys.containsKey("adopted")) {
            missing(out, keys, start, "adopted", "adopted: 2022-11-01");
        }
        charter.contact().filter(c -> !c.url().isBlank() && !c.hasWebAddress()).ifPresent(c ->
                out.error(c.urlLocation(), "the contact's `url` is not a web address: `" + c.url() + "`",
                        "write a full address starting with https://, like `url: https://www.example.org/contact`"));
        if (charter.contact().filter(org.charterkit.model.Contact::isReachable).isEmpty()) {
            out.warning(keys.getOrDefault("contact", start), "the charter gives no contact for people who need"
                            + " it in another format or find a problem with the site",
                    "add `contact:` with an `email:` or `phone:` under it; the accessibility statement shows it");
        }
        Location feedbackAt = keys.get("feedback");
        if (feedbackAt != null && !charter.feedback().isEmpty() && !charter.feedback().matches("https?://\\S+")) {
            out.error(feedbackAt, "`feedback` is not a web address: `" + charter.feedback() + "`",
                    "write the full address of your survey or feedback form, starting with https://, like"
                            + " `feedback: https://www.example.org/survey`");
        }
        for (Map.Entry<String, Location> key : keys.entrySet()) {
            if (key.getKey().equals(LAST_UPDATED)) {
                lastUpdated(out, key.getValue());
            } else if (!FIELDS.contains(key.getKey())) {
                Optional<String> near = Suggestions.field(key.getKey(), FIELDS, OTHER_NAMES, keys.keySet());
                out.error(key.getValue(), "`" + key.getKey() + "` is not a charter field"
                                + near.map(n -> " (did you mean `" + n + "`?)").orElse(""),
                        near.map(n -> "rename it to `" + n + "`")
                                .orElse("remove it; the fields are: " + String.join(", ", FIELDS)));
            }
        }
        for (String field : REQUIRED.keySet().stream().sorted().toList()) {
            if (charter.frontMatter().blank().contains(field)) {
                out.error(keys.get(field), "`" + field + "` is empty",
                        "write it after the colon, like `" + REQUIRED.get(field) + "`");
            }
        }
    }

    private static final Map<String, String> OTHER_NAMES = org.charterkit.load.FrontMatterNames.otherNames();


    private static void missing(Diagnostics out, Map<String, Location> keys, Location start, String field,
            String example) {
        // A misspelt key is reported where it stands, with its suggestion; don't also call it missing there.
        Optional<String> misspelt = keys.keySet().stream().filter(k -> !FIELDS.contains(k))
                .filter(k -> Suggestions.field(k, FIELDS, OTHER_NAMES, keys.keySet()).filter(field::equals).isPresent())
                .findFirst();
        if (misspelt.isEmpty()) {
            out.error(start, "the required field `" + field + "` is missing",
                    "add a line `" + example + "` between the `---` lines");
        }
    }

}

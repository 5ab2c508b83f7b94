package org.charterkit.load;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.Centre;
import org.charterkit.model.CentreSection;
import org.charterkit.model.Charter;
import org.charterkit.model.CharterDate;
import org.charterkit.model.CharterSection;
import org.charterkit.model.CharterStatus;
import org.charterkit.model.Commitment;
import org.charterkit.model.Contact;
import org.charterkit.model.Cornerstone;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.Framework;
import org.charterkit.model.FreeSection;
import org.charterkit.model.FrontMatter;
import org.charterkit.model.ImageUse;
import org.charterkit.model.InvolvementLevel;
import org.charterkit.model.InvolvementSection;
import org.charterkit.model.Markdown;
import org.charterkit.model.PaperSize;
import org.charterkit.model.Partner;
import org.charterkit.model.Pledge;
import org.charterkit.model.PledgeStatus;
import org.charterkit.model.PledgeTarget;
import org.charterkit.model.ScaleStep;
import org.charterkit.model.Signatory;
import org.charterkit.model.SpectrumLevel;
import org.charterkit.model.SpectrumSection;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads one {@code charter.md}: facts from the YAML front matter, then the body's second-level sections, each
 * recognised as a cornerstone, the centre, the spectrum, the levels of involvement, or a free section.
 */
final class CharterReader {

    /** The words charters use for their status, by what they mean: "Approved" is adopted, "Superseded" retired. */
    private static final Map<String, CharterStatus> STATUS_OTHER_WORDS = Map.ofEntries(
            Map.entry("approved", CharterStatus.ADOPTED), Map.entry("agreed", CharterStatus.ADOPTED),
            Map.entry("signed", CharterStatus.ADOPTED), Map.entry("signed off", CharterStatus.ADOPTED),
            Map.entry("final", CharterStatus.ADOPTED), Map.entry("published", CharterStatus.ADOPTED),
            Map.entry("live", CharterStatus.ADOPTED), Map.entry("current", CharterStatus.ADOPTED),
            Map.entry("active", CharterStatus.ADOPTED), Map.entry("in force", CharterStatus.ADOPTED),
            Map.entry("endorsed", CharterStatus.ADOPTED), Map.entry("ratified", CharterStatus.ADOPTED),
            Map.entry("in draft", CharterStatus.DRAFT), Map.entry("working draft", CharterStatus.DRAFT),
            Map.entry("proposed", CharterStatus.DRAFT), Map.entry("consultation", CharterStatus.DRAFT),
            Map.entry("out for consultation", CharterStatus.DRAFT), Map.entry("in progress", CharterStatus.DRAFT),
            Map.entry("in development", CharterStatus.DRAFT), Map.entry("unpublished", CharterStatus.DRAFT),
            Map.entry("archived", CharterStatus.RETIRED), Map.entry("superseded", CharterStatus.RETIRED),
            Map.entry("replaced", CharterStatus.RETIRED), Map.entry("withdrawn", CharterStatus.RETIRED),
            Map.entry("expired", CharterStatus.RETIRED));
    /** The version a charter that gives none is read as. */
    private static final String FIRST_VERSION = "1.0";
    /** The framework a charter that names none is read with, when the project has it. */
    static final String DEFAULT_FRAMEWORK = "four-cornerstones";
    private static final Set<String> LIST_FIELDS = Set.of("partners", "signatories", "changes", "pledges");
    private static final List<String> PLEDGE_FIELDS = List.of("what", "lead", "target", "status", "note",
            "evidence");
    /** "Step 5. Co-production", "Level 2) Consultation": a label word and a number before a level's name. */
    private static final java.util.regex.Pattern NUMBERED_LABEL = java.util.regex.Pattern.compile(
            "\\p{L}+\\s+\\d{1,2}[.)]?\\s+(.+)");
    /**
     * Words that make a part of a one-line signatory an organisation ("Jane Smith, Oldham Council"), not a role
     * ("Jane Smith, Chair"), when the line has only the two parts.
     */
    private static final java.util.regex.Pattern ORGANISATION = java.util.regex.Pattern.compile("(?i)\\b(?:council|"
            + "nhs|icb|ccg|board|forum|trust|authority|partnership|service|services|voice|parliament|alliance|"
            + "network|charity|foundation|hospital|school|college|academy|university|department|directorate|group|"
            + "association|society|federation|commission|agency|team)\\b");

    /** A heading's match key without a leading "the" or "our" and a number: "The ladder of participation". */
    private static String scaleKey(String key) {
        return key.replaceFirst("^(?:\\d+-)?(?:the-|our-)?", "");
    }

    /** "1. Value lived experience" or "1) Value lived experience": the number is kept apart from the name. */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("(\\d{1,3})[.)]\\s+(.+)");
    private static final List<String> PARTNER_FIELDS = List.of("id", "name", "short", "kind", "logo", "logo-alt",
            "logo-consent");
    private static final List<String> CONTACT_FIELDS = List.of("name", "email", "phone", "url");
    private static final List<String> SIGNATORY_FIELDS = List.of("name", "partner", "role", "on-behalf",
            "signature", "signature-alt", "signed");
    /** Where a heading's own words start after a cornerstone's name: a colon, a spaced dash or a bracket. */
    private static final java.util.regex.Pattern SUBTITLE = java.util.regex.Pattern.compile(
            "\\s*(?::|\\s[-\u2013\u2014]\\s|\\()");
    /** The dash or colon between a level's bold name and its definition ("**Information** – telling people"). */
    private static final java.util.regex.Pattern BOLD_NAME_SEPARATOR = java.util.regex.Pattern.compile(
            "\\s*(?::|[-\u2013\u2014])\\s*(?=\\S)");
    /** Where a heading's own label ends before a cornerstone's name: a colon or a spaced dash. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "\\s*(?::|\\s[-\u2013\u2014])\\s*");
    /** The spectrum's headings as charters write them, without a leading "the" or "our". */
    private static final Set<String> SPECTRUM_HEADINGS = Set.of("spectrum-of-participation",
            "participation-spectrum", "ladder-of-participation", "participation-ladder", "levels-of-participation");
    /** Headings under which charters list who signed, as a printed charter's last page does. */
    private static final Set<String> SIGNED_HEADINGS = Set.of("signed", "signed-by", "signatories",
            "our-signatories", "signatures", "our-signatures", "signed-on-behalf-of", "who-signed",
            "who-signed-this-charter", "who-signed-the-charter", "signed-by-the-partners");
    private static final Set<String> INVOLVEMENT_HEADINGS = Set.of("levels-of-involvement", "level-of-involvement",
            "involvement-levels");

    private final Function<String, Optional<Framework>> frameworks;
    private final Diagnostics out;
    private final org.charterkit.model.InputLimits limits;

    CharterReader(Function<String, Optional<Framework>> frameworks, Diagnostics out) {
        this(frameworks, out, org.charterkit.model.InputLimits.defaults());
    }

    CharterReader(Function<String, Optional<Framework>> frameworks, Diagnostics out,
            org.charterkit.model.InputLimits limits) {
        this.frameworks = frameworks;
        this.out = out;
        this.limits = limits;
    }

    /** The same reader, reporting what it finds to {@code other}. */
    CharterReader reporting(Diagnostics other) {
        return new CharterReader(frameworks, other, limits);
    }

    Optional<Charter> read(SourceText source) {
        return read(source, "");
    }

    /**
     * The same, for a translation: a translation need not name the framework, since it follows the original's
     * ({@code inheritedFramework}), and its cornerstones are found under that framework's.
     */
    Optional<Charter> read(SourceText source, String inheritedFramework) {
        if (source.text().isBlank()) {
            out.error(Location.of(source.path()), "the charter file is empty",
                    "start from the example in src/site/markdown/charter-format.md (the charter format), or copy"
                            + " charters/warwickshire/charter.md");
            return Optional.empty();
        }
        MarkdownSource md = new MarkdownSource(source, limits, out);
        if (!md.readable()) {
            return Optional.empty();
        }
        Optional<MarkdownSource.FrontMatterText> frontMatter = md.frontMatterText();
        if (frontMatter.isEmpty()) {
            if (source.text().startsWith("+++")) {
                out.error(source.line(1), "the front matter is written as TOML, between `+++` lines; a charter's is"
                                + " YAML, between `---` lines",
                        "replace each `+++` line with `---`, and write each field as `name: value`"
                                + " (`title: Our Charter`, without the `=`)");
            } else if (source.text().startsWith("---")) {
                out.error(source.line(1), "the front matter that starts here is never closed",
                        "add a line with just `---` after the last field, before the charter text");
            } else {
                out.error(source.line(1), "the charter has no front matter",
                        "start the file with a `---` line, the fields (`title: ...`, `area: ...`), and another `---`");
            }
            return Optional.empty();
        }
        MarkdownSource.FrontMatterText fm = frontMatter.get();
        YamlTree yaml = new YamlTree(source, fm.firstLine(), out);
        Optional<org.snakeyaml.engine.v2.nodes.Node> root = yaml.compose(fm.yaml());
        boolean readable = root.isPresent() || fm.yaml().isBlank();
        Map<String, NodeTuple> fields = readOtherNames(yaml, root.map(r -> yaml.fieldMapping(r, "the front matter"))
                .orElseGet(LinkedHashMap::new));
        Map<String, Location> keys = new LinkedHashMap<>();
        Set<String> blank = new HashSet<>();
        Set<String> unreadable = new HashSet<>();
        fields.forEach((key, tuple) -> {
            keys.put(key, yaml.locate(tuple.getKeyNode()));
            boolean wantsList = LIST_FIELDS.contains(key);
            var value = tuple.getValueNode();
            if (value instanceof ScalarNode scalar && scalar.getValue().isBlank()) {
                blank.add(key);
            } else if (!key.equals("contact") && !key.equals("cornerstones") && !partnersByKey(key, value)
                    && wantsList != (value instanceof SequenceNode)) {
                unreadable.add(key);
            }
        });
        Fields f = new Fields(yaml, fields);

        String written = f.text("framework").isEmpty() ? inheritedFramework : f.text("framework");
        if (readable && written.isEmpty() && !fields.containsKey("framework")
                && frameworks.apply(DEFAULT_FRAMEWORK).isPresent()) {
            // Most charters follow the Four Cornerstones without saying so: read them so, and say how to be sure.
            written = DEFAULT_FRAMEWORK;
            out.warning(fm.opening(), "the charter names no `framework`: it is read as the Four Cornerstones of"
                            + " co-production, which most charters follow",
                    "add a line `framework: four-cornerstones` between the `---` lines, or the id of the framework"
                            + " the charter follows");
        }
        Optional<Framework> framework = written.isEmpty() ? Optional.empty() : frameworks.apply(written);
        // Named by its name or in other words' case, the framework is still known by its id in the data.
        String frameworkId = framework.map(Framework::id).orElse(written);
        Optional<CharterStatus> status = f.status();
        // A translation takes its status and version from the charter it translates: nothing to read or warn of.
        boolean original = inheritedFramework.isEmpty();
        if (readable && original && !fields.containsKey("status")) {
            // A charter that says when it was adopted is adopted; one that does not is still being written.
            status = Optional.of(fields.containsKey("adopted") ? CharterStatus.ADOPTED : CharterStatus.DRAFT);
            out.warning(fm.opening(), "the charter gives no `status`: it is read as `" + status.get().key() + "`"
                            + (status.get() == CharterStatus.DRAFT
                            ? ", which the site leaves out until it is adopted" : ", since it gives the day it was"
                            + " adopted"),
                    "add a line `status: adopted` (or `status: draft`) between the `---` lines");
        }
        String version = versionNumber(yaml, fields, f.text("version"));
        if (readable && original && !fields.containsKey("version")) {
            version = FIRST_VERSION;
            out.warning(fm.opening(), "the charter gives no `version`: it is read as \"" + FIRST_VERSION + "\"",
                    "add a line `version: \"" + FIRST_VERSION + "\"` between the `---` lines, and raise it with each"
                            + " new version");
        }
        List<Pledge> pledges = readPledges(yaml, fields.get("pledges"));
        Map<String, Mapping> names = framework.map(fw -> readNames(yaml, fields.get("cornerstones"), fw))
                .orElseGet(Map::of);
        Body body = new Body(md, framework, names, f.text("title"));
        body.signedInText = readable && original && !fields.containsKey("signatories");
        body.read();
        List<Partner> partners = readPartners(yaml, fields.get("partners"));
        Optional<Contact> contact = readContact(yaml, fields.get("contact"));
        // A charter that lists no partners often names its organisations only where they sign: those are its
        // partners, in the order they signed.
        Map<String, Partner> signing = fields.containsKey("partners") ? null : new LinkedHashMap<>();
        List<Signatory> signatories = readSignatories(yaml, fields.get("signatories"), partners, signing);
        Location signaturesAt = fields.containsKey("signatories") ? keyAt(yaml, fields, "signatories") : null;
        if (!body.signedLines.isEmpty()) {
            // Signed in the text ("## Signed by", then a line each): those are the signatories, read as one-line
            // signatories are; the section itself is shown as the signatories part.
            signaturesAt = body.signedAt;
            for (Map.Entry<String, Location> line : body.signedLines.entrySet()) {
                signatories.add(signatoryWritten(line.getKey(), partners, line.getValue(), signing));
            }
            out.warning(body.signedAt, "the signatories are listed under the heading `" + body.signedHeading
                            + "`: each line is read as a signatory, and the page shows them with the signatures",
                    "move them into the front matter, under `signatories:`, one `- Name, Role, Organisation` a"
                            + " line, and remove the section");
        }
        if (signing != null && !signing.isEmpty()) {
            partners = List.copyOf(signing.values());
            out.warning(signaturesAt, "the charter lists no `partners`: the organisations its"
                            + " signatories sign for are read as its partners: " + partners.stream().map(Partner::name)
                            .collect(java.util.stream.Collectors.joining(", ")),
                    "add `partners:` with each organisation on a line of its own (`- " + partners.get(0).name()
                            + "`), so the pages list the partners as you mean them");
        }

        String title = f.text("title");
        if (readable && !fields.containsKey("title") && body.headingTitle != null) {
            title = body.headingTitle;
            out.warning(body.headingTitleAt, "the charter has no `title`: its first heading, `" + title + "`, is read"
                            + " as the title",
                    "add `title: " + title + "` between the `---` lines, and remove the `# ` line");
        }
        yaml.reportRespelt();
        names.values().stream().filter(m -> !m.used()[0]).forEach(m -> out.error(m.at(),
                "`cornerstones:` names the heading `" + m.heading() + "`, but the charter has no such `##` heading",
                "write the heading exactly as it is in the text below, or remove the line"));
        Optional<CharterDate> adoptedOn;
        if (status.filter(st -> st == CharterStatus.ADOPTED).isPresent()
                && NOT_YET.matcher(f.text("adopted")).matches()) {
            out.error(yaml.locate(fields.get("adopted").getValueNode()), "the charter is adopted, but `adopted: "
                            + f.text("adopted") + "` gives no day",
                    "give the day it was adopted, like `adopted: 1 March 2024`, or write `status: draft` until then");
            adoptedOn = Optional.empty();
        } else {
            adoptedOn = f.date("adopted");
        }
        String areaName = f.text("area");
        if (readable && original && !fields.containsKey("area")) {
            areaName = areaNamed(source.path(), title);
            out.warning(fm.opening(), "the charter gives no `area`: it is read as `" + areaName + "`, from the"
                            + " name of its folder", "add a line `area: " + areaName + "` between the `---` lines,"
                            + " with the area's name as readers know it");
        }
        return Optional.of(new Charter(title, areaName, version, status,
                adoptedOn, f.reviewBy(), frameworkId, framework,
                f.text("language").isEmpty() ? "en-GB" : f.text("language"), f.text("summary"),
                f.text("recognition"), contact, f.paperSize("poster"),
                fields.containsKey("changes") ? yaml.texts(fields.get("changes")) : List.of(), partners, signatories, body.introduction, body.sections,
                md.images("an image in the charter"), md.rawHtml(), new FrontMatter(keys, blank, unreadable, readable, fm.opening()), source.line(1),
                pledges, f.text("feedback")));
    }

    /**
     * The fields with each written under another name people give it ({@code date:}, {@code review:}) taken as the
     * field it names, with a warning, when the charter does not also give that field.
     */
    private Map<String, NodeTuple> readOtherNames(YamlTree yaml, Map<String, NodeTuple> written) {
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        written.forEach((key, tuple) -> {
            Optional<String> field = FrontMatterNames.fieldNamed(key)
                    .filter(named -> !written.containsKey(named) && !fields.containsKey(named));
            if (field.isPresent()) {
                out.warning(yaml.locate(tuple.getKeyNode()), "`" + key + ":` is read as `" + field.get() + ":`",
                        "rename it to `" + field.get() + "`, the name Charterkit gives this field");
                fields.put(field.get(), tuple);
            } else {
                fields.put(key, tuple);
            }
        });
        return fields;
    }

    /** A date not known yet, as drafts write it: "TBC", "to be agreed", "n/a". */
    private static final java.util.regex.Pattern NOT_YET = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:tbc|tba|tbd|to be (?:confirmed|agreed|decided|arranged)|not (?:yet )?(?:known|agreed|set)"
                    + "|n/?a|none|-+|\\?+)\\.?\\s*");
    /** "01/09/2023", "1.9.23": a day, a month and a year in figures, day first as the UK writes them. */
    private static final java.util.regex.Pattern DAY_FIRST = java.util.regex.Pattern.compile(
            "(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})");
    /** "v1.2", "V2", "Version 1.2": the version number after a word or letter that says it is one. */
    private static final java.util.regex.Pattern VERSION_WORD = java.util.regex.Pattern.compile(
            "(?i)(?:v|v\\.|ver\\.?|version)\\s*(\\d.*)");

    /** The version as written, or its number alone when a word before it says it is a version ({@code v1.2}). */
    private String versionNumber(YamlTree yaml, Map<String, NodeTuple> fields, String written) {
        java.util.regex.Matcher m = VERSION_WORD.matcher(written);
        if (m.matches() && org.charterkit.model.VersionOrder.isValid(m.group(1))) {
            out.warning(yaml.locate(fields.get("version").getValueNode()), "`version: " + written + "` is read as `"
                            + m.group(1) + "`",
                    "write the number alone, in quotes: `version: \"" + m.group(1) + "\"`");
            return m.group(1);
        }
        return written;
    }

    /** Small words that stay lower case inside a place's name ("Bath and North East Somerset"). */
    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "on", "upon", "in", "under", "with");

    /**
     * The area's name from its folder ({@code charters/north-yorkshire/charter.md}): as the title spells it when
     * the title names it ("Stoke-on-Trent"), or else the folder's words with capitals.
     */
    static String areaNamed(String path, String title) {
        String[] parts = path.replace('\\', '/').split("/");
        int at = parts.length - 2;
        if (at > 0 && parts[at].equals("versions")) {
            at--; // a released version, charters/<area>/versions/1.0.md
        }
        String folder = parts[Math.max(at, 0)];
        List<String> words = java.util.Arrays.stream(folder.split("[-_\\s]+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return folder;
        }
        String inTitle = words.stream().map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("[\\s\\-]+", "(?i)(?<![\\p{L}\\d])", "(?![\\p{L}\\d])"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(inTitle).matcher(title);
        if (m.find()) {
            return m.group();
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).toLowerCase(java.util.Locale.ROOT);
            name.append(i == 0 ? "" : " ").append(i > 0 && SMALL_WORDS.contains(word) ? word
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    /**
     * One line of {@code cornerstones:}: the area's heading and the framework cornerstone it is.
     *
     * @param cornerstone the cornerstone the heading is, or null when it names the framework's centre
     * @param used set once the body has a heading it names, so a line naming no heading is reported
     */
    private record Mapping(String heading, Cornerstone cornerstone, Location at, boolean[] used) {
    }

    /**
     * The charter's own names for its framework's cornerstones: {@code cornerstones:} in the front matter, each
     * line the heading as the charter writes it and, after the colon, the cornerstone's id or name. Keyed by the
     * heading's match key.
     */
    private Map<String, Mapping> readNames(YamlTree yaml, NodeTuple entry, Framework framework) {
        Map<String, Mapping> names = new LinkedHashMap<>();
        if (entry == null || entry.getValueNode() instanceof ScalarNode s && s.getValue().isBlank()) {
            return names;
        }
        Map<String, NodeTuple> lines = yaml.mapping(entry.getValueNode(), "`cornerstones`");
        List<String> ids = framework.cornerstones().stream().map(Cornerstone::id).toList();
        lines.forEach((heading, tuple) -> {
            String wanted = yaml.text(tuple).strip();
            Location at = yaml.locate(tuple.getValueNode());
            String key = Slugs.matchKey(wanted);
            Optional<Cornerstone> cornerstone = framework.cornerstones().stream()
                    .filter(c -> c.id().equals(wanted) || names(c.name(), c.aliases()).contains(key)).findFirst();
            // The centre (Trust) may be named too: a translation calls it in its own language.
            if (cornerstone.isEmpty() && framework.centre()
                    .filter(c -> c.id().equals(wanted) || names(c.name(), c.aliases()).contains(key)).isPresent()) {
                names.put(Slugs.matchKey(stripNumber(heading)[1]), new Mapping(heading, null,
                        yaml.locate(tuple.getKeyNode()), new boolean[1]));
                return;
            }
            if (cornerstone.isEmpty()) {
                Optional<String> near = Suggestions.closest(wanted, ids);
                out.error(at, "`" + wanted + "` is not a " + framework.term() + " of " + framework.name()
                                + near.map(n -> " (did you mean `" + n + "`?)").orElse(""),
                        "after the colon write one of: " + String.join(", ", ids));
                return;
            }
            names.put(Slugs.matchKey(stripNumber(heading)[1]), new Mapping(heading, cornerstone.get(),
                    yaml.locate(tuple.getKeyNode()), new boolean[1]));
        });
        return names;
    }

    private List<Pledge> readPledges(YamlTree yaml, NodeTuple entry) {
        List<Pledge> pledges = new ArrayList<>();
        if (entry == null) {
            return pledges;
        }
        for (var node : yaml.sequence(entry)) {
            Map<String, NodeTuple> p = yaml.fieldMapping(node, "a pledge");
            Location at = yaml.locate(node);
            unknownFields(yaml, p, PLEDGE_FIELDS, "a pledge");
            Fields f = new Fields(yaml, p);
            String what = f.required("what", at, "a pledge");
            Location targetAt = p.containsKey("target") ? yaml.locate(p.get("target").getValueNode()) : at;
            Optional<PledgeTarget> target = Optional.empty();
            String targetText = f.text("target");
            if (targetText.isEmpty()) {
                out.error(at, "a pledge has no `target`",
                        "add `target: 2026-04` (a month), `target: 2026-Q2` (a quarter) or `target: ongoing`");
            } else {
                target = PledgeTarget.parse(targetText);
                if (target.isEmpty()) {
                    out.error(targetAt, "the target `" + targetText + "` is not a month, a quarter or `ongoing`",
                            "write it like `target: 2026-04`, `target: April 2026`, `target: 2026-Q2` or `target: ongoing`");
                }
            }
            Optional<PledgeStatus> status = Optional.empty();
            String statusText = f.text("status");
            if (statusText.isEmpty()) {
                out.error(at, "a pledge has no `status`",
                        "add `status: planned`, `status: in progress` or `status: done`");
            } else {
                status = PledgeStatus.fromKey(statusText);
                if (status.isEmpty()) {
                    out.error(yaml.locate(p.get("status").getValueNode()), "the status `" + statusText
                                    + "` is not `planned`, `in progress` or `done`",
                            "write `status: planned`, `status: in progress` or `status: done`");
                }
            }
            String evidence = f.text("evidence");
            if (!evidence.isEmpty() && !evidence.matches("https?://\\S+")) {
                out.error(yaml.locate(p.get("evidence").getValueNode()),
                        "the pledge's `evidence` is not a web address: `" + evidence + "`",
                        "write a full address starting with https://, like `evidence: https://www.example.org/report`");
            }
            pledges.add(new Pledge(what, f.text("lead"), target, status, f.text("note"), evidence, at, targetAt));
        }
        return pledges;
    }

    /** Splits "1. Value lived experience" into its number and its words; the number is empty when none. */
    static String[] stripNumber(String heading) {
        java.util.regex.Matcher m = NUMBERED.matcher(heading.strip());
        return m.matches() ? new String[] {m.group(1), m.group(2).strip()} : new String[] {"", heading.strip()};
    }

    /**
     * {@code partners:} written as short names and names ({@code council: Sefton Council}), as people write a
     * list of organisations they will refer to: each key is the partner's id, its value the name.
     */
    private static boolean partnersByKey(String key, org.snakeyaml.engine.v2.nodes.Node value) {
        return key.equals("partners") && value instanceof org.snakeyaml.engine.v2.nodes.MappingNode mapping
                && mapping.getValue().stream().allMatch(t -> t.getKeyNode() instanceof ScalarNode
                && t.getValueNode() instanceof ScalarNode name && !name.getValue().isBlank());
    }

    private List<Partner> readPartners(YamlTree yaml, NodeTuple entry) {
        List<Partner> partners = new ArrayList<>();
        if (entry == null) {
            return partners;
        }
        if (partnersByKey("partners", entry.getValueNode())) {
            for (NodeTuple named : ((org.snakeyaml.engine.v2.nodes.MappingNode) entry.getValueNode()).getValue()) {
                String id = ((ScalarNode) named.getKeyNode()).getValue().strip();
                String name = ((ScalarNode) named.getValueNode()).getValue().strip();
                partners.add(new Partner(id, name, "", "", Optional.empty(), false, yaml.locate(named.getKeyNode())));
            }
            return partners;
        }
        for (var node : yaml.sequence(entry)) {
            Location at = yaml.locate(node);
            if (node instanceof ScalarNode named && !named.getValue().isBlank()) {
                // `- Hull City Council`: a partner given by its name alone, as most people list organisations.
                String name = named.getValue().strip();
                partners.add(new Partner(Slugs.slugify(name), name, "", "", Optional.empty(), false, at));
                continue;
            }
            Map<String, NodeTuple> p = yaml.fieldMapping(node, "a partner");
            unknownFields(yaml, p, PARTNER_FIELDS, "a partner");
            Fields f = new Fields(yaml, p);
            String name = f.required("name", at, "a partner");
            String id = f.text("id").isEmpty() ? Slugs.slugify(name) : f.text("id");
            Optional<ImageUse> logo = image(yaml, p, "logo", "the logo of " + name);
            boolean consent = p.containsKey("logo-consent") && yaml.flag(p.get("logo-consent"));
            partners.add(new Partner(id, name, f.text("short"), f.text("kind"), logo, consent, at));
        }
        return partners;
    }

    private Optional<Contact> readContact(YamlTree yaml, NodeTuple entry) {
        if (entry == null || entry.getValueNode() instanceof ScalarNode s && s.getValue().isBlank()) {
            return Optional.empty();
        }
        Location at = yaml.locate(entry.getValueNode());
        List<String> parts = new ArrayList<>();
        if (entry.getValueNode() instanceof ScalarNode written) {
            // `contact: send@example.org`, or the forum's name, address and phone on one line, commas between:
            // each part says by its shape what it is.
            parts.addAll(List.of(written.getValue().split("\\s*[,;|]\\s*")));
        } else if (entry.getValueNode() instanceof SequenceNode lines
                && lines.getValue().stream().allMatch(ScalarNode.class::isInstance)) {
            lines.getValue().forEach(line -> parts.add(((ScalarNode) line).getValue()));
        }
        Optional<Contact> written = contactWritten(parts, at);
        if (written.isPresent()) {
            return written;
        }
        Map<String, NodeTuple> c = yaml.fieldMapping(entry.getValueNode(), "the contact");
        unknownFields(yaml, c, CONTACT_FIELDS, "the contact");
        Fields f = new Fields(yaml, c);
        return Optional.of(new Contact(f.text("name"), f.text("email"), f.text("phone"), f.text("url"), at,
                c.containsKey("url") ? yaml.locate(c.get("url").getValueNode()) : at));
    }

    /**
     * A contact written as its parts (a name, an email address, a phone number, a web address) rather than as
     * fields; empty unless one part is a way to reach someone and every other part is a name.
     */
    private static Optional<Contact> contactWritten(List<String> parts, Location at) {
        String email = "";
        String phone = "";
        String url = "";
        List<String> name = new ArrayList<>();
        for (String written : parts) {
            String part = written.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (email.isEmpty() && part.matches("(?i)(?:mailto:)?[^\\s@:]+@[^\\s@]+\\.[^\\s@]+")) {
                email = part.replaceFirst("(?i)^mailto:", "");
            } else if (url.isEmpty() && part.matches("https?://\\S+")) {
                url = part;
            } else if (phone.isEmpty() && part.matches("\\+?[0-9][0-9 ()-]{6,}")) {
                phone = part;
            } else if (part.contains("@") || part.contains("://")) {
                return Optional.empty();
            } else {
                name.add(part);
            }
        }
        if (email.isEmpty() && phone.isEmpty() && url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Contact(String.join(", ", name), email, phone, url, at, at));
    }

    /** Other names people give a signatory's fields, for the check's "did you mean". */
    private static final Map<String, String> SIGNATORY_OTHER_NAMES = Map.of("organisation", "partner",
            "organization", "partner", "org", "partner", "title", "role", "position", "role", "job-title", "role",
            "date", "signed");

    private static Location keyAt(YamlTree yaml, Map<String, NodeTuple> fields, String key) {
        return yaml.locate(fields.get(key).getKeyNode());
    }

    /**
     * The signatories. {@code signing} is null when the charter lists its partners; otherwise it gathers the
     * organisations the signatories name, each as a partner, since nothing else names them.
     */
    private List<Signatory> readSignatories(YamlTree yaml, NodeTuple entry, List<Partner> partners,
            Map<String, Partner> signing) {
        List<Signatory> signatories = new ArrayList<>();
        if (entry == null) {
            return signatories;
        }
        for (var node : yaml.sequence(entry)) {
            Location at = yaml.locate(node);
            if (node instanceof ScalarNode written && !written.getValue().isBlank()) {
                signatories.add(signatoryWritten(written.getValue().strip(), partners, at, signing));
                continue;
            }
            Map<String, NodeTuple> s = yaml.fieldMapping(node, "a signatory");
            yaml.unknownFields(s, SIGNATORY_FIELDS, SIGNATORY_OTHER_NAMES, "a signatory");
            Fields f = new Fields(yaml, s);
            String name = f.required("name", at, "a signatory");
            String partner = partnerNamed(f.text("partner"), partners);
            if (signing != null && !partner.isEmpty()) {
                partner = signedFor(partner, signing, at);
            }
            Location partnerAt = s.containsKey("partner") ? yaml.locate(s.get("partner").getValueNode()) : at;
            boolean onBehalf = s.containsKey("on-behalf") && yaml.flag(s.get("on-behalf"));
            Optional<ImageUse> signature = image(yaml, s, "signature", "the signature of " + name);
            signatories.add(new Signatory(name, partner, f.text("role"), onBehalf, signature, partnerAt,
                    f.date("signed")));
        }
        return signatories;
    }

    /**
     * A signatory written on one line, as a printed charter lists them: "Jane Smith, Chair, Hull Parent Carer
     * Forum". The first part is the name; a later part that names one of the partners (by name, short name or
     * id) is the partner; the parts between are the role. Without such a part the signatory names no partner,
     * which the check reports.
     */
    private static Signatory signatoryWritten(String line, List<Partner> partners, Location at,
            Map<String, Partner> signing) {
        List<String> parts = java.util.Arrays.stream(line.split(",")).map(String::strip)
                .filter(part -> !part.isEmpty()).toList();
        if (parts.size() == 1) {
            // "- Oldham Council": an organisation that signed as itself.
            String id = partnerNamed(line, partners);
            Optional<Partner> named = partners.stream().filter(p -> p.id().equals(id)).findFirst();
            if (named.isPresent()) {
                return new Signatory(named.get().name(), id, "", false, Optional.empty(), at, Optional.empty());
            }
            if (signing != null) {
                return new Signatory(line, signedFor(line, signing, at), "", false, Optional.empty(), at,
                        Optional.empty());
            }
        }
        if (signing != null && (parts.size() > 2 || parts.size() == 2 && ORGANISATION.matcher(parts.get(1)).find())) {
            // "Jane Smith, Chair, Oldham Parent Carer Forum": the last part names the organisation, as printed.
            return new Signatory(parts.get(0), signedFor(parts.get(parts.size() - 1), signing, at),
                    String.join(", ", parts.subList(1, parts.size() - 1)), false, Optional.empty(), at,
                    Optional.empty());
        }
        if (signing != null && parts.size() == 2) {
            // "Jane Smith, Chair": a name and a role; no organisation is named, and none is made up.
            return new Signatory(parts.get(0), "", parts.get(1), false, Optional.empty(), at, Optional.empty());
        }
        String partner = "";
        List<String> role = new ArrayList<>();
        for (String part : parts.subList(1, parts.size())) {
            String id = partnerNamed(part, partners);
            if (partner.isEmpty() && partners.stream().anyMatch(p -> p.id().equals(id))) {
                partner = id;
            } else {
                role.add(part);
            }
        }
        return new Signatory(parts.get(0), partner, String.join(", ", role), false, Optional.empty(), at,
                Optional.empty());
    }

    /** The id of the organisation {@code name}, gathered as a partner the first time a signatory names it. */
    private static String signedFor(String name, Map<String, Partner> signing, Location at) {
        String id = Slugs.slugify(name);
        signing.putIfAbsent(id, new Partner(id, name, "", "", Optional.empty(), false, at));
        return id;
    }

    /**
     * The id of the partner a signatory's {@code partner:} names: the id itself, or the name (or short name) of
     * exactly one partner, as people write it when they do not know the ids ({@code partner: Hull City Council}).
     * What names no partner is kept as written, for the check to report.
     */
    private static String partnerNamed(String written, List<Partner> partners) {
        if (written.isEmpty() || partners.stream().anyMatch(p -> p.id().equals(written))) {
            return written;
        }
        String key = Slugs.matchKey(written);
        List<Partner> named = partners.stream().filter(p -> Slugs.matchKey(p.name()).equals(key)
                || !p.shortName().isEmpty() && Slugs.matchKey(p.shortName()).equals(key)).toList();
        return named.size() == 1 ? named.get(0).id() : written;
    }

    /** An image named by {@code key}, with its alt text from {@code key-alt}. */
    private Optional<ImageUse> image(YamlTree yaml, Map<String, NodeTuple> fields, String key, String role) {
        if (!fields.containsKey(key)) {
            return Optional.empty();
        }
        Fields f = new Fields(yaml, fields);
        return Optional.of(new ImageUse(f.text(key), f.text(key + "-alt"), role,
                yaml.locate(fields.get(key).getValueNode())));
    }

    private void unknownFields(YamlTree yaml, Map<String, NodeTuple> fields, List<String> known, String what) {
        yaml.unknownFields(fields, known, what);
    }

    /** Typed reads of one set of fields, reporting values of the wrong kind where they stand. */
    private final class Fields {
        private final YamlTree yaml;
        private final Map<String, NodeTuple> fields;

        Fields(YamlTree yaml, Map<String, NodeTuple> fields) {
            this.yaml = yaml;
            this.fields = fields;
        }

        String text(String key) {
            NodeTuple entry = fields.get(key);
            return entry == null ? "" : yaml.text(entry).strip();
        }

        String required(String key, Location at, String what) {
            String value = text(key);
            if (value.isEmpty()) {
                out.error(at, what + " has no `" + key + "`", "add `" + key + ": ...` to " + what);
            }
            return value;
        }

        Optional<CharterDate> date(String key) {
            String value = text(key);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (NOT_YET.matcher(value).matches()) {
                // `review-by: TBC` in a charter still being agreed: no date yet, which the check treats as none.
                out.warning(yaml.locate(fields.get(key).getValueNode()), "`" + key + ": " + value + "` is read as no"
                                + " date yet", "give the date once it is agreed, like `" + key + ": 1 March 2026`,"
                                + " or remove the line until then");
                return Optional.empty();
            }
            Optional<CharterDate> date = CharterDate.parse(value);
            java.util.regex.Matcher dayFirst = DAY_FIRST.matcher(value);
            if (date.isEmpty() && dayFirst.matches()) {
                date = dayFirst(dayFirst);
                date.ifPresent(d -> out.warning(yaml.locate(fields.get(key).getValueNode()), "`" + key + ": " + value
                                + "` is read day first, as dates are written in the UK: " + inWords(d),
                        "write it as `" + key + ": " + d + "` or `" + key + ": " + inWords(d) + "`, which no"
                                + " reader can take for another day"));
            }
            if (date.isEmpty()) {
                out.error(yaml.locate(fields.get(key).getValueNode()),
                        "`" + key + "` is not a real date: `" + value + "`",
                        "write the date as year-month-day, like `" + key + ": 2022-11-01`, or as `1 November 2022`"
                                + " (`2022-11` or `November 2022` when only the month is known)");
            }
            return date;
        }

        /**
         * The review date; a year alone ({@code review-by: 2026}), as charters say "to be reviewed in 2026", is
         * read as that year's December, the latest it can mean, with a warning: no day or month is invented
         * earlier than the charter allows.
         */
        Optional<CharterDate> reviewBy() {
            String value = text("review-by");
            if (value.matches("(?:19|20)\\d\\d")) {
                CharterDate december = new CharterDate(Integer.parseInt(value), 12, 0);
                out.warning(yaml.locate(fields.get("review-by").getValueNode()), "`review-by: " + value
                                + "` is a year: it is read as December " + value + ", the end of that year",
                        "give the month it is to be reviewed by, like `review-by: March " + value + "`");
                return Optional.of(december);
            }
            return date("review-by");
        }

        private static Optional<CharterDate> dayFirst(java.util.regex.Matcher m) {
            int year = Integer.parseInt(m.group(4));
            try {
                return Optional.of(new CharterDate(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(1))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }

        private static String inWords(CharterDate d) {
            return d.day() + " " + java.time.Month.of(d.month()).getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.UK) + " " + d.year();
        }

        private static String statusWords(String value) {
            return value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        }

        /** A paper size, A4 unless the charter asks for another. */
        PaperSize paperSize(String key) {
            String value = text(key);
            if (value.isEmpty()) {
                return PaperSize.A4;
            }
            Optional<PaperSize> size = PaperSize.fromLabel(value);
            if (size.isEmpty()) {
                out.error(yaml.locate(fields.get(key).getValueNode()),
                        "`" + key + "` must be `A4` or `A3`, not `" + value + "`",
                        "write `" + key + ": A3` for a larger poster, or remove the line for A4");
            }
            return size.orElse(PaperSize.A4);
        }

        Optional<CharterStatus> status() {
            String value = text("status");
            if (value.isEmpty()) {
                return Optional.empty();
            }
            Optional<CharterStatus> status = CharterStatus.fromKey(value);
            // "Adopted (March 2024)", "Draft - for consultation": the status, then words of the author's own.
            String first = value.replaceAll("\\s*(?:[(\\[,;:]|\\s[-\u2013\u2014]).*$", "").strip();
            Optional<CharterStatus> meant = status.isPresent() ? Optional.empty()
                    : Optional.ofNullable(STATUS_OTHER_WORDS.get(statusWords(value)))
                            .or(() -> first.isEmpty() || first.equals(value) ? Optional.empty()
                                    : CharterStatus.fromKey(first.toLowerCase(java.util.Locale.ROOT))
                                            .or(() -> Optional.ofNullable(STATUS_OTHER_WORDS.get(statusWords(first)))));
            if (meant.isPresent()) {
                out.warning(yaml.locate(fields.get("status").getValueNode()), "`status: " + value + "` is read as `"
                                + meant.get().key() + "`",
                        "write `status: " + meant.get().key() + "`: the pages say what `draft`, `adopted` and"
                                + " `retired` mean to readers");
                return meant;
            }
            if (status.isEmpty()) {
                out.error(yaml.locate(fields.get("status").getValueNode()),
                        "`status` must be `draft`, `adopted` or `retired`, not `" + value + "`",
                        "use `draft` while the charter is being written and `adopted` once it is signed");
            }
            return status;
        }
    }

    /** Splits the body into sections by its second-level headings and reads each by its kind. */
    private final class Body {
        private final MarkdownSource md;
        private final Optional<Framework> framework;
        private final Map<String, Mapping> ownNames;
        private final Set<String> anchors = new HashSet<>();
        Markdown introduction;
        final List<CharterSection> sections = new ArrayList<>();

        private final String title;
        /** Whether a section of signatures in the text is read as the signatories: the front matter has none. */
        boolean signedInText;
        /** Each line of such a section ("Jane Smith, Chair, Oldham Council"), where it is written. */
        final Map<String, Location> signedLines = new LinkedHashMap<>();
        Location signedAt;
        String signedHeading;
        /** The words of a first {@code #} heading taken as the title, for a charter with no {@code title}. */
        String headingTitle;
        Location headingTitleAt;
        /** The ids of the cornerstones (and the centre) a section has taken, so that no later heading takes one. */
        private final Set<String> claimed = new HashSet<>();

        Body(MarkdownSource md, Optional<Framework> framework, Map<String, Mapping> ownNames, String title) {
            this.md = md;
            this.framework = framework;
            this.ownNames = ownNames;
            this.title = title;
        }

        /**
         * Whether {@code block} is a first-level heading that only repeats the charter's title before anything
         * else in the body: a Markdown file usually opens so, and the pages already show the title from the front
         * matter.
         */
        private boolean repeatsTitle(Node block, List<Node> intro) {
            return intro.isEmpty() && block instanceof Heading h && h.getLevel() == 1 && !title.isBlank()
                    && Slugs.matchKey(MarkdownSource.plainText(h)).equals(Slugs.matchKey(title));
        }

        void read() {
            List<Node> blocks = md.blocks();
            // Some charters gather their cornerstones under a heading of their own ("## Our four cornerstones",
            // then "### Welcome and Care"...). When no second-level heading names a part of the framework but
            // third-level ones do, those start sections as second-level headings would; the heading above them
            // stays a section of the charter's own, with whatever it says before them.
            boolean atSecondLevel = blocks.stream().anyMatch(b -> namesPart(b, 2));
            boolean nested = !atSecondLevel && blocks.stream().anyMatch(b -> namesPart(b, 3));
            // Others write every section as a first-level heading ("# Welcome and Care"), as a word processor's
            // Heading 1. When no second- or third-level heading names a part but first-level ones do, those start
            // the sections, and the headings under them are shown one level down.
            boolean firstLevel = !atSecondLevel && !nested && blocks.stream().anyMatch(b -> namesPart(b, 1));
            int level = firstLevel ? 1 : nested ? 3 : 2;
            // A charter pasted from a word processor often has its cornerstones' names as bold lines, not headings.
            // When no heading names a part of the framework, a bold line alone that does starts its section, with
            // a warning that says how to make it a heading.
            boolean bold = !atSecondLevel && !nested && !firstLevel && blocks.stream().anyMatch(this::boldPart);
            boolean toldFirstLevel = false;
            // A heading that names a part exactly takes it before one that names it with words of its own after.
            for (Node block : blocks) {
                if (block instanceof Heading h && h.getLevel() == level || bold && boldPart(block)) {
                    String named = MarkdownSource.plainText(block);
                    cornerstoneNamed(named).ifPresent(c -> claimed.add(c.id()));
                    centreNamed(named).ifPresent(c -> claimed.add(c.id()));
                }
            }
            List<Node> intro = new ArrayList<>();
            Node heading = null;
            List<Node> content = new ArrayList<>();
            for (Node block : blocks) {
                boolean boldHeading = bold && boldPart(block);
                if (boldHeading) {
                    String written = MarkdownSource.plainText(block);
                    out.warning(md.locate(block), "the bold line `" + written + "` is read as a heading",
                            "make it a heading: write `## " + written + "` on a line of its own, without the `**`;"
                                    + " screen readers can then find it");
                } else if (heading == null && intro.isEmpty() && headingTitle == null && title.isBlank()
                        && block instanceof Heading h && h.getLevel() == 1 && !namesPart(h, 1)) {
                    // No `title`: the first heading, as a document's title, is the charter's (the reader warns).
                    headingTitle = MarkdownSource.plainText(h);
                    headingTitleAt = md.locate(h);
                    continue;
                } else if (heading == null && repeatsTitle(block, intro)) {
                    out.warning(md.locate(block), "this heading repeats the title, which every page already shows"
                                    + " from `title`: it is left out",
                            "remove the `# ` line; to change the title, change `title:` in the front matter");
                    continue;
                }
                boolean startsSection = block instanceof Heading h
                        && (firstLevel ? h.getLevel() == 1 : h.getLevel() <= 2 || nested && namesPart(h, 3));
                if (boldHeading || startsSection) {
                    if (firstLevel && !toldFirstLevel) {
                        toldFirstLevel = true;
                        out.warning(md.locate(block), "the sections are first-level headings (`# ...`): they are"
                                        + " read as second-level ones, and the headings under them one level down",
                                "write `## ` for each section and `### ` under it: the page's title, its only"
                                        + " first-level heading, comes from `title` in the front matter");
                    } else if (!firstLevel && block instanceof Heading h && h.getLevel() == 1) {
                        out.error(md.locate(h), "a first-level heading (`# ...`) would be a second title",
                                "use `## ` for a section; the page title comes from `title` in the front matter");
                    }
                    if (heading != null) {
                        section(heading, content);
                    }
                    heading = block;
                    content = new ArrayList<>();
                } else if (heading == null) {
                    intro.add(block);
                } else {
                    content.add(block);
                }
            }
            if (heading != null) {
                section(heading, content);
            }
            introduction = md.markdown(intro, md.source().line(1));
        }

        /**
         * Whether {@code block} is a heading of {@code level} that names a cornerstone or the centre, alone or with
         * words of its own after the name.
         */
        private boolean namesPart(Node block, int level) {
            if (!(block instanceof Heading h) || h.getLevel() != level) {
                return false;
            }
            return namesPart(MarkdownSource.plainText(h));
        }

        /**
         * Whether a heading's words name a cornerstone or the centre, alone, with words of their own after, or
         * after a label of their own.
         */
        private boolean namesPart(String title) {
            return namesExactly(title) || beforeSubtitle(title).filter(this::namesExactly).isPresent()
                    || afterLabel(title).filter(this::namesExactly).isPresent();
        }

        /** Whether a heading's words, all of them, name a cornerstone or the centre. */
        private boolean namesExactly(String title) {
            return cornerstoneNamed(title).isPresent() || centreNamed(title).isPresent();
        }

        /**
         * Whether {@code block} is a paragraph of one bold line and nothing else ({@code **Welcome and Care**})
         * that names a cornerstone or the centre.
         */
        private boolean boldPart(Node block) {
            if (!(block instanceof com.vladsch.flexmark.ast.Paragraph paragraph)
                    || !(paragraph.getFirstChild() instanceof com.vladsch.flexmark.ast.StrongEmphasis strong)) {
                return false;
            }
            // Alone on its line, or with a colon or full stop after it, or with words of its own after a colon, a
            // spaced dash or a bracket, as a heading may have them ("**Communicate** – keeping in touch").
            Node after = strong.getNext();
            boolean alone = after == null || after instanceof com.vladsch.flexmark.ast.Text text
                    && after.getNext() == null && (text.getChars().toString().strip().matches("[:.]?")
                    || SUBTITLE.matcher(text.getChars()).lookingAt());
            if (!alone) {
                return false;
            }
            return namesPart(MarkdownSource.plainText(paragraph));
        }

        /**
         * A heading's words before its own subtitle, when it has one: "Welcome and Care" of "1. Welcome and Care:
         * how we greet you", "Welcome and Care – how we greet you" or "Welcome and Care (how we greet you)".
         * Printed charters often set a line of their own beside each cornerstone's name.
         */
        private static Optional<String> beforeSubtitle(String title) {
            String[] numbered = stripNumber(title);
            java.util.regex.Matcher m = SUBTITLE.matcher(numbered[1]);
            if (!m.find() || m.start() == 0) {
                return Optional.empty();
            }
            return Optional.of((numbered[0].isEmpty() ? "" : numbered[0] + ". ") + numbered[1].substring(0, m.start()));
        }

        /**
         * A heading's words after a label of its own: "Welcome and Care" of "Cornerstone 1: Welcome and Care",
         * "Cornerstone one – Welcome and Care" or "At the heart: Trust". Charters that number their cornerstones
         * in words, or name the centre by where it sits, write their headings so.
         */
        private static Optional<String> afterLabel(String title) {
            java.util.regex.Matcher m = LABEL.matcher(title);
            if (!m.find() || m.start() == 0 || m.end() >= title.length()) {
                return Optional.empty();
            }
            return Optional.of(title.substring(m.end()).strip());
        }

        /**
         * The part (a cornerstone or the centre) a heading names before a subtitle of its own, or after a label of
         * its own, when no heading names it exactly and no earlier heading took it so; it is then taken.
         */
        private <T> Optional<T> subtitled(String title, Function<String, Optional<T>> named, Function<T, String> id) {
            Optional<T> part = java.util.stream.Stream.of(beforeSubtitle(title), afterLabel(title))
                    .flatMap(Optional::stream).map(named).flatMap(Optional::stream)
                    .filter(p -> !claimed.contains(id.apply(p))).findFirst();
            part.ifPresent(p -> claimed.add(id.apply(p)));
            return part;
        }

        /** The cornerstone a heading names, by the charter's own names first, then the framework's. */
        private Optional<Cornerstone> cornerstoneNamed(String title) {
            String nameKey = Slugs.matchKey(stripNumber(title)[1]);
            Optional<Mapping> named = Optional.ofNullable(ownNames.get(nameKey));
            return named.map(Mapping::cornerstone)
                    .or(() -> named.isPresent() ? Optional.empty() : framework.flatMap(f -> f.cornerstones().stream()
                    .filter(c -> names(c.name(), c.aliases()).contains(nameKey)).findFirst()));
        }

        /** The framework's centre, when a heading names it or the charter's own names map it there. */
        private Optional<Centre> centreNamed(String title) {
            String key = Slugs.matchKey(title);
            Optional<Mapping> named = Optional.ofNullable(ownNames.get(Slugs.matchKey(stripNumber(title)[1])));
            return framework.flatMap(Framework::centre)
                    .filter(c -> names(c.name(), c.aliases()).contains(key)
                            || named.filter(m -> m.cornerstone() == null).isPresent());
        }

        /**
         * A run of a section's blocks, its headings raised {@code raised} levels on the page: one in a cornerstone
         * gathered under a heading of the charter's own, whose own heading is written {@code ###}.
         */
        private Markdown fragment(List<Node> run, Location whenEmpty, int raised) {
            return md.markdown(run, whenEmpty).raisedBy(raised);
        }

        /** Reads one section: {@code heading} is its heading, or the bold line read as one. */
        private void section(Node heading, List<Node> content) {
            // Above 0 for a section written `###` (its `####` shown as `###`), below for one written `#`.
            int raised = heading instanceof Heading h ? h.getLevel() - 2 : 0;
            String title = MarkdownSource.plainText(heading);
            String key = Slugs.matchKey(title);
            Location at = md.locate(heading);
            Location contentAt = md.source().locate(heading.getEndOffset());
            String[] numbered = stripNumber(title);
            Optional.ofNullable(ownNames.get(Slugs.matchKey(numbered[1]))).ifPresent(m -> m.used()[0] = true);
            Optional<Cornerstone> cornerstone = cornerstoneNamed(title)
                    .or(() -> subtitled(title, this::cornerstoneNamed, Cornerstone::id));
            Optional<Centre> centre = cornerstone.isPresent() ? Optional.empty()
                    : centreNamed(title).or(() -> subtitled(title, this::centreNamed, Centre::id));
            if (cornerstone.isPresent()) {
                sections.add(cornerstone(cornerstone.get(), title, numbered, at, contentAt, content, raised));
            } else if (centre.isPresent()) {
                sections.add(new CentreSection(centre.get(), title, anchor(centre.get().id()),
                        fragment(content, contentAt, raised), at));
            } else if (SPECTRUM_HEADINGS.contains(scaleKey(key))) {
                sections.add(spectrum(title, at, contentAt, content, 3 + raised));
            } else if (INVOLVEMENT_HEADINGS.contains(scaleKey(key))) {
                sections.add(involvement(title, at, contentAt, content, 3 + raised));
            } else if (signedInText && signedLines.isEmpty() && SIGNED_HEADINGS.contains(key)
                    && signedLines(content)) {
                signedAt = at;
                signedHeading = title;
            } else {
                sections.add(new FreeSection(title, anchor(key), fragment(content, contentAt, raised), at));
            }
        }

        /** The cells of each row of a table's body, the header row left out. */
        private static List<List<Node>> bodyRows(com.vladsch.flexmark.ext.tables.TableBlock table) {
            List<List<Node>> rows = new ArrayList<>();
            for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof com.vladsch.flexmark.ext.tables.TableBody) {
                    for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                        List<Node> cells = new ArrayList<>();
                        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                            cells.add(cell);
                        }
                        rows.add(cells);
                    }
                }
            }
            return rows;
        }

        /**
         * Reads a section of signatures that is one list, or one table, and nothing else: a line (or a row, its
         * cells joined with commas) a signatory. False, reading nothing, when the section holds more.
         */
        private boolean signedLines(List<Node> content) {
            if (content.size() != 1) {
                return false;
            }
            Map<String, Location> lines = new LinkedHashMap<>();
            if (content.get(0) instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    String line = MarkdownSource.plainText(item);
                    if (!line.isEmpty()) {
                        lines.put(line, md.locate(item));
                    }
                }
            } else if (content.get(0) instanceof com.vladsch.flexmark.ext.tables.TableBlock table) {
                for (List<Node> row : bodyRows(table)) {
                    String line = row.stream().map(MarkdownSource::plainText).filter(text -> !text.isEmpty())
                            .collect(java.util.stream.Collectors.joining(", "));
                    if (!line.isEmpty()) {
                        lines.put(line, md.locate(row.get(0).getParent()));
                    }
                }
            }
            signedLines.putAll(lines);
            return !lines.isEmpty();
        }

        private CornerstoneSection cornerstone(Cornerstone cornerstone, String title, String[] numbered,
                Location at, Location contentAt, List<Node> content, int raised) {
            String name = numbered[1];
            String number = numbered[0];
            if (framework.filter(Framework::prose).isPresent()) {
                // A value written as prose: everything under the heading is its statement.
                return new CornerstoneSection(cornerstone, title, anchor(cornerstone.id()),
                        fragment(content, contentAt, raised), List.of(), Markdown.empty(contentAt), at, name, number);
            }
            int listIndex = -1;
            for (int i = 0; i < content.size(); i++) {
                if (content.get(i) instanceof ListBlock) {
                    listIndex = i;
                    break;
                }
            }
            List<Commitment> commitments = new ArrayList<>();
            if (listIndex < 0) {
                Optional<CornerstoneSection> sentences = commitmentSentences(cornerstone, title, numbered, at,
                        contentAt, content, raised);
                if (sentences.isPresent()) {
                    return sentences.get();
                }
                Optional<CornerstoneSection> lines = commitmentLines(cornerstone, title, numbered, at, contentAt,
                        content, raised);
                if (lines.isPresent()) {
                    return lines.get();
                }
                return new CornerstoneSection(cornerstone, title, anchor(cornerstone.id()),
                        fragment(content, contentAt, raised), commitments, Markdown.empty(contentAt), at, name, number);
            }
            ListBlock list = (ListBlock) content.get(listIndex);
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem li) {
                    Markdown words = md.markdownOfChildren(li);
                    String text = MarkdownSource.plainText(li);
                    if (!text.isEmpty()) {
                        commitments.add(new Commitment(text, words,
                                anchor(cornerstone.id() + "-" + firstWords(text)), words.location()));
                    }
                }
            }
            if (!(list instanceof BulletList)) {
                out.warning(md.locate(list), "the commitments of " + cornerstone.name() + " are a numbered list",
                        "use `- ` for each commitment: the numbers would change whenever one is added");
            }
            return new CornerstoneSection(cornerstone, title, anchor(cornerstone.id()),
                    fragment(content.subList(0, listIndex), contentAt, raised), commitments,
                    fragment(content.subList(listIndex + 1, content.size()), md.source().locate(list.getEndOffset()),
                            raised),
                    at, name, number);
        }

        /** A commitment written as one line of the file, between two offsets, not as a list item. */
        private Commitment commitmentBetween(Cornerstone cornerstone, int start, int end) {
            Markdown markdown = md.markdownBetween(start, end);
            String text = MarkdownSource.plainText(MarkdownSource.PARSER.parse(markdown.source()));
            return new Commitment(text, markdown, anchor(cornerstone.id() + "-" + firstWords(text)),
                    markdown.location());
        }

        /** The framework's lead-in without its closing mark ("We will"), or empty when it has none. */
        private String leadInStem() {
            return framework.map(Framework::leadIn).orElse("").strip().replaceAll("[:.…\\s]+$", "");
        }

        /**
         * A cornerstone whose commitments are sentences that each start with the lead-in's words, a line each
         * ("We will listen carefully." then "We will share what we know."), not a list after the lead-in: each
         * line is a commitment, quoted whole, with a warning at the first. Empty when the framework has no lead-in
         * or no paragraph is written so.
         */
        private Optional<CornerstoneSection> commitmentSentences(Cornerstone cornerstone, String title,
                String[] numbered, Location at, Location contentAt, List<Node> content, int raised) {
            String stem = leadInStem();
            if (stem.isEmpty()) {
                return Optional.empty();
            }
            java.util.regex.Pattern line = java.util.regex.Pattern.compile("(?im)^[ \\t]*"
                    + java.util.regex.Pattern.quote(stem) + "[ \\t]+(?=\\S)");
            int first = -1;
            int last = -1;
            List<Commitment> commitments = new ArrayList<>();
            for (int i = 0; i < content.size(); i++) {
                if (!(content.get(i) instanceof com.vladsch.flexmark.ast.Paragraph paragraph)
                        || first >= 0 && last < i - 1) {
                    continue;
                }
                List<int[]> lines = sentenceLines(paragraph, line);
                if (lines.isEmpty()) {
                    continue;
                }
                first = first < 0 ? i : first;
                last = i;
                for (int[] words : lines) {
                    commitments.add(commitmentBetween(cornerstone, words[0], words[1]));
                }
            }
            if (commitments.isEmpty()) {
                return Optional.empty();
            }
            out.warning(md.locate(content.get(first)), "each line here starts with `" + stem + "`: each is read as"
                            + " a commitment of " + cornerstone.name(),
                    "write `" + framework.get().leadIn() + "` once, then each commitment on a line of its own"
                            + " starting with `- `, so that the page shows them as a list");
            Node after = content.get(last);
            return Optional.of(new CornerstoneSection(cornerstone, title, anchor(cornerstone.id()),
                    fragment(content.subList(0, first), contentAt, raised), commitments,
                    fragment(content.subList(last + 1, content.size()), md.source().locate(after.getEndOffset()),
                            raised),
                    at, numbered[1], numbered[0]));
        }

        /**
         * A cornerstone whose commitments lost their bullets on the way from a printed charter: the lead-in ("We
         * will:") on a line of its own, then a commitment a line, in the same paragraph or the next. Each line is
         * a commitment, quoted whole, with a warning. Empty when the section has no such lead-in line.
         */
        private Optional<CornerstoneSection> commitmentLines(Cornerstone cornerstone, String title,
                String[] numbered, Location at, Location contentAt, List<Node> content, int raised) {
            String stem = leadInStem();
            if (stem.isEmpty()) {
                return Optional.empty();
            }
            java.util.regex.Pattern leadIn = java.util.regex.Pattern.compile("(?i)[ \\t]*(?:\\*\\*)?"
                    + java.util.regex.Pattern.quote(stem) + "[ \\t]*(?:[:.…]|\\.\\.\\.)?[ \\t]*(?:\\*\\*)?[ \\t]*");
            String text = md.source().text();
            for (int i = 0; i < content.size(); i++) {
                if (!(content.get(i) instanceof com.vladsch.flexmark.ast.Paragraph paragraph)) {
                    continue;
                }
                int start = paragraph.getStartOffset();
                int end = Math.min(paragraph.getEndOffset(), text.length());
                int lineEnd = text.indexOf('\n', start);
                lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
                if (!leadIn.matcher(text).region(start, lineEnd).matches()) {
                    continue;
                }
                int from;
                int to;
                int last;
                if (lineEnd < end && !text.substring(lineEnd, end).isBlank()) {
                    from = lineEnd + 1;
                    to = end;
                    last = i;
                } else if (i + 1 < content.size()
                        && content.get(i + 1) instanceof com.vladsch.flexmark.ast.Paragraph next) {
                    from = next.getStartOffset();
                    to = Math.min(next.getEndOffset(), text.length());
                    last = i + 1;
                } else {
                    return Optional.empty();
                }
                List<Commitment> commitments = new ArrayList<>();
                for (int line = from; line < to; ) {
                    int stop = text.indexOf('\n', line);
                    stop = stop < 0 || stop > to ? to : stop;
                    if (!text.substring(line, stop).isBlank()) {
                        commitments.add(commitmentBetween(cornerstone, line, stop));
                    }
                    line = stop + 1;
                }
                if (commitments.isEmpty()) {
                    return Optional.empty();
                }
                out.warning(md.source().locate(from), "these lines have no `- ` before them: each line after `"
                                + text.substring(start, lineEnd).strip() + "` is read as a commitment of "
                                + cornerstone.name(),
                        "start each commitment with `- `, so that the page shows them as a list and a long one can"
                                + " run over two lines");
                Markdown before = i == 0 ? md.markdownBetween(start, lineEnd)
                        : md.markdownBetween(content.get(0).getStartOffset(), lineEnd);
                Node after = content.get(last);
                return Optional.of(new CornerstoneSection(cornerstone, title, anchor(cornerstone.id()),
                        before.raisedBy(raised), commitments,
                        fragment(content.subList(last + 1, content.size()),
                                md.source().locate(after.getEndOffset()), raised),
                        at, numbered[1], numbered[0]));
            }
            return Optional.empty();
        }

        /**
         * Each line of {@code paragraph}, as offsets in the file, when every line starts with the lead-in's words;
         * empty otherwise.
         */
        private List<int[]> sentenceLines(com.vladsch.flexmark.ast.Paragraph paragraph,
                java.util.regex.Pattern line) {
            String text = md.source().text();
            int start = paragraph.getStartOffset();
            int end = Math.min(paragraph.getEndOffset(), text.length());
            List<int[]> lines = new ArrayList<>();
            for (int from = start; from < end; ) {
                int to = text.indexOf('\n', from);
                to = to < 0 || to > end ? end : to;
                java.util.regex.Matcher m = line.matcher(text).region(from, to);
                if (!m.lookingAt()) {
                    return List.of();
                }
                lines.add(new int[] {from, to});
                from = to + 1;
            }
            return lines;
        }

        private SpectrumSection spectrum(String title, Location at, Location contentAt, List<Node> content,
                int stepLevel) {
            List<SpectrumLevel> levels = new ArrayList<>();
            Markdown intro = scale(framework.map(Framework::spectrum).orElse(List.of()), content, contentAt, stepLevel,
                    (id, heading, rank, definition, where) -> levels.add(
                            new SpectrumLevel(id, heading, rank, definition, where)));
            levels.sort(Comparator.comparingInt(SpectrumLevel::rank));
            return new SpectrumSection(title, anchor("spectrum-of-participation"), intro, levels, at);
        }

        private InvolvementSection involvement(String title, Location at, Location contentAt, List<Node> content,
                int stepLevel) {
            List<InvolvementLevel> levels = new ArrayList<>();
            Markdown intro = scale(framework.map(Framework::levels).orElse(List.of()), content, contentAt, stepLevel,
                    (id, heading, rank, definition, where) -> levels.add(
                            new InvolvementLevel(id, heading, rank, definition, where)));
            levels.sort(Comparator.comparingInt(InvolvementLevel::rank));
            return new InvolvementSection(title, anchor("levels-of-involvement"), intro, levels, at);
        }

        /**
         * Reads the levels of a scale section, each ranked by the framework's scale; levels the framework does not
         * know keep their written order after those it does. Each level is a heading one below the section's own
         * ({@code stepLevel}: {@code ###} under {@code ## Spectrum of Participation}). Returns the text before the
         * first level.
         */
        private Markdown scale(List<ScaleStep> scale, List<Node> content, Location contentAt, int stepLevel,
                LevelSink sink) {
            return levels(content, contentAt, stepLevel, (heading, definition, position, where) -> {
                int rank = scaleRank(scale, heading);
                String id = rank >= 0 ? scale.get(rank).id() : Slugs.slugify(heading);
                sink.accept(id, heading, rank >= 0 ? rank : scale.size() + position, definition, where);
            });
        }

        /**
         * The place on the scale a level's heading names: alone ("Information"), with a number ("2. Consultation"),
         * after a label of its own ("Level 1: Information", "Step 5. Co-production") or before words of its own
         * ("Strategic (whole area)", "Individual level - your child"); -1 when it names none. The heading is still
         * shown as written.
         */
        private int scaleRank(List<ScaleStep> scale, String heading) {
            java.util.regex.Matcher labelled = NUMBERED_LABEL.matcher(heading.strip());
            return java.util.stream.Stream.of(Optional.of(heading), Optional.of(stripNumber(heading)[1]),
                            afterLabel(heading), beforeSubtitle(heading).map(h -> stripNumber(h)[1]),
                            labelled.matches() ? Optional.of(labelled.group(1)) : Optional.<String>empty())
                    .flatMap(Optional::stream).mapToInt(h -> rank(scale, h)).filter(r -> r >= 0).findFirst().orElse(-1);
        }

        /** Splits a section by its third-level headings; returns what comes before the first. */
        private Markdown levels(List<Node> content, Location contentAt, int stepLevel, HeadingSink sink) {
            List<Node> before = new ArrayList<>();
            String current = null;
            Location currentAt = contentAt;
            List<Node> definition = new ArrayList<>();
            int position = 0;
            for (Node block : content) {
                if (block instanceof Heading h && h.getLevel() == stepLevel) {
                    if (current != null) {
                        sink.accept(current, md.markdown(definition, currentAt), position++, currentAt);
                    }
                    current = MarkdownSource.plainText(h);
                    currentAt = md.locate(h);
                    definition = new ArrayList<>();
                } else if (current == null) {
                    before.add(block);
                } else {
                    definition.add(block);
                }
            }
            if (current != null) {
                sink.accept(current, md.markdown(definition, currentAt), position, currentAt);
                return md.markdown(before, contentAt);
            }
            return boldLevels(content, contentAt, sink).or(() -> tableLevels(content, contentAt, sink))
                    .orElseGet(() -> md.markdown(before, contentAt));
        }

        /**
         * The levels of a scale set as a table of two columns, the level and what it means ("| Information | We
         * tell you about decisions |"), as charters made in a word processor set them. Read only when the table is
         * the section's last block, so no words are lost but the column labels; each row is a level, its second
         * cell the definition, with a warning. Returns the text before the table, or empty when not written so.
         */
        private Optional<Markdown> tableLevels(List<Node> content, Location contentAt, HeadingSink sink) {
            if (content.isEmpty() || !(content.get(content.size() - 1)
                    instanceof com.vladsch.flexmark.ext.tables.TableBlock table)) {
                return Optional.empty();
            }
            List<List<Node>> rows = bodyRows(table);
            if (rows.isEmpty() || rows.stream().anyMatch(cells -> cells.size() != 2
                    || MarkdownSource.plainText(cells.get(0)).isBlank())) {
                return Optional.empty();
            }
            int position = 0;
            for (List<Node> row : rows) {
                com.vladsch.flexmark.ext.tables.TableCell definition =
                        (com.vladsch.flexmark.ext.tables.TableCell) row.get(1);
                sink.accept(MarkdownSource.plainText(row.get(0)).strip(), md.markdownBetween(
                        definition.getText().getStartOffset(), definition.getText().getEndOffset()), position++,
                        md.locate(row.get(0)));
            }
            out.warning(md.locate(table), "the levels here are a table: each row is read as a level, with the words"
                            + " in its second column as its definition",
                    "make each a heading: `### " + MarkdownSource.plainText(rows.get(0).get(0)).strip() + "` on a line"
                            + " of its own, its definition under it; screen readers can then find each level");
            return Optional.of(md.markdown(content.subList(0, content.size() - 1), contentAt));
        }

        /**
         * The levels of a scale written as bold words, not headings: a list of "**Information** – telling people
         * what is happening", or a paragraph each ("**Strategic:** planning for the whole area"), as printed
         * charters set them. Read only when every block from the first such one on is one, so no words are lost;
         * each level's definition is the words after its name and a dash or colon, with a warning at the first.
         * Returns the text before the first level, or empty when the section is not written so.
         */
        private Optional<Markdown> boldLevels(List<Node> content, Location contentAt, HeadingSink sink) {
            List<Node> levels = new ArrayList<>();
            int first = -1;
            for (int i = 0; i < content.size(); i++) {
                Node block = content.get(i);
                List<Node> named = new ArrayList<>();
                if (block instanceof ListBlock list) {
                    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                        named.add(item.getFirstChild());
                    }
                } else {
                    named.add(block);
                }
                boolean allNamed = !named.isEmpty() && named.stream().allMatch(this::startsWithBoldName);
                if (allNamed) {
                    first = first < 0 ? i : first;
                    levels.addAll(named);
                } else if (first >= 0) {
                    return Optional.empty();
                }
            }
            if (levels.isEmpty()) {
                return Optional.empty();
            }
            String text = md.source().text();
            int position = 0;
            String firstName = null;
            for (Node paragraph : levels) {
                com.vladsch.flexmark.ast.StrongEmphasis strong =
                        (com.vladsch.flexmark.ast.StrongEmphasis) paragraph.getFirstChild();
                String bold = MarkdownSource.plainText(strong);
                String name = bold.replaceAll("[\\s:–—-]+$", "");
                firstName = firstName == null ? name : firstName;
                // The words after the name keep the dash or colon written between them, even one inside the bold
                // ("**Strategic:** planning"), so the page reads "Strategic: planning", as the charter does.
                Markdown after = md.markdownBetween(strong.getEndOffset(),
                        Math.min(paragraph.getEndOffset(), text.length()));
                String inside = bold.substring(name.length()).strip();
                Markdown definition = inside.isEmpty() ? after
                        : new Markdown(inside + " " + after.source(), after.location());
                sink.accept(name, definition, position++, md.locate(paragraph));
            }
            out.warning(md.locate(levels.get(0)), "the levels here are bold words, not `### ` headings: each is read"
                            + " as a level, with the words after it as its definition",
                    "make each a heading: `### " + firstName + "` on a line of its own, its definition under it;"
                            + " screen readers can then find each level");
            return Optional.of(md.markdown(content.subList(0, first), contentAt));
        }

        /** A paragraph that opens with words in bold and then goes on after a dash or colon, or in the bold. */
        private boolean startsWithBoldName(Node block) {
            if (!(block instanceof com.vladsch.flexmark.ast.Paragraph paragraph)
                    || !(paragraph.getFirstChild() instanceof com.vladsch.flexmark.ast.StrongEmphasis strong)) {
                return false;
            }
            String text = md.source().text();
            int end = Math.min(paragraph.getEndOffset(), text.length());
            return MarkdownSource.plainText(strong).matches(".*[:–—-]\\s*")
                    || BOLD_NAME_SEPARATOR.matcher(text).region(strong.getEndOffset(), end).lookingAt();
        }

        private String anchor(String wanted) {
            String base = Slugs.slugify(wanted);
            if (base.isEmpty()) {
                base = "section";
            }
            String candidate = base;
            for (int n = 2; !anchors.add(candidate); n++) {
                candidate = base + "-" + n;
            }
            return candidate;
        }
    }

    /** Receives each third-level heading of a section with the text under it. */
    private interface HeadingSink {
        void accept(String heading, Markdown definition, int position, Location where);
    }

    /** Receives each level of a scale, ranked. */
    private interface LevelSink {
        void accept(String id, String heading, int rank, Markdown definition, Location where);
    }

    private static int rank(List<ScaleStep> scale, String heading) {
        String key = Slugs.matchKey(heading);
        for (int i = 0; i < scale.size(); i++) {
            if (names(scale.get(i).name(), scale.get(i).aliases()).contains(key)) {
                return i;
            }
        }
        return -1;
    }

    private static Set<String> names(String name, List<String> aliases) {
        Set<String> keys = new HashSet<>();
        keys.add(Slugs.matchKey(name));
        aliases.forEach(a -> keys.add(Slugs.matchKey(a)));
        return keys;
    }

    /** The first few words of a commitment, enough to make its anchor recognisable in a link. */
    private static String firstWords(String text) {
        String[] words = Slugs.slugify(text).split("-");
        return String.join("-", java.util.Arrays.asList(words).subList(0, Math.min(words.length, 6)));
    }
}

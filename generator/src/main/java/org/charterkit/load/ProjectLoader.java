package org.charterkit.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.stream.Stream;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Fault;
import org.charterkit.diagnostic.InOrder;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.AccessibilityTesting;
import org.charterkit.model.Area;
import org.charterkit.model.Evaluation;
import org.charterkit.model.Charter;
import org.charterkit.model.EasyRead;
import org.charterkit.model.Framework;
import org.charterkit.model.GlossaryEntry;
import org.charterkit.model.KnowledgePage;
import org.charterkit.model.Page;
import org.charterkit.model.Project;
import org.charterkit.model.Settings;
import org.charterkit.model.Release;
import org.charterkit.model.Translation;
import org.charterkit.model.ReleaseManifest;

/**
 * The entry point of the load stage: reads every framework under {@code content/frameworks/} and every area
 * under {@code charters/} of a project folder. The areas are read several at once, each by a loader of its own
 * with its own diagnostics, gathered in folder order: the project and what is reported are the same whatever
 * the number of threads.
 */
public final class ProjectLoader {

    private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](\\S.*)");

    private final Path root;
    /** The project folder with every link followed: what every source must resolve inside. */
    private final Path realRoot;
    private final Diagnostics out;
    /** Read first: the size limit applies to every other file. */
    private Settings settings = Settings.defaults();
    private int filesRead;
    /** How many areas are read at once. */
    private final int threads;
    /** Released versions read before, when the live preview keeps them between reads; none otherwise. */
    private ReleasesRead releasesRead;

    public ProjectLoader(Path root, Diagnostics out) {
        this(root, out, InOrder.threads());
    }

    /** As above, reading {@code threads} areas at once: 1 reads them one after another, as a test may ask. */
    public ProjectLoader(Path root, Diagnostics out, int threads) {
        this.threads = threads;
        this.root = root.toAbsolutePath().normalize();
        Path real;
        try {
            real = this.root.toRealPath();
        } catch (IOException e) {
            real = this.root;
        }
        this.realRoot = real;
        this.out = out;
    }

    /** A loader for one area of {@code project}'s, with the project's settings and diagnostics of its own. */
    private ProjectLoader(ProjectLoader project, Diagnostics out) {
        this.threads = 1;
        this.root = project.root;
        this.realRoot = project.realRoot;
        this.settings = project.settings;
        this.releasesRead = project.releasesRead;
        this.out = out;
    }

    /**
     * Takes each released version from {@code releases} when its file has the same bytes as when it was read
     * there, and puts there those it reads: the live preview keeps one between the reads of a project.
     */
    public ProjectLoader remembering(ReleasesRead releases) {
        this.releasesRead = releases;
        return this;
    }

    /**
     * A released file read, or taken as read before with the same bytes (their {@code fingerprint}, which the
     * release records too); findings go to {@code out} either way.
     */
    private Optional<Charter> release(Path file, byte[] bytes, String fingerprint, CharterReader reader,
            java.util.function.BiFunction<CharterReader, SourceText, Optional<Charter>> read) {
        if (releasesRead == null) {
            return SourceText.decode(relative(file), bytes, out).flatMap(text -> read.apply(reader, text));
        }
        return releasesRead.charter(relative(file), fingerprint, out,
                found -> SourceText.decode(relative(file), bytes, found)
                        .flatMap(text -> read.apply(reader.reporting(found), text)));
    }

    /**
     * Reads the project; {@code onlyArea}, when given, limits the areas read to the one with that slug.
     * Problems are added to the diagnostics; what could be read is returned.
     */
    public Project load(Optional<String> onlyArea) {
        Path settingsFile = root.resolve("charterkit.yml");
        if (!leadsOut(settingsFile, "file") && Files.isRegularFile(settingsFile)) {
            settings = Fault.guard("reading", relative(settingsFile), () ->
                    read(settingsFile).map(new SettingsReader(out)::read).orElse(Settings.defaults()));
        }
        List<Framework> frameworks = loadFrameworks();
        List<Area> areas = new ArrayList<>();
        Path charters = root.resolve("charters");
        if (!Files.isDirectory(charters)) {
            out.error(Location.of("charters"), "there is no `charters` folder in " + root,
                    "run charterkit from the project folder, or name it with `--root`");
            return new Project(root, areas, frameworks, Optional.empty(), settings, loadKnowledge(), loadGlossary(),
                    loadKnowledgeTranslations(), loadGlossaryTranslations());
        }
        List<Path> folders = sortedChildren(charters).stream()
                .filter(folder -> onlyArea.isEmpty() || onlyArea.get().equals(folder.getFileName().toString()))
                .toList();
        // Each area is read by a loader of its own (the readers, their diagnostics and the count of files read
        // are not shared between threads); the project and frameworks read so far are only read from.
        record Read(Optional<Area> area, int filesRead) {
        }
        List<Read> read = InOrder.map(folders, threads, (folder, found) -> {
            ProjectLoader alone = new ProjectLoader(this, found);
            if (alone.leadsOut(folder, "folder") || !Files.isDirectory(folder)) {
                return new Read(Optional.empty(), alone.filesRead);
            }
            CharterReader reader = new CharterReader(written -> named(frameworks, written), found,
                    alone.settings.limits());
            Optional<Area> area = alone.loadArea(folder, reader);
            return new Read(area, alone.filesRead);
        }, out);
        for (Read one : read) {
            one.area().ifPresent(areas::add);
            filesRead += one.filesRead();
        }
        if (onlyArea.isPresent() && areas.isEmpty() && !out.hasErrors()) {
            out.error(Location.of("charters"), "there is no area `" + onlyArea.get() + "`",
                    "use the name of a folder under charters/");
        }
        return new Project(root, areas, frameworks, loadAccessibilityTesting(), settings, loadKnowledge(),
                loadGlossary(), loadKnowledgeTranslations(), loadGlossaryTranslations());
    }

    /**
     * Reads one area again, its folder alone, with the settings and frameworks of {@code previous}: what the
     * live preview does after an edit inside that folder, keeping every other file of the project as it was
     * read. Empty, with the problem added to the diagnostics, when the area has no charter that can be read.
     */
    public Optional<Area> reloadArea(String slug, Project previous) {
        settings = previous.settings();
        List<Framework> frameworks = previous.frameworks();
        Path folder = root.resolve("charters").resolve(slug);
        if (leadsOut(folder, "folder") || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        return loadArea(folder, new CharterReader(written -> named(frameworks, written), out, settings.limits()));
    }

    /**
     * The framework a charter's {@code framework:} names: by its id ({@code four-cornerstones}), or, as people
     * also write it, by its id or its name in other words' case and spacing ({@code Four Cornerstones},
     * {@code Four Cornerstones of co-production}).
     */
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine");

    static Optional<Framework> named(List<Framework> frameworks, String written) {
        Optional<Framework> exact = frameworks.stream().filter(f -> f.id().equals(written)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        // "4 Cornerstones": a number written in figures, as slides and logos often write it.
        String key = Slugs.matchKey(java.util.regex.Pattern.compile("(?<!\\d)[1-9](?!\\d)").matcher(written)
                .replaceAll(m -> NUMBER_WORDS.get(Integer.parseInt(m.group()) - 1)));
        return frameworks.stream()
                .filter(f -> Slugs.matchKey(f.id()).equals(key) || Slugs.matchKey(f.name()).equals(key)).findFirst();
    }

    /** How many source files this loader has read from disk: the live preview's reuse is shown by counting. */
    public int filesRead() {
        return filesRead;
    }

    private Optional<Area> loadArea(Path folder, CharterReader charterReader) {
        String slug = folder.getFileName().toString();
        Path file = folder.resolve("charter.md");
        if (!Files.isRegularFile(file)) {
            out.error(Location.of(relative(folder)), "the area folder has no charter.md",
                    "add `charter.md` to the folder, or remove the folder");
            return Optional.empty();
        }
        Optional<byte[]> bytes = bytes(file);
        Optional<Charter> charter = Fault.guard("reading", relative(file), () -> bytes
                .flatMap(b -> SourceText.decode(relative(file), b, out)).flatMap(charterReader::read));
        // Everything in assets/ is published as it is: a link out would publish what lies outside.
        leadsOut(folder.resolve("assets"), "folder");
        if (charter.isEmpty()) {
            return Optional.empty();
        }
        // The area's folder is listed once, for the files nothing reads and for the translations.
        List<Path> children = sortedChildren(folder);
        unreadFiles(children);
        // Listed once for the charter and all its translations, so a link out is reported once, not per language.
        List<Path> versionFiles = versionFiles(folder);
        List<Release> releases = loadReleases(versionFiles, charterReader);
        return Optional.of(new Area(slug, folder, charter.get(), Fingerprints.sha256(bytes.get()), loadPages(folder),
                releases, loadManifest(folder), loadEvaluations(folder), Location.of(relative(folder)),
                loadEasyRead(folder, charter.get(), "easy-read.md"),
                loadTranslations(folder, children, charter.get(), versionFiles, releases, charterReader)));
    }

    /**
     * The charter's translations, {@code charter.<language>.md}, in the order of their language tags, each with
     * its released versions ({@code versions/<version>.<language>.md}) and its Easy Read edition
     * ({@code easy-read.<language>.md}). A translation is read with the original's framework and takes the
     * facts one agreement shares from the original.
     */
    private List<Translation> loadTranslations(Path areaFolder, List<Path> children, Charter original,
            List<Path> versionFiles, List<Release> originalReleases, CharterReader reader) {
        List<Translation> translations = new ArrayList<>();
        for (Path file : children) {
            String name = file.getFileName().toString();
            Optional<String> tag = Translations.tagOf(name, "charter");
            if (tag.isEmpty() || !Files.isRegularFile(file)) {
                continue;
            }
            String language = tag.get();
            if (!Translations.known(language)) {
                out.error(Location.of(relative(file)), "`" + name + "` is named like a translation, but `" + language
                                + "` is not a language tag Charterkit knows",
                        "name a translation `charter.<language>.md` with a language tag such as `cy` (Welsh), `ur`"
                                + " (Urdu) or `pl` (Polish); a file that is not a translation belongs elsewhere");
                continue;
            }
            Optional<byte[]> bytes = bytes(file);
            Optional<Charter> written = Fault.guard("reading", relative(file), () -> bytes
                    .flatMap(b -> SourceText.decode(relative(file), b, out))
                    .flatMap(text -> reader.read(text, original.frameworkId())));
            if (written.isEmpty()) {
                continue;
            }
            Charter charter = Translations.merged(original, written.get(), language);
            translations.add(new Translation(language, charter, written.get(), Fingerprints.sha256(bytes.get()),
                    loadTranslatedReleases(versionFiles, language, originalReleases, reader),
                    loadEasyRead(areaFolder, charter, "easy-read." + language + ".md"), Location.of(relative(file))));
        }
        return translations;
    }

    /** The folders an area's folder may hold beside its charter files. */
    private static final Set<String> AREA_FOLDERS = Set.of("assets", "versions", "evaluations", "pages");

    /**
     * Warns of each file in an area's folder that nothing reads: a young people's version or the printed charter
     * dropped beside {@code charter.md}, which its author expects to see published and which is not. A README and
     * hidden files are an editor's own.
     */
    private void unreadFiles(List<Path> areaChildren) {
        for (Path file : areaChildren) {
            String name = file.getFileName().toString();
            boolean read = name.equals("charter.md") || name.equals("easy-read.md")
                    || Translations.tagOf(name, "charter").isPresent() || Translations.tagOf(name, "easy-read").isPresent()
                    || Files.isDirectory(file) && AREA_FOLDERS.contains(name);
            if (read || name.startsWith(".") || name.toLowerCase(java.util.Locale.ROOT).startsWith("readme")
                    || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            out.warning(Location.of(relative(file)), "`" + name + "` is not read, so it is not published: an area's"
                            + " folder holds charter.md, its translations (charter.cy.md), easy-read.md and the folders"
                            + " assets/, pages/ and versions/",
                    name.endsWith(".md") ? "to publish it as a page of the area's own, move it into pages/ (with a"
                            + " `title:`); to keep it as a note, move it out of charters/"
                            : "to offer it for download, move it into assets/ and link to it from the charter or a"
                            + " page; otherwise move it out of charters/");
        }
    }

    /** A translation's released versions: each the translation of a released version of the original. */
    private List<Release> loadTranslatedReleases(List<Path> versionFiles, String language,
            List<Release> originalReleases, CharterReader reader) {
        List<Release> releases = new ArrayList<>();
        for (Path file : versionFiles) {
            String name = file.getFileName().toString();
            if (!Translations.releaseTag(name).filter(language::equals).isPresent()) {
                continue;
            }
            String version = Translations.releaseVersion(name, language);
            Optional<Release> original = originalReleases.stream()
                    .filter(r -> r.charter().version().equals(version)).findFirst();
            if (original.isEmpty()) {
                out.error(Location.of(relative(file)), "`" + name + "` translates version " + version
                                + ", but there is no released version " + version + " (`versions/" + version + ".md`)",
                        "name the file after a released version of charter.md, or remove it");
                continue;
            }
            bytes(file).ifPresent(bytes -> {
                String fingerprint = Fingerprints.sha256(bytes);
                Fault.guard("reading", relative(file), () -> release(file, bytes, fingerprint, reader,
                        (r, text) -> r.read(text, original.get().charter().frameworkId())))
                        .ifPresent(written -> releases.add(new Release(
                                Translations.merged(original.get().charter(), written, language), name, fingerprint)));
            });
        }
        return releases;
    }

    /** The area's Easy Read edition, {@code easy-read.md} (or a translation of it); an area may have none. */
    private Optional<EasyRead> loadEasyRead(Path areaFolder, Charter charter, String fileName) {
        Path file = areaFolder.resolve(fileName);
        if (leadsOut(file, "file") || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return read(file).map(text -> new EasyReadReader(out, settings.limits()).read(text, charter));
    }

    /** The knowledge base, {@code content/knowledge/*.md}; a project may have none. */
    private List<KnowledgePage> loadKnowledge() {
        List<KnowledgePage> pages = new ArrayList<>();
        Path folder = root.resolve("content").resolve("knowledge");
        if (leadsOut(folder, "folder") || !Files.isDirectory(folder)) {
            return pages;
        }
        KnowledgeReader reader = new KnowledgeReader(out, settings.limits());
        for (Path file : sortedChildren(folder)) {
            String name = file.getFileName().toString();
            // A translation (cornerstones.cy.md) is read with its language, not as a page of its own.
            if (name.endsWith(".md") && translationTag(name).isEmpty()) {
                Fault.guard("reading", relative(file), () -> read(file)
                        .flatMap(text -> reader.read(text, name.substring(0, name.length() - 3))))
                        .ifPresent(pages::add);
            }
        }
        return pages;
    }

    /**
     * The language tag of a guide's translation, {@code <slug>.<language>.md}: the part after the last dot, when
     * it is a language Charterkit knows; otherwise the name is an English page's, dots and all.
     */
    private static Optional<String> translationTag(String name) {
        String stem = name.substring(0, name.length() - ".md".length());
        int dot = stem.lastIndexOf('.');
        return dot < 0 || !Translations.known(stem.substring(dot + 1)) ? Optional.empty()
                : Optional.of(stem.substring(dot + 1));
    }

    /** The knowledge base's translated pages, {@code content/knowledge/<slug>.<language>.md}, by language. */
    private Map<String, List<KnowledgePage>> loadKnowledgeTranslations() {
        Map<String, List<KnowledgePage>> byLanguage = new TreeMap<>();
        Path folder = root.resolve("content").resolve("knowledge");
        if (leadsOut(folder, "folder") || !Files.isDirectory(folder)) {
            return byLanguage;
        }
        KnowledgeReader reader = new KnowledgeReader(out, settings.limits());
        for (Path file : sortedChildren(folder)) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".md")) {
                continue;
            }
            translationTag(name).ifPresent(language -> {
                String slug = name.substring(0, name.length() - (language.length() + ".md".length() + 1));
                Fault.guard("reading", relative(file), () -> read(file).flatMap(text -> reader.read(text, slug)))
                        .ifPresent(page -> byLanguage.computeIfAbsent(language, l -> new ArrayList<>()).add(page));
            });
        }
        return byLanguage;
    }

    /** The glossary's translations, {@code content/glossary.<language>.yml}, by language. */
    private Map<String, List<GlossaryEntry>> loadGlossaryTranslations() {
        Map<String, List<GlossaryEntry>> byLanguage = new TreeMap<>();
        Path folder = root.resolve("content");
        if (!Files.isDirectory(folder)) {
            return byLanguage;
        }
        for (Path file : sortedChildren(folder)) {
            String name = file.getFileName().toString();
            if (!name.startsWith("glossary.") || !name.endsWith(".yml") || name.equals("glossary.yml")
                    || leadsOut(file, "file")) {
                continue;
            }
            String language = name.substring("glossary.".length(), name.length() - ".yml".length());
            if (!Translations.known(language)) {
                continue;
            }
            Fault.guard("reading", relative(file), () -> read(file).map(new GlossaryReader(out)::read))
                    .ifPresent(entries -> byLanguage.put(language, entries.stream()
                            .sorted(java.util.Comparator.comparing(GlossaryEntry::sortKey)).toList()));
        }
        return byLanguage;
    }

    /** The glossary, {@code content/glossary.yml}; a project may have none. */
    private List<GlossaryEntry> loadGlossary() {
        Path file = root.resolve("content").resolve("glossary.yml");
        if (leadsOut(file, "file") || !Files.isRegularFile(file)) {
            return List.of();
        }
        return Fault.guard("reading", relative(file),
                () -> read(file).map(new GlossaryReader(out)::read).orElse(List.of()));
    }

    private List<Framework> loadFrameworks() {
        List<Framework> frameworks = new ArrayList<>();
        Path folder = root.resolve("content").resolve("frameworks");
        if (!Files.isDirectory(folder)) {
            out.error(Location.of("content/frameworks"), "there is no `content/frameworks` folder",
                    "run charterkit from the project folder, or name it with `--root`");
            return frameworks;
        }
        FrameworkReader reader = new FrameworkReader(out);
        for (Path file : sortedChildren(folder)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yml") || name.endsWith(".yaml")) {
                String id = name.substring(0, name.lastIndexOf('.'));
                Fault.guard("reading", relative(file), () -> read(file).flatMap(text -> reader.read(text, id)))
                        .ifPresent(frameworks::add);
            }
        }
        return frameworks;
    }

    /** The record the accessibility tests keep of their last run; absent before they have first run. */
    private Optional<AccessibilityTesting> loadAccessibilityTesting() {
        Path file = root.resolve("content").resolve("accessibility-testing.yml");
        if (leadsOut(file, "file") || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Fault.guard("reading", relative(file), () -> read(file).flatMap(new TestingRecordReader(out)::read));
    }

    /** The files of the area's {@code versions/} folder, sorted; none when it is missing or leads out. */
    private List<Path> versionFiles(Path areaFolder) {
        Path folder = areaFolder.resolve("versions");
        if (leadsOut(folder, "folder") || !Files.isDirectory(folder)) {
            return List.of();
        }
        return sortedChildren(folder);
    }

    /** The released versions, {@code versions/*.md}, each read like a charter and hashed as it is on disk. */
    private List<Release> loadReleases(List<Path> versionFiles, CharterReader reader) {
        List<Release> releases = new ArrayList<>();
        for (Path file : versionFiles) {
            String name = file.getFileName().toString();
            // A translated release (1.0.cy.md) belongs to its translation, not to the original's versions.
            if (!name.endsWith(".md") || Translations.releaseTag(name).isPresent()) {
                continue;
            }
            bytes(file).ifPresent(bytes -> {
                String fingerprint = Fingerprints.sha256(bytes);
                Fault.guard("reading", relative(file), () -> release(file, bytes, fingerprint, reader,
                        CharterReader::read)).ifPresent(charter -> releases.add(new Release(charter, name,
                        fingerprint)));
            });
        }
        return releases;
    }

    /** {@code versions/SHA256SUMS}: one {@code <hash>  <file>} line per released version, as sha256sum writes. */
    private ReleaseManifest loadManifest(Path areaFolder) {
        Path file = areaFolder.resolve("versions").resolve(ReleaseManifest.FILE_NAME);
        Location where = Location.of(relative(file));
        if (!Files.isRegularFile(file)) {
            return ReleaseManifest.empty(where);
        }
        Map<String, String> hashes = new TreeMap<>();
        Map<String, Location> lines = new TreeMap<>();
        Optional<SourceText> text = read(file);
        if (text.isEmpty()) {
            return ReleaseManifest.empty(where);
        }
        String[] rows = text.get().text().split("\r?\n");
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            Matcher m = MANIFEST_LINE.matcher(rows[i]);
            if (m.matches()) {
                hashes.put(m.group(2), m.group(1).toLowerCase(java.util.Locale.ROOT));
                lines.put(m.group(2), where.at(i + 1, 1));
            } else {
                out.error(where.at(i + 1, 1), "this line of the release manifest is not `<sha256>  <file>`",
                        "the manifest is written by `./charterkit release`; restore it from git rather than edit it");
            }
        }
        return new ReleaseManifest(hashes, lines, where);
    }

    /** The self-evaluations an area has published, {@code evaluations/*.yml}; an area may have none. */
    private List<Evaluation> loadEvaluations(Path areaFolder) {
        List<Evaluation> evaluations = new ArrayList<>();
        Path folder = areaFolder.resolve("evaluations");
        if (leadsOut(folder, "folder") || !Files.isDirectory(folder)) {
            return evaluations;
        }
        EvaluationReader reader = new EvaluationReader(out);
        for (Path file : sortedChildren(folder)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json")) {
                read(file).flatMap(reader::read).ifPresent(evaluations::add);
            }
        }
        return evaluations;
    }

    private List<Page> loadPages(Path areaFolder) {
        List<Page> pages = new ArrayList<>();
        Path folder = areaFolder.resolve("pages");
        if (leadsOut(folder, "folder") || !Files.isDirectory(folder)) {
            return pages;
        }
        PageReader reader = new PageReader(out, settings.limits());
        List<Path> files = sortedChildren(folder);
        Set<String> named = new java.util.HashSet<>();
        files.forEach(f -> named.add(f.getFileName().toString()));
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".md")) {
                String written = name.substring(0, name.length() - 3);
                String slug = written;
                String address = Slugs.slugify(written);
                if (!Slugs.isValid(written) && Slugs.isValid(address) && !named.contains(address + ".md")) {
                    // "Meet The Forum.md", as a file is named on a desktop: published at the address it spells.
                    slug = address;
                    out.warning(Location.of(relative(file)), "the page name `" + written + "` is not a web"
                                    + " address: the page is published at `" + address + "/`",
                            "rename the file `" + address + ".md`, so that its name is its address");
                }
                String pageSlug = slug;
                Fault.guard("reading", relative(file), () -> read(file).flatMap(text -> reader.read(text, pageSlug)))
                        .ifPresent(pages::add);
            }
        }
        return pages;
    }

    private Optional<SourceText> read(Path file) {
        return bytes(file).flatMap(bytes -> SourceText.decode(relative(file), bytes, out));
    }

    /** A source file's bytes, refusing files over the size limit; every source is read through here once. */
    private Optional<byte[]> bytes(Path file) {
        String path = relative(file);
        if (leadsOut(file, "file")) {
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size > settings.maxFileBytes()) {
                out.error(Location.of(path), "the file is " + size / 1000 + " kB, over the limit of "
                        + settings.maxFileBytes() / 1000 + " kB", "a charter is text: move large images to assets/,"
                                + " or raise `max-file-size-kb` in charterkit.yml if the file really is this long");
                return Optional.empty();
            }
            filesRead++;
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            out.error(Location.of(path), "the file cannot be read: " + e.getMessage(),
                    "check that the file exists and can be read");
            return Optional.empty();
        }
    }

    /**
     * Whether {@code path} is, or is reached through, a link that leads out of the project; if so, says so at
     * its path. What a source says is published, so a link to a file elsewhere on the machine would publish
     * that file. A link that leads nowhere is judged by where it points.
     */
    private boolean leadsOut(Path path, String what) {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path resolved;
        try {
            resolved = path.toRealPath();
        } catch (IOException e) {
            if (!Files.isSymbolicLink(path)) {
                return false;
            }
            try {
                resolved = path.toAbsolutePath().resolveSibling(Files.readSymbolicLink(path)).normalize();
            } catch (IOException unreadable) {
                return false;
            }
        }
        if (resolved.startsWith(realRoot)) {
            return false;
        }
        String shown = relative(path);
        out.error(Location.of(shown), "`" + shown + "` is a link to a " + what + " outside the project, and what"
                        + " it holds would be published",
                "replace the link with a copy of the " + what + " itself, inside the project, or remove it");
        return true;
    }

    /** The path people see in messages: relative to the project, with forward slashes on every system. */
    private String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Children sorted by name, so the same folder reads the same way on every machine. */
    private List<Path> sortedChildren(Path folder) {
        if (leadsOut(folder, "folder")) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted().toList();
        } catch (IOException e) {
            out.error(Location.of(relative(folder)), "the folder cannot be read: " + e.getMessage(),
                    "check that the folder exists and can be read");
            return List.of();
        }
    }
}

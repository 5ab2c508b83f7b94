package org.charterkit.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.load.ProjectLoader;
import org.charterkit.load.Slugs;
import org.charterkit.load.Suggestions;
import org.charterkit.model.Framework;
import org.charterkit.model.Project;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Writes {@code charters/<slug>/charter.md} for a new area from its framework: every cornerstone heading with
 * the framework's lead-in ("We will:") and a note on what to write, so that the charter passes the check once
 * its commitments are filled in. It never overwrites an area that exists.
 */
public final class Scaffolder {

    private final Path root;

    public Scaffolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The new charter file, or nothing when the slug, the area or the framework is wrong (reported). */
    public Optional<Path> create(String slug, String areaName, String frameworkId, Diagnostics out) {
        return create(slug, areaName, frameworkId, java.util.List.of(), false, out);
    }

    /**
     * The same, in the other shapes charters take: with {@code values}, a framework of the area's own values
     * written as prose ({@code content/frameworks/<slug>-values.yml}, {@code form: prose}) and a charter with a
     * numbered heading for each; with {@code pledges}, a {@code pledges:} list to fill in.
     */
    public Optional<Path> create(String slug, String areaName, String frameworkId, java.util.List<String> values,
            boolean pledges, Diagnostics out) {
        Location where = Location.of("charters/" + slug);
        if (!Slugs.isValid(slug)) {
            out.error(where, "`" + slug + "` cannot be an area's folder name",
                    "use lower-case letters and digits in words joined by `-`, like `" + Slugs.slugify(slug) + "`");
            return Optional.empty();
        }
        if (Slugs.isWindowsDeviceName(slug)) {
            out.error(where, "`" + slug + "` is a device name on Windows, where no folder can have it",
                    "name the folder after the area, such as `" + slug + "-area`, so that people editing on Windows"
                            + " can check it out; Windows keeps con, prn, aux, nul, com0 to com9 and lpt0 to lpt9");
            return Optional.empty();
        }
        Path folder = root.resolve("charters").resolve(slug);
        if (Files.exists(folder)) {
            out.error(where, "the area `" + slug + "` exists already",
                    "edit charters/" + slug + "/charter.md, or choose another name for the new area");
            return Optional.empty();
        }
        if (areaName.isBlank()) {
            out.error(where, "the new area has no name", "give it with --area, like `--area \"Brighton and Hove\"`");
            return Optional.empty();
        }
        Diagnostics loading = new Diagnostics();
        Project project = new ProjectLoader(root, loading).load(Optional.of(slug));
        Optional<Path> valuesFile = Optional.empty();
        if (!values.isEmpty()) {
            frameworkId = slug + "-values";
            Path file = root.resolve("content/frameworks").resolve(frameworkId + ".yml");
            if (Files.exists(file) || project.framework(frameworkId).isPresent()) {
                out.error(Location.of("content/frameworks/" + frameworkId + ".yml"), "the framework `" + frameworkId
                                + "` exists already",
                        "start the charter on it with `--framework " + frameworkId + "` instead of `--value`");
                return Optional.empty();
            }
            valuesFile = Optional.of(file);
        }
        Optional<Framework> framework = values.isEmpty() ? project.framework(frameworkId)
                : Optional.of(valuesFramework(frameworkId, areaName.strip(), values));
        if (framework.isEmpty()) {
            Optional<String> near = Suggestions.closest(frameworkId,
                    project.frameworks().stream().map(Framework::id).toList());
            out.error(Location.of("content/frameworks"), "there is no framework `" + frameworkId + "`"
                            + near.map(n -> " (did you mean `" + n + "`?)").orElse(""),
                    "the frameworks are: " + String.join(", ", project.frameworks().stream().map(Framework::id)
                            .toList()));
            return Optional.empty();
        }
        Context context = new Context();
        String name = areaName.strip();
        // A YAML comment ends at the line's end, so the note gets the name on one line.
        context.setVariable("areaName", name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+", " "));
        context.setVariable("titleYaml", yamlScalar("Working Together Charter for " + name));
        context.setVariable("areaYaml", yamlScalar(name));
        context.setVariable("framework", framework.get());
        context.setVariable("pledges", pledges);
        context.setVariable("frameworkNameYaml", yamlScalar(framework.get().name()));
        context.setVariable("valueNamesYaml", framework.get().cornerstones().stream()
                .map(c -> yamlScalar(c.name())).toList());
        String text = engine().process("charter.md", context);
        Path file = folder.resolve("charter.md");
        try {
            if (valuesFile.isPresent()) {
                Files.createDirectories(valuesFile.get().getParent());
                Files.writeString(valuesFile.get(), engine().process("values-framework.yml", context),
                        StandardCharsets.UTF_8);
            }
            Files.createDirectories(folder);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.error(where, "the new area could not be written: " + e.getMessage(),
                    "check there is permission to write in charters/");
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** A framework of the area's values, each a statement in prose, as the scaffold writes it to its file. */
    private static Framework valuesFramework(String id, String areaName, java.util.List<String> values) {
        java.util.List<org.charterkit.model.Cornerstone> parts = values.stream().map(v -> v.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+", " ").strip())
                .map(v -> new org.charterkit.model.Cornerstone(Slugs.slugify(v), v, java.util.List.of(), "",
                        java.util.List.of()))
                .toList();
        return new Framework(id, areaName + " co-production values", "", "", "value", "values", "",
                Optional.empty(), parts, java.util.List.of(), java.util.List.of(), java.util.List.of(), Location.of(id),
                true);
    }

    /**
     * A value as one YAML scalar, written by SnakeYAML Engine rather than pasted between quotes, so a name with a
     * quote mark or a line break in it reads back as exactly that name and cannot add fields of its own.
     */
    static String yamlScalar(String value) {
        DumpSettings settings = DumpSettings.builder().setDefaultScalarStyle(ScalarStyle.DOUBLE_QUOTED)
                .setSplitLines(false).build();
        return new Dump(settings).dumpToString(value).strip();
    }

    private TemplateEngine engine() {
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(root.resolve("themes/default/scaffold").toString() + "/");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}

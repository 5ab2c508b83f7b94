package org.charterkit.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Optional;
import org.charterkit.check.Checker;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.load.Fingerprints;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.Area;
import org.charterkit.model.CharterStatus;
import org.charterkit.model.Project;
import org.charterkit.model.Release;
import org.charterkit.model.ReleaseManifest;
import org.charterkit.model.VersionOrder;

/**
 * Copies {@code charter.md} to {@code versions/<version>.md} (and each translation, {@code charter.cy.md}, to
 * {@code versions/<version>.cy.md}) and records its SHA-256 in
 * {@code versions/SHA256SUMS}, refusing when the project does not pass the check, the charter is not adopted, or
 * its version is not newer than every released one.
 */
public final class Releaser {

    private final Path root;
    private final LocalDate today;

    public Releaser(Path root, LocalDate today) {
        this.root = root.toAbsolutePath().normalize();
        this.today = today;
    }

    /** Releases the area's current charter; problems are added to {@code out}, and the released file returned. */
    public Optional<Path> release(String slug, Diagnostics out) {
        Project project = new ProjectLoader(root, out).load(Optional.empty());
        new Checker(today).check(project, out);
        if (out.hasErrors()) {
            return Optional.empty();
        }
        Optional<Area> found = project.areas().stream().filter(a -> a.slug().equals(slug)).findFirst();
        if (found.isEmpty()) {
            out.error(Location.of("charters"), "there is no area `" + slug + "`",
                    "use the name of a folder under charters/");
            return Optional.empty();
        }
        Area area = found.get();
        var charter = area.charter();
        Location version = charter.frontMatter().keys().getOrDefault("version", charter.location());
        if (charter.status().filter(s -> s == CharterStatus.ADOPTED).isEmpty()) {
            out.error(charter.frontMatter().keys().getOrDefault("status", charter.location()),
                    "only an adopted charter can be released",
                    "set `status: adopted` and the `adopted` date once the partners have signed it");
            return Optional.empty();
        }
        for (Release release : area.releases()) {
            if (VersionOrder.compare(charter.version(), release.charter().version()) <= 0) {
                out.error(version, "version " + charter.version() + " is not newer than the released version "
                                + release.charter().version(),
                        "give charter.md a higher version number first, such as `version: \""
                                + VersionOrder.nextMajor(release.charter().version()) + "\"`");
                return Optional.empty();
            }
        }
        Path source = area.folder().resolve("charter.md");
        Path versions = area.folder().resolve("versions");
        Path target = versions.resolve(charter.version() + ".md");
        try {
            byte[] bytes = Files.readAllBytes(source);
            Files.createDirectories(versions);
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW);
            StringBuilder line = new StringBuilder(Fingerprints.sha256(bytes) + "  " + target.getFileName() + "\n");
            // The translations are released with the charter: one agreement, frozen in every language together.
            for (var translation : area.translations()) {
                Path translated = versions.resolve(charter.version() + "." + translation.language() + ".md");
                byte[] text = Files.readAllBytes(root.resolve(translation.location().file()));
                Files.write(translated, text, StandardOpenOption.CREATE_NEW);
                line.append(Fingerprints.sha256(text)).append("  ").append(translated.getFileName()).append('\n');
            }
            Files.writeString(versions.resolve(ReleaseManifest.FILE_NAME), line.toString(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return Optional.of(target);
        } catch (IOException e) {
            out.error(Location.of(root.relativize(target).toString()), "the version could not be written: " + e,
                    "check there is permission to write in " + versions);
            return Optional.empty();
        }
    }

}

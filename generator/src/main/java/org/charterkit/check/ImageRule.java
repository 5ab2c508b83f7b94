package org.charterkit.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.load.Suggestions;
import org.charterkit.model.Area;
import org.charterkit.model.ImageUse;
import org.charterkit.model.Partner;
import org.charterkit.model.Project;

/**
 * Every image a charter shows is the area's own file, described for people who cannot see it, and a logo is
 * used only with its organisation's consent.
 *
 * <p>An image path is the one place a pull request could reach outside its area's folder (another area's
 * files, the build machine's files); whatever it names is published, so a path that leaves the folder, by
 * {@code ..}, an absolute path or a symbolic link, is refused.
 */
final class ImageRule implements AreaRule {

    /** What a browser and the PDF printer both show; SVG is left out because it can carry script. */
    static final Set<String> FORMATS = Set.of("png", "jpg", "jpeg", "gif");

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        for (ImageUse image : area.images()) {
            checkImage(area, image, out);
        }
        for (Partner partner : area.charter().partners()) {
            partner.logo().filter(logo -> !partner.logoConsent()).ifPresent(logo -> out.error(logo.location(),
                    "the logo of " + partner.name() + " is used without a record of its consent",
                    "the charter promises to use logos only with consent: once " + partner.name()
                            + " has agreed, add `logo-consent: true` under this partner"));
        }
        checkAssetLinks(area, out);
    }

    private static void checkImage(Area area, ImageUse image, Diagnostics out) {
        String path = image.path();
        if (image.alt().isBlank()) {
            out.error(image.location(), image.role() + " has no alt text",
                    image.role().startsWith("an image")
                            ? "describe the image between the square brackets: `![Parents and officers at the"
                                    + " VOICES day](" + path + ")`"
                            : "add a line `" + altKey(image) + ": ...` saying what it shows, such as `"
                                    + altKey(image) + ": " + altExample(image) + "`");
        }
        if (path.isBlank()) {
            out.error(image.location(), image.role() + " names no file",
                    "write the file's path in the area's folder, like `assets/logo.png`");
            return;
        }
        if (path.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || path.startsWith("//")) {
            // Web addresses in the text are replaced by their alt text when rendered; a logo or signature must be a file.
            if (!image.role().startsWith("an image")) {
                out.error(image.location(), image.role() + " must be a file in the area's folder, not `" + path + "`",
                        "save the image into the area's `assets/` folder and write its path, like `assets/logo.png`");
            }
            return;
        }
        Path folder = area.folder().toAbsolutePath().normalize();
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("(?i)^[a-z]:.*")) {
            out.error(image.location(), image.role() + " uses the absolute path `" + path + "`",
                    "write the path from the area's folder, like `assets/" + fileName(path) + "`");
            return;
        }
        Path file = folder.resolve(path.replace('\\', '/')).normalize();
        if (!file.startsWith(folder)) {
            out.error(image.location(), image.role() + " points outside the area's folder: `" + path + "`",
                    "copy the image into this area's `assets/` folder and write `assets/" + fileName(path) + "`");
            return;
        }
        if (!file.startsWith(folder.resolve("assets"))) {
            // Only assets/ is published beside the pages.
            out.error(image.location(), image.role() + " is not in the area's `assets/` folder: `" + path + "`",
                    "move the image into `assets/` and write `assets/" + fileName(path) + "`");
            return;
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Optional<String> near = nearestAsset(folder, path);
            out.error(image.location(), "there is no file `" + path + "` for " + image.role()
                            + near.map(n -> " (did you mean `" + n + "`?)").orElse(""),
                    near.map(n -> "correct the path to `" + n + "`")
                            .orElse("add the image to the area's `assets/` folder, or correct the path"));
            return;
        }
        // A link in assets/ that leads out is reported once, by the look over everything assets/ publishes.
        String extension = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!FORMATS.contains(extension)) {
            out.error(image.location(), image.role() + " is not a PNG, JPEG or GIF image: `" + path + "`",
                    "save it as PNG (best for logos and signatures) or JPEG (best for photos)");
        }
    }

    /** Everything under {@code assets/} is published, so a link in it must not lead out of the area. */
    private static void checkAssetLinks(Area area, Diagnostics out) {
        Path folder = area.folder().toAbsolutePath().normalize();
        Path assets = folder.resolve("assets");
        if (!Files.isDirectory(assets, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path file : walk.sorted().toList()) {
                if (Files.isSymbolicLink(file) && leavesFolder(folder, file)) {
                    String relative = folder.relativize(file).toString().replace('\\', '/');
                    out.error(Location.of(area.location().file() + "/" + relative),
                            "`" + relative + "` is a link to a file outside the area's folder, and everything in"
                                    + " `assets/` is published",
                            "replace the link with a copy of the file itself, or remove it");
                } else if (hardLinks(file) > 1) {
                    String relative = folder.relativize(file).toString().replace('\\', '/');
                    out.error(Location.of(area.location().file() + "/" + relative),
                            "`" + relative + "` is a hard link (the same file has " + hardLinks(file) + " names on"
                                    + " this disk), and everything in `assets/` is published; its other names may"
                                    + " be outside the project, and git cannot carry hard links",
                            "replace it with a copy of its own: copy it aside, delete it, and move the copy back");
                }
            }
        } catch (IOException e) {
            out.error(Location.of(assets.toString()), "the area's assets folder cannot be read: " + e.getMessage(),
                    "check the folder's permissions");
        }
    }

    /**
     * How many names a regular file has on disk; 1 where the file system cannot say. A file with more is a hard
     * link, whose other names could be anywhere on the disk: nothing tells where.
     */
    private static int hardLinks(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return 1;
        }
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return 1;
        }
    }

    private static boolean leavesFolder(Path folder, Path file) {
        try {
            return !file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            // A link to nothing: nothing outside can be published through it.
            return Files.isSymbolicLink(file);
        }
    }

    private static Optional<String> nearestAsset(Path folder, String path) {
        Path assets = folder.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(assets)) {
            List<String> known = walk.filter(Files::isRegularFile)
                    .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
            return Suggestions.closest(path, known);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String fileName(String path) {
        String name = path.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static String altKey(ImageUse image) {
        return image.role().startsWith("the logo") ? "logo-alt" : "signature-alt";
    }

    private static String altExample(ImageUse image) {
        return image.role().startsWith("the logo") ? "Warwickshire County Council logo" : "Signed by Nigel Miles";
    }
}

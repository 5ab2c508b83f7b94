package org.charterkit.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.charterkit.model.PictureSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Reads the theme's Easy Read pictures, {@code assets/easy-read/pictures.yml}: name, file and alt text of each.
 * The file is the theme's own, shipped with Charterkit, not an area's.
 */
public final class PictureSetReader {

    /** Where the set is, from the theme folder; the pictures are in {@code pictures/} beside it. */
    public static final String FILE = "assets/easy-read/pictures.yml";

    /** The set of the theme in {@code theme}; empty when the theme has none. */
    public PictureSet read(Path theme) {
        Path file = theme.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new PictureSet(Map.of());
        }
        try {
            Object root = new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
            Map<String, PictureSet.Picture> pictures = new LinkedHashMap<>();
            if (root instanceof Map<?, ?> map) {
                map.forEach((name, value) -> {
                    if (value instanceof Map<?, ?> fields) {
                        pictures.put(name.toString(), new PictureSet.Picture(name.toString(),
                                String.valueOf(fields.get("file")), String.valueOf(fields.get("alt"))));
                    }
                });
            }
            return new PictureSet(pictures);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the theme's Easy Read pictures cannot be read", e);
        }
    }
}

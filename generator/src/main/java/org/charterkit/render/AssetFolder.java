package org.charterkit.render;

import java.nio.file.Path;

/** A folder whose files are published as they are: the theme's CSS and fonts, an area's images. */
public record AssetFolder(Path source, String target) {
}

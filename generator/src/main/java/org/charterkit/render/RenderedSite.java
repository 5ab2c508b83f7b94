package org.charterkit.render;

import java.util.List;

/**
 * The whole site in memory, ready to be written: every page's HTML and the folders to copy beside them.
 *
 * @param reused the paths of the pages a kept renderer handed out as it made them before, since nothing they
 *               show had changed (a version's page, a "what changed" page...), rather than making them again
 */
public record RenderedSite(List<RenderedPage> pages, List<AssetFolder> assets, java.util.Set<String> reused) {

    public RenderedSite {
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
        reused = java.util.Set.copyOf(reused);
    }

    public RenderedSite(List<RenderedPage> pages, List<AssetFolder> assets) {
        this(pages, assets, java.util.Set.of());
    }
}

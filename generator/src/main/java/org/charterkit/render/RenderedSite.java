package org.charterkit.render;

import java.util.List;

/** The whole site in memory, ready to be written: every page's HTML and the folders to copy beside them. */
public record RenderedSite(List<RenderedPage> pages, List<AssetFolder> assets) {

    public RenderedSite {
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
    }
}

package org.charterkit.serve;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.charterkit.diagnostic.Diagnostic;
import org.charterkit.render.AssetFolder;
import org.charterkit.render.RenderedPage;
import org.charterkit.render.RenderedSite;

/**
 * One state of the live preview: the rendered files held in memory, the asset folders served straight from the
 * sources, or, while the sources have errors, the problem page in place of every page.
 *
 * @param files    each rendered file by its path in the site
 * @param assets   each asset folder by the path it is served under ({@code assets/}, {@code warwickshire/assets/})
 * @param problems the errors (and warnings) that stop the site being shown; empty when it is shown
 * @param problemPage the page shown for every page while there are problems
 */
public record LiveSite(Map<String, byte[]> files, Map<String, FolderFiles> assets, List<Diagnostic> problems,
        byte[] problemPage) implements SiteFiles {

    public LiveSite {
        files = Map.copyOf(files);
        assets = Map.copyOf(assets);
        problems = List.copyOf(problems);
    }

    /** The site as it is before the first render has finished: nothing yet. */
    public static LiveSite empty() {
        return new LiveSite(Map.of(), Map.of(), List.of(), new byte[0]);
    }

    /** The rendered site, ready to serve. */
    public static LiveSite of(RenderedSite site) {
        Map<String, byte[]> files = new HashMap<>();
        for (RenderedPage page : site.pages()) {
            files.put(page.path(), page.content());
        }
        Map<String, FolderFiles> assets = new HashMap<>();
        for (AssetFolder folder : site.assets()) {
            assets.put(folder.target(), new FolderFiles(folder.source()));
        }
        return new LiveSite(files, assets, List.of(), new byte[0]);
    }

    /**
     * This site with one area rendered again: {@code rendered} holds that area's files and those of the whole
     * site's pages that show it (hub, compare page, search index...); every other file is kept as it was, and
     * the area's files that {@code rendered} no longer has are gone.
     *
     * @param areas every area's slug
     */
    public LiveSite withArea(String area, RenderedSite rendered, java.util.Set<String> areas) {
        Map<String, byte[]> merged = new HashMap<>();
        files.forEach((path, bytes) -> {
            if (!path.startsWith(area + "/")) {
                merged.put(path, bytes);
            }
        });
        for (RenderedPage page : rendered.pages()) {
            merged.put(page.path(), page.content());
        }
        Map<String, FolderFiles> folders = new HashMap<>();
        assets.forEach((path, folder) -> {
            String first = path.substring(0, path.indexOf('/'));
            if (!first.equals(area) && areas.contains(first)) {
                folders.put(path, folder);
            }
        });
        for (AssetFolder folder : rendered.assets()) {
            folders.put(folder.target(), new FolderFiles(folder.source()));
        }
        return new LiveSite(merged, folders, List.of(), new byte[0]);
    }

    /** The whole site as a build would write it, for {@code serve --out}. */
    public RenderedSite toRenderedSite() {
        List<RenderedPage> pages = files.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(file -> new RenderedPage(file.getKey(), file.getValue())).toList();
        List<AssetFolder> folders = assets.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(folder -> new AssetFolder(folder.getValue().root(), folder.getKey())).toList();
        return new RenderedSite(pages, folders);
    }

    /** The problem page in place of every page, the assets of the last good site kept so it keeps its style. */
    public LiveSite withProblems(List<Diagnostic> found, byte[] page) {
        return new LiveSite(Map.of(), assets, found, page);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    @Override
    public Optional<byte[]> file(String path) throws IOException {
        if (hasProblems() && path.endsWith(".html")) {
            return Optional.of(problemPage.clone());
        }
        byte[] rendered = files.get(path);
        if (rendered != null) {
            return Optional.of(rendered.clone());
        }
        for (Map.Entry<String, FolderFiles> folder : assets.entrySet()) {
            if (path.startsWith(folder.getKey())) {
                Optional<byte[]> found = folder.getValue().file(path.substring(folder.getKey().length()));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean folder(String path) {
        String prefix = path + "/";
        return files.keySet().stream().anyMatch(p -> p.startsWith(prefix))
                || assets.keySet().stream().anyMatch(p -> p.startsWith(prefix));
    }

    /**
     * The files that differ from {@code before}'s, so that only the pages showing them reload; {@link
     * LiveReload#EVERYTHING} when the problem page came or went, or the assets moved.
     */
    public Set<String> changedSince(LiveSite before) {
        Set<String> changed = new TreeSet<>();
        if (hasProblems() || before.hasProblems() || !assets.keySet().equals(before.assets.keySet())) {
            changed.add(LiveReload.EVERYTHING);
            return changed;
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!Arrays.equals(file.getValue(), before.files.get(file.getKey()))) {
                changed.add(file.getKey());
            }
        }
        for (String gone : before.files.keySet()) {
            if (!files.containsKey(gone)) {
                changed.add(gone);
            }
        }
        return changed;
    }
}

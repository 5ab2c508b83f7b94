package org.charterkit.accessibility;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.charterkit.TestProjects;
import org.charterkit.serve.SiteServer;

/** A site served on loopback with a browser open on it: what every browser test starts from. */
public final class ServedSite implements AutoCloseable {

    public final SiteServer server;
    public final Browser browser;
    public final List<String> pages;

    private ServedSite(Path site, List<String> pages) throws Exception {
        this.pages = pages;
        this.server = SiteServer.start(site, "127.0.0.1", 0);
        Browser opened;
        try {
            opened = new Browser();
        } catch (Exception | AssertionError e) {
            server.close();
            throw e;
        }
        this.browser = opened;
    }

    /** The real project, built into {@code dir} and served. */
    public static ServedSite realSite(Path dir) throws Exception {
        Path site = dir.resolve("site");
        TestProjects.buildRealSite(site);
        return new ServedSite(site, SitePages.all(site));
    }

    /** A folder of hand-written pages (the broken page), served as it is. */
    public static ServedSite folder(Path folder) throws Exception {
        return new ServedSite(folder, SitePages.all(folder));
    }

    public void open(String page) {
        browser.driver.get(server.url() + page);
    }

    /** Opens every page in turn and collects what {@code check} finds on each. */
    public List<String> onEveryPage(BiFunction<Browser, String, List<String>> check) {
        List<String> found = new ArrayList<>();
        for (String page : pages) {
            open(page);
            found.addAll(check.apply(browser, page));
        }
        return found;
    }

    @Override
    public void close() {
        browser.close();
        server.close();
    }
}

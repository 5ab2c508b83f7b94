package org.charterkit.render;

/**
 * Links from one page to another as relative addresses, so the same files work at the root of a domain, under
 * a sub-path such as GitHub Pages' {@code /<repo>/}, and when served locally.
 */
public final class Links {

    /** The site's guides, which have editions in other languages under {@code <folder>/<language>/}. */
    private static final java.util.List<String> GUIDES = java.util.List.of("knowledge/", "glossary/");

    private final String[] from;
    /** The language of the guides this page's links lead to ({@code cy}), or empty for the site's own. */
    private final String guides;

    /** @param pagePath the site path of the page the links are on ({@code warwickshire/charter/index.html}) */
    public Links(String pagePath) {
        this(pagePath, "");
    }

    /**
     * Links from a page in another language: its links to the knowledge base and the glossary lead to their
     * edition in {@code guides} ({@code knowledge/cy/…}), so a Welsh reader stays in Welsh.
     */
    public Links(String pagePath, String guides) {
        int cut = pagePath.lastIndexOf('/');
        this.from = cut < 0 ? new String[0] : pagePath.substring(0, cut).split("/");
        this.guides = guides;
    }

    /**
     * The relative address of a site path: a folder ({@code warwickshire/}), a file
     * ({@code assets/charterkit.css}), or the root ({@code ""}).
     */
    public String to(String target) {
        if (!guides.isEmpty()) {
            for (String folder : GUIDES) {
                if (target.startsWith(folder) && !target.startsWith(folder + guides + "/")) {
                    return exact(folder + guides + "/" + target.substring(folder.length()));
                }
            }
        }
        return exact(target);
    }

    /** The same, to exactly that page, whatever the language of the page the link is on: for language links. */
    public String exact(String target) {
        String[] parts = target.isEmpty() ? new String[0] : target.split("/", -1);
        boolean folder = target.isEmpty() || target.endsWith("/");
        int targetDirs = folder ? parts.length - (target.isEmpty() ? 0 : 1) : parts.length - 1;
        int common = 0;
        while (common < from.length && common < targetDirs && from[common].equals(parts[common])) {
            common++;
        }
        StringBuilder href = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            href.append("../");
        }
        for (int i = common; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                href.append(parts[i]);
                if (i < targetDirs) {
                    href.append('/');
                }
            }
        }
        return href.length() == 0 ? "./" : href.toString();
    }

    /** A link to a fragment of another page. */
    public String to(String target, String fragment) {
        return to(target) + "#" + fragment;
    }
}

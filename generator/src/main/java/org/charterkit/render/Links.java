package org.charterkit.render;

/**
 * Links from one page to another as relative addresses, so the same files work at the root of a domain, under
 * a sub-path such as GitHub Pages' {@code /<repo>/}, and when served locally.
 */
public final class Links {

    private final String[] from;

    /** @param pagePath the site path of the page the links are on ({@code warwickshire/charter/index.html}) */
    public Links(String pagePath) {
        int cut = pagePath.lastIndexOf('/');
        this.from = cut < 0 ? new String[0] : pagePath.substring(0, cut).split("/");
    }

    /**
     * The relative address of a site path: a folder ({@code warwickshire/}), a file
     * ({@code assets/charterkit.css}), or the root ({@code ""}).
     */
    public String to(String target) {
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

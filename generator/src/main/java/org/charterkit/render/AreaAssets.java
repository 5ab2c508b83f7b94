package org.charterkit.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Images and links in a charter's text are written from the area's folder ({@code ![…](assets/photo.jpg)}, as
 * the check insists, and {@code [the signed charter](assets/signed.pdf)}), but the same text appears on pages at
 * several depths; each is pointed at the area's published {@code assets/} from the page it is on. Without this, a
 * link from the charter page ({@code kent/charter/}) to {@code assets/signed.pdf} would lead to
 * {@code kent/charter/assets/signed.pdf}, which does not exist.
 *
 * <p>The theme's own files are never written so on an area's pages: they are at the site's top, so their
 * addresses there start with {@code ../}.
 */
final class AreaAssets {

    private AreaAssets() {
    }

    static String pointed(String html, String areaSlug, Links links) {
        if (!html.contains("src=\"assets/") && !html.contains("href=\"assets/")) {
            return html;
        }
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        for (Element image : page.select("img[src^=assets/]")) {
            image.attr("src", links.to(areaSlug + "/" + image.attr("src")));
        }
        for (Element link : page.select("a[href^=assets/]")) {
            link.attr("href", links.to(areaSlug + "/" + link.attr("href")));
        }
        return page.outerHtml();
    }
}

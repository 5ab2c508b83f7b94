package org.charterkit.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Images in a charter's text are written from the area's folder ({@code ![…](assets/photo.jpg)}, as the check
 * insists), but the same text appears on pages at several depths; each such image is pointed at the area's
 * published {@code assets/} from the page it is on.
 */
final class AreaImages {

    private AreaImages() {
    }

    static String pointed(String html, String areaSlug, Links links) {
        if (!html.contains("src=\"assets/")) {
            return html;
        }
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        for (Element image : page.select("img[src^=assets/]")) {
            image.attr("src", links.to(areaSlug + "/" + image.attr("src")));
        }
        return page.outerHtml();
    }
}

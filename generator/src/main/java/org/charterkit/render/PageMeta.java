package org.charterkit.render;

import org.charterkit.plan.PageKind;
import org.charterkit.plan.PlannedPage;

/**
 * What a page says about itself to search engines and to sites that show a preview of a shared link (Open
 * Graph), when the project's {@code base-url} says where the site is published. Without it a page carries no
 * absolute address at all.
 *
 * @param url         the page's canonical, absolute address
 * @param description one or two sentences on what the page holds
 * @param type        {@code website} for the hub, {@code article} for every other page
 */
public record PageMeta(String url, String description, String type) {

    /** {@code words} says, in the page's language, what the site is about, for pages with no summary of their own. */
    static PageMeta of(PlannedPage page, String baseUrl, Words words) {
        String description = page.knowledgePage().map(k -> k.summary())
                .or(() -> page.area().map(a -> page.version().orElse(a.charter()).summary()))
                .filter(s -> !s.isBlank()).orElseGet(() -> words.message("words.meta.description"));
        return new PageMeta(baseUrl + page.target(), description,
                page.kind() == PageKind.HUB ? "website" : "article");
    }
}

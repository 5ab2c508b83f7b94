package org.charterkit.plan;

/** What a planned page shows; each kind has its own template in the theme. */
public enum PageKind {
    HUB("hub"),
    AREA_HOME("area-home"),
    CHARTER("charter"),
    CORNERSTONE("cornerstone"),
    SPECTRUM("spectrum"),
    LEVELS("levels"),
    EXTRA_PAGE("page"),
    /** An area's pledged pieces of work, each with its target and status. */
    PLEDGES("pledges"),
    ACCESSIBILITY("accessibility"),
    VERSION("charter"),
    HISTORY("history"),
    CHANGES("changes"),
    FEED("feed.xml"),
    /** An area's published self-evaluations brought together; only when it has published some. */
    HOW_WE_ARE_DOING("how-we-are-doing"),
    /** The self-evaluation form made from the charter: a blank printable form, kept in the browser with script. */
    SELF_EVALUATION("self-evaluation"),
    /** The figures of the "How we are doing" page as open data, in JSON; made in code, with no template. */
    EVALUATION_DATA("evaluations.json"),
    /** The knowledge base's list of pages. */
    KNOWLEDGE_INDEX("knowledge-index"),
    /** One page of the knowledge base. */
    KNOWLEDGE("knowledge"),
    /** Every glossary term, A to Z. */
    GLOSSARY("glossary"),
    /** Every area, cornerstone page and guide, A to Z: where the search form leads without JavaScript. */
    A_TO_Z("a-z"),
    /** The search index, a script the search in every page's header loads when a reader starts to search. */
    SEARCH_INDEX("search-index.js"),
    /** Every area side by side in one table. */
    COMPARE("compare"),
    /** A charter as open data, in JSON; made in code, with no template. */
    DATA("charter.json"),
    /** Every HTML page's address, for search engines; only when the site knows its base address. */
    SITEMAP("sitemap.xml"),
    /** What crawlers may read: everything; made in code, with no template. */
    ROBOTS("robots.txt"),
    /** The whole charter as an A4 booklet, in PDF. */
    BOOKLET("print/booklet"),
    /** The cornerstones on one sheet, in PDF, for a wall or a meeting table. */
    POSTER("print/poster");

    private final String template;

    PageKind(String template) {
        this.template = template;
    }

    /** Whether the page is printed to PDF rather than served as HTML. */
    public boolean isPrint() {
        return this == BOOKLET || this == POSTER;
    }

    /** Whether the file is made in code rather than from a template: open data and {@code robots.txt}. */
    public boolean isData() {
        return this == DATA || this == ROBOTS || this == EVALUATION_DATA;
    }

    /** The theme template that renders this kind, without {@code .html}. */
    public String template() {
        return template;
    }
}

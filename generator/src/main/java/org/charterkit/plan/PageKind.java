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
    ACCESSIBILITY("accessibility"),
    VERSION("charter"),
    HISTORY("history"),
    CHANGES("changes"),
    FEED("feed.xml");

    private final String template;

    PageKind(String template) {
        this.template = template;
    }

    /** The theme template that renders this kind, without {@code .html}. */
    public String template() {
        return template;
    }
}

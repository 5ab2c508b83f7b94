package org.charterkit.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charterkit.compare.CharterComparer;
import org.charterkit.compare.CharterComparison;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.KnowledgePage;
import org.charterkit.model.Page;
import org.charterkit.model.Project;
import org.charterkit.model.Release;

/** The entry point of the plan stage. */
public final class Planner {

    private final CharterComparer comparer = new CharterComparer();
    private final boolean print;

    /** @param print whether to plan each charter's printed booklet and poster */
    public Planner(boolean print) {
        this.print = print;
    }

    /*
     * Every title and link name the plan gives is a key of the theme's bundle (messages/words.properties), so the
     * page says it in its own language; only the charter's own words (area names, titles) are passed as text.
     */
    public static final Label HUB_TITLE = Label.of("words.title.hub");

    /** The knowledge base's title, in its list page, its breadcrumbs and the links to it. */
    public static final Label KNOWLEDGE_TITLE = Label.of("words.title.knowledge");

    public static final Label GLOSSARY_TITLE = Label.of("words.title.glossary");

    /** The A to Z page's title: where the search form leads when the search script does not run. */
    public static final Label A_TO_Z_TITLE = Label.of("words.title.aToZ");

    /** Where the A to Z page and the search index are, from the site's root. */
    public static final String A_TO_Z_PATH = "a-z/index.html";
    public static final String SEARCH_INDEX_PATH = "search-index.js";

    public static final Label COMPARE_TITLE = Label.of("words.title.compare");

    public static final Label SELF_EVALUATION_TITLE = Label.of("words.title.selfEvaluation");

    public static final Label HOW_WE_ARE_DOING_TITLE = Label.of("words.title.howWeAreDoing");

    /** An area's page of pledged pieces of work, when its charter lists any. */
    public static final Label PLEDGES_TITLE = Label.of("words.title.pledges");

    /** The first breadcrumb of every page: back to the list of every charter. */
    private static final Label HUB_CRUMB = Label.of("words.crumb.hub");

    private static final Label HISTORY_TITLE = Label.of("words.title.history");

    /** The Easy Read edition's name, where its author gave it no title of its own. */
    public static final Label EASY_READ_TITLE = Label.of("words.title.easyRead");

    /** Plans the hub and every area's pages. */
    public SitePlan plan(Project project) {
        List<PlannedPage> pages = new ArrayList<>();
        NavLink hubCrumb = new NavLink(HUB_CRUMB, "", false);
        pages.add(new PlannedPage("index.html", PageKind.HUB, HUB_TITLE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(new NavLink(HUB_CRUMB, "", true))));
        pages.addAll(planKnowledge(project, hubCrumb));
        java.util.Map<String, List<Alternate>> alternates = new java.util.HashMap<>();
        java.util.Map<String, String> guideEditions = new java.util.HashMap<>();
        java.util.Set<String> untranslated = new java.util.HashSet<>();
        pages.addAll(planGuideEditions(project, hubCrumb, alternates, guideEditions, untranslated));
        if (!project.areas().isEmpty()) {
            pages.add(sitePage("compare/index.html", PageKind.COMPARE, COMPARE_TITLE, Optional.empty(),
                    List.of(hubCrumb, new NavLink(COMPARE_TITLE, "compare/", true))));
        }
        for (Area area : project.areas()) {
            List<PlannedPage> original = planArea(area, hubCrumb);
            pages.addAll(original);
            // Each translation has the same pages under <area>/<language>/, mirroring the original's addresses.
            java.util.Map<String, List<PlannedPage>> byLanguage = new java.util.LinkedHashMap<>();
            byLanguage.put(area.charter().language(), original);
            for (var translation : area.translations()) {
                List<PlannedPage> translated = planArea(area.inLanguage(translation), hubCrumb);
                pages.addAll(translated);
                byLanguage.put(translation.language(), translated);
            }
            if (byLanguage.size() > 1) {
                alternates.putAll(alternates(byLanguage));
            }
        }
        pages.add(sitePage(A_TO_Z_PATH, PageKind.A_TO_Z, A_TO_Z_TITLE, Optional.empty(),
                List.of(hubCrumb, new NavLink(A_TO_Z_TITLE, "a-z/", true))));
        pages.add(sitePage(SEARCH_INDEX_PATH, PageKind.SEARCH_INDEX, Label.of("words.title.searchIndex"), Optional.empty(), List.of()));
        pages.add(new PlannedPage("feed.xml", PageKind.FEED, Label.of("words.title.feed.hub"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of()));
        project.settings().baseUrl().ifPresent(base -> pages.add(sitePage("sitemap.xml", PageKind.SITEMAP,
                Label.of("words.title.sitemap"), Optional.empty(), List.of())));
        pages.add(sitePage("robots.txt", PageKind.ROBOTS, Label.text("robots.txt"), Optional.empty(), List.of()));
        return new SitePlan(project, pages, alternates, guideEditions, untranslated);
    }

    /**
     * For every HTML page of an area in any of its languages, the same page in each: the page at the same
     * address under the language's folder, or, where that language has no such page (an extra page, a version
     * never translated), that language's home page of the area, so every page still leads to the other language.
     */
    private static java.util.Map<String, List<Alternate>> alternates(
            java.util.Map<String, List<PlannedPage>> byLanguage) {
        record Edition(String language, String base, java.util.Set<String> paths) {
        }
        List<Edition> editions = new ArrayList<>();
        byLanguage.forEach((language, planned) -> {
            // The area home comes first in every area's plan: its folder is the edition's base.
            String base = planned.get(0).target();
            editions.add(new Edition(language, base, planned.stream().map(PlannedPage::path)
                    .filter(p -> p.endsWith(".html")).collect(java.util.stream.Collectors.toSet())));
        });
        java.util.Map<String, List<Alternate>> all = new java.util.HashMap<>();
        for (Edition edition : editions) {
            for (String path : edition.paths()) {
                String relative = path.substring(edition.base().length());
                List<Alternate> alternates = new ArrayList<>();
                for (Edition other : editions) {
                    String there = other.base() + relative;
                    String target = other.paths().contains(there)
                            ? there.substring(0, there.length() - "index.html".length()) : other.base();
                    alternates.add(new Alternate(other.language(), Alternate.ownName(other.language()), target,
                            other == edition));
                }
                all.put(path, alternates);
            }
        }
        return all;
    }

    /** The knowledge base and the glossary: pages for every area, so they sit beside the hub. */
    private static List<PlannedPage> planKnowledge(Project project, NavLink hubCrumb) {
        List<PlannedPage> pages = new ArrayList<>();
        if (!project.knowledgePages().isEmpty()) {
            pages.add(sitePage("knowledge/index.html", PageKind.KNOWLEDGE_INDEX, KNOWLEDGE_TITLE, Optional.empty(),
                    List.of(hubCrumb, new NavLink(KNOWLEDGE_TITLE, "knowledge/", true))));
            NavLink indexCrumb = new NavLink(KNOWLEDGE_TITLE, "knowledge/", false);
            for (KnowledgePage k : project.knowledgePages()) {
                String folder = "knowledge/" + k.slug() + "/";
                pages.add(sitePage(folder + "index.html", PageKind.KNOWLEDGE, Label.text(k.title()),
                        Optional.of(k), List.of(hubCrumb, indexCrumb, new NavLink(Label.text(k.title()), folder, true))));
            }
        }
        if (!project.glossary().isEmpty()) {
            pages.add(sitePage("glossary/index.html", PageKind.GLOSSARY, GLOSSARY_TITLE, Optional.empty(),
                    List.of(hubCrumb, new NavLink(GLOSSARY_TITLE, "glossary/", true))));
        }
        return pages;
    }

    /**
     * The knowledge base and the glossary in each language the site's guides have an edition in, at
     * {@code knowledge/<language>/…} and {@code glossary/<language>/}: every page, translated where its
     * translation exists and in English (saying so) where it does not, so a reader of that language can read on.
     * A translated page and its English page link to each other; a page shown in English claims no language.
     */
    private static List<PlannedPage> planGuideEditions(Project project, NavLink hubCrumb,
            java.util.Map<String, List<Alternate>> alternates, java.util.Map<String, String> editions,
            java.util.Set<String> untranslated) {
        List<PlannedPage> pages = new ArrayList<>();
        String english = Alternate.ownName("en");
        // For each English page, the editions that are really in another language, to link them all together.
        java.util.Map<String, List<Alternate>> same = new java.util.LinkedHashMap<>();
        for (String language : project.guideLanguages()) {
            Project guides = project.guidesIn(language);
            String name = Alternate.ownName(language);
            if (!project.knowledgePages().isEmpty()) {
                String index = "knowledge/" + language + "/";
                pages.add(sitePage(index + "index.html", PageKind.KNOWLEDGE_INDEX, KNOWLEDGE_TITLE, Optional.empty(),
                        List.of(hubCrumb, new NavLink(KNOWLEDGE_TITLE, index, true))));
                editions.put(index + "index.html", language);
                same.computeIfAbsent("knowledge/", k -> new ArrayList<>()).add(new Alternate(language, name, index,
                        false));
                NavLink indexCrumb = new NavLink(KNOWLEDGE_TITLE, index, false);
                for (KnowledgePage k : guides.knowledgePages()) {
                    String folder = index + k.slug() + "/";
                    pages.add(sitePage(folder + "index.html", PageKind.KNOWLEDGE, Label.text(k.title()), Optional.of(k),
                            List.of(hubCrumb, indexCrumb, new NavLink(Label.text(k.title()), folder, true))));
                    editions.put(folder + "index.html", language);
                    if (project.knowledgePage(k.slug(), language).isPresent()) {
                        same.computeIfAbsent("knowledge/" + k.slug() + "/", f -> new ArrayList<>())
                                .add(new Alternate(language, name, folder, false));
                    } else {
                        untranslated.add(folder + "index.html");
                    }
                }
            }
            if (!project.glossary().isEmpty()) {
                String glossary = "glossary/" + language + "/";
                pages.add(sitePage(glossary + "index.html", PageKind.GLOSSARY, GLOSSARY_TITLE, Optional.empty(),
                        List.of(hubCrumb, new NavLink(GLOSSARY_TITLE, glossary, true))));
                editions.put(glossary + "index.html", language);
                if (project.glossaryTranslations().containsKey(language)) {
                    same.computeIfAbsent("glossary/", f -> new ArrayList<>())
                            .add(new Alternate(language, name, glossary, false));
                } else {
                    untranslated.add(glossary + "index.html");
                }
            }
        }
        same.forEach((englishFolder, others) -> {
            List<Alternate> all = new ArrayList<>();
            all.add(new Alternate("en-GB", english, englishFolder, false));
            all.addAll(others);
            for (Alternate here : all) {
                alternates.put(here.target() + "index.html", all.stream().map(a -> new Alternate(a.language(),
                        a.name(), a.target(), a == here)).toList());
            }
        });
        return pages;
    }

    /** A page of the whole site rather than of one area: no area, no area navigation. */
    private static PlannedPage sitePage(String path, PageKind kind, Label title, Optional<KnowledgePage> knowledge,
            List<NavLink> crumbs) {
        return new PlannedPage(path, kind, title, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), crumbs, knowledge);
    }

    private List<PlannedPage> planArea(Area area, NavLink hubCrumb) {
        Charter charter = area.charter();
        String base = area.slug() + "/";
        record Entry(String path, PageKind kind, Label title, Optional<CornerstoneSection> cornerstone,
                Optional<Page> page, Optional<Charter> version, Optional<CharterComparison> comparison,
                boolean inNavigation) {
            Entry(String path, PageKind kind, Label title, Optional<CornerstoneSection> cornerstone,
                    Optional<Page> page) {
                this(path, kind, title, cornerstone, page, Optional.empty(), Optional.empty(), true);
            }
        }
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(base + "index.html", PageKind.AREA_HOME, Label.text(charter.areaName()), Optional.empty(),
                Optional.empty()));
        entries.add(new Entry(base + "charter/index.html", PageKind.CHARTER, Label.text(charter.title()), Optional.empty(),
                Optional.empty()));
        area.easyRead().ifPresent(e -> entries.add(new Entry(base + "easy-read/index.html", PageKind.EASY_READ,
                easyReadTitle(e.title()), Optional.empty(), Optional.empty())));
        for (CornerstoneSection section : charter.cornerstoneSections()) {
            entries.add(new Entry(base + "cornerstones/" + section.cornerstone().id() + "/index.html",
                    PageKind.CORNERSTONE, Label.text(section.numberedName()), Optional.of(section), Optional.empty()));
        }
        if (!charter.pledges().isEmpty()) {
            entries.add(new Entry(base + "pledges/index.html", PageKind.PLEDGES, PLEDGES_TITLE, Optional.empty(),
                    Optional.empty()));
        }
        charter.spectrum().ifPresent(s -> entries.add(new Entry(base + "spectrum/index.html", PageKind.SPECTRUM,
                Label.of("words.title.spectrum"), Optional.empty(), Optional.empty())));
        charter.involvement().ifPresent(s -> entries.add(new Entry(base + "levels/index.html", PageKind.LEVELS,
                Label.of("words.title.levels"), Optional.empty(), Optional.empty())));
        for (Page page : area.pages()) {
            entries.add(new Entry(base + page.slug() + "/index.html", PageKind.EXTRA_PAGE, Label.text(page.title()),
                    Optional.empty(), Optional.of(page)));
        }
        if (charter.framework().isPresent() && !charter.cornerstoneSections().isEmpty()) {
            entries.add(new Entry(base + "self-evaluation/index.html", PageKind.SELF_EVALUATION, SELF_EVALUATION_TITLE,
                    Optional.empty(), Optional.empty()));
            if (!area.evaluations().isEmpty()) {
                entries.add(new Entry(base + "how-we-are-doing/index.html", PageKind.HOW_WE_ARE_DOING,
                        HOW_WE_ARE_DOING_TITLE, Optional.empty(), Optional.empty()));
            }
        }
        entries.add(new Entry(base + "versions/index.html", PageKind.HISTORY, HISTORY_TITLE,
                Optional.empty(), Optional.empty()));
        entries.add(new Entry(base + "accessibility/index.html", PageKind.ACCESSIBILITY, Label.of("words.title.accessibility"),
                Optional.empty(), Optional.empty()));
        // Every version keeps a permanent address; they are reached from the history page, not the navigation.
        for (Charter version : area.versions()) {
            entries.add(new Entry(base + "v/" + version.version() + "/index.html", PageKind.VERSION,
                    Label.of("words.title.version", version.version()), Optional.empty(), Optional.empty(), Optional.of(version),
                    Optional.empty(), false));
        }
        List<Charter> versions = area.versions();
        for (int i = 1; i < versions.size(); i++) {
            Charter from = versions.get(i - 1);
            Charter to = versions.get(i);
            entries.add(new Entry(base + changesPath(from, to), PageKind.CHANGES, Label.of("words.title.changes",
                    from.version(), to.version()), Optional.empty(), Optional.empty(),
                    Optional.of(to), Optional.of(comparer.compare(from, to)), false));
        }

        List<PlannedPage> planned = new ArrayList<>();
        String areaHome = base;
        for (Entry entry : entries) {
            List<NavLink> navigation = entries.stream().filter(Entry::inNavigation)
                    .map(e -> new NavLink(navLabel(e.kind(), e.title()),
                            folder(e.path()), e.path().equals(entry.path())))
                    .toList();
            List<NavLink> crumbs = new ArrayList<>();
            crumbs.add(hubCrumb);
            if (entry.kind() == PageKind.AREA_HOME) {
                crumbs.add(new NavLink(Label.text(charter.areaName()), areaHome, true));
            } else {
                crumbs.add(new NavLink(Label.text(charter.areaName()), areaHome, false));
                if (entry.kind() == PageKind.CORNERSTONE) {
                    crumbs.add(new NavLink(Label.text(charter.title()), base + "charter/", false));
                }
                if (entry.kind() == PageKind.VERSION || entry.kind() == PageKind.CHANGES) {
                    crumbs.add(new NavLink(HISTORY_TITLE, base + "versions/", false));
                }
                crumbs.add(new NavLink(entry.title(), folder(entry.path()), true));
            }
            planned.add(new PlannedPage(entry.path(), entry.kind(), entry.title(), Optional.of(area),
                    entry.cornerstone(), entry.page(), entry.version(), entry.comparison(), navigation, crumbs));
        }
        // The printable charters: the current text, and each released version at its permanent address.
        if (print) {
            planned.addAll(printed(area, base, Optional.empty()));
            // The Easy Read edition is written for the current charter only: released versions have none.
            area.easyRead().ifPresent(e -> planned.add(new PlannedPage(base + "easy-read.pdf",
                    PageKind.EASY_READ_PDF, easyReadTitle(e.title()), Optional.of(area),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of())));
            for (Charter version : area.versions()) {
                planned.addAll(printed(area, base + "v/" + version.version() + "/", Optional.of(version)));
            }
        }
        // The charter as open data: the current text, and each released version at its permanent address.
        planned.add(data(area, base, Optional.empty()));
        for (Release release : area.releases()) {
            planned.add(data(area, base + "v/" + release.charter().version() + "/", Optional.of(release.charter())));
        }
        if (!area.evaluations().isEmpty() && charter.framework().isPresent()) {
            planned.add(new PlannedPage(base + "evaluations.json", PageKind.EVALUATION_DATA, HOW_WE_ARE_DOING_TITLE,
                    Optional.of(area), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(), List.of()));
        }
        planned.add(new PlannedPage(base + "feed.xml", PageKind.FEED, Label.of("words.title.feed.area", charter.title()),
                Optional.of(area), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of()));
        return planned;
    }

    private static List<PlannedPage> printed(Area area, String folder, Optional<Charter> version) {
        Charter charter = version.orElse(area.charter());
        return List.of(
                new PlannedPage(folder + "charter.pdf", PageKind.BOOKLET, Label.text(charter.title()), Optional.of(area),
                        Optional.empty(), Optional.empty(), version, Optional.empty(), List.of(), List.of()),
                new PlannedPage(folder + "charter-poster.pdf", PageKind.POSTER, Label.text(charter.title()), Optional.of(area),
                        Optional.empty(), Optional.empty(), version, Optional.empty(), List.of(), List.of()));
    }

    private static PlannedPage data(Area area, String folder, Optional<Charter> version) {
        return new PlannedPage(folder + "charter.json", PageKind.DATA,
                Label.text(version.orElse(area.charter()).title()),
                Optional.of(area), Optional.empty(), Optional.empty(), version, Optional.empty(), List.of(), List.of());
    }

    /** Where the comparison of two versions lives, so the history page can link to it. */
    private static String changesPath(Charter from, Charter to) {
        return "changes/" + from.version() + "-to-" + to.version() + "/index.html";
    }

    /** Navigation names the two fixed pages plainly; the charter's own title can be long. */
    private static Label navLabel(PageKind kind, Label title) {
        return switch (kind) {
            case AREA_HOME -> Label.of("words.nav.overview");
            case CHARTER -> Label.of("words.nav.charter");
            case EASY_READ -> EASY_READ_TITLE;
            default -> title;
        };
    }

    /** An Easy Read edition's own title, or the theme's name for it when its author gave none. */
    private static Label easyReadTitle(String title) {
        return title.isEmpty() ? EASY_READ_TITLE : Label.text(title);
    }

    private static String folder(String path) {
        return path.substring(0, path.length() - "index.html".length());
    }
}

package org.charterkit.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.diagnostic.Progress;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.plan.PageKind;
import org.charterkit.plan.PlannedPage;
import org.charterkit.plan.SitePlan;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/** The entry point of the render stage: renders every planned page with a theme. */
public final class SiteRenderer {

    private final Path theme;
    private final TemplateEngine engine;
    /** How the templates' expressions are worked out; null for OGNL alone. */
    private final ModelExpressions expressions;
    private final PrintRenderer print;
    private final MarkdownHtml markdown = new MarkdownHtml();
    /** The theme's words in every language it has. */
    private final ThemeMessages messages;
    private final String version;
    private final java.time.LocalDate today;
    /** The theme's Easy Read pictures, by name. */
    private final org.charterkit.model.PictureSet pictures;
    private final int threads;
    /** Each area's part of the search index, by the very area it was made from; only in a kept renderer. */
    private final java.util.IdentityHashMap<Area, SearchIndex.AreaPart> searchParts;
    /** The areas' version and "what changed" pages as last made, by what they show; only in a kept renderer. */
    private final FrozenPages frozen;
    /**
     * Each HTML page as its template made it and as the abbreviation pass left it, by path; only in a kept
     * renderer. Most of an area's pages come out of their templates the same after an edit of one sentence, and
     * the pass (a parse of the whole page) is then done again for nothing.
     */
    private final Map<String, Explained> explained;

    private record Explained(List<org.charterkit.model.GlossaryEntry> glossary, String made, String explained) {
    }

    /**
     * @param theme   the theme folder, holding {@code templates/} and {@code assets/}
     * @param version Charterkit's version, named in each page's generator tag
     * @param today   the day the build is for: a charter past its review date says so
     */
    public SiteRenderer(Path theme, String version, java.time.LocalDate today) {
        this(theme, version, today, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The same, making at most {@code threads} pages at once: the output is the same bytes for any number, which
     * is how the tests show it.
     */
    public SiteRenderer(Path theme, String version, java.time.LocalDate today, int threads) {
        this(theme, version, today, threads, false);
    }

    /**
     * A renderer kept between renders, as the live preview keeps it: besides the parsed templates it keeps each
     * area's part of the search index, made again only for an area whose model is new, and each version and
     * "what changed" page, made again only when something it shows has changed ({@link RenderedSite#reused()}
     * counts those it did not make).
     */
    public static SiteRenderer kept(Path theme, String version, java.time.LocalDate today) {
        return new SiteRenderer(theme, version, today, Runtime.getRuntime().availableProcessors(), true);
    }

    private SiteRenderer(Path theme, String version, java.time.LocalDate today, int threads, boolean kept) {
        this(theme, version, today, threads, kept, new ModelExpressions());
    }

    /**
     * A renderer whose templates' expressions are all worked out by OGNL, as Thymeleaf's standard dialect does
     * by itself: for the tests that show {@link ModelExpressions} makes the same pages.
     */
    static SiteRenderer ognlOnly(Path theme, String version, java.time.LocalDate today) {
        return new SiteRenderer(theme, version, today, Runtime.getRuntime().availableProcessors(), false, null);
    }

    /** How many of the templates' expressions were worked out without OGNL so far: for the tests. */
    long expressionsTaken() {
        return expressions == null ? 0 : expressions.taken();
    }

    /** How many of the templates' expressions were left to OGNL so far: for the tests. */
    long expressionsLeft() {
        return expressions == null ? 0 : expressions.left();
    }

    private SiteRenderer(Path theme, String version, java.time.LocalDate today, int threads, boolean kept,
            ModelExpressions expressions) {
        this.expressions = expressions;
        this.searchParts = kept ? new java.util.IdentityHashMap<>() : null;
        this.frozen = kept ? new FrozenPages() : null;
        this.explained = kept ? new java.util.concurrent.ConcurrentHashMap<>() : null;
        this.threads = Math.max(1, threads);
        this.theme = theme;
        this.today = today;
        this.version = version;
        this.pictures = new org.charterkit.load.PictureSetReader().read(theme);
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(theme.resolve("templates").toAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(2);
        // Feeds are XML: a resolver of their own, tried first, for the templates named *.xml.
        FileTemplateResolver xml = new FileTemplateResolver();
        xml.setPrefix(theme.resolve("templates").toAbsolutePath() + "/");
        xml.setTemplateMode(TemplateMode.XML);
        xml.setCharacterEncoding("UTF-8");
        xml.setResolvablePatterns(java.util.Set.of("*.xml"));
        xml.setCheckExistence(true);
        xml.setOrder(1);
        this.engine = new TemplateEngine();
        if (expressions != null) {
            org.thymeleaf.standard.StandardDialect dialect = new org.thymeleaf.standard.StandardDialect();
            dialect.setVariableExpressionEvaluator(expressions);
            engine.setDialect(dialect);
        }
        ModelCalls.install();
        engine.addTemplateResolver(xml);
        engine.addTemplateResolver(resolver);
        this.messages = ThemeMessages.of(theme);
        engine.setMessageResolver(messages);
        this.print = new PrintRenderer(engine, new PdfPrinter(theme.resolve("print")));
    }

    private Context context(PlannedPage page, SitePlan plan, Feeds feeds, List<Download> downloads) {
        // The page speaks its charter's language; pages of no area speak the site's (English).
        // An extra page in another language speaks it: its words, and the theme's words in that language where
        // the theme has them (messages/*_cy.properties), English where it does not.
        // A guide in another language speaks it, unless it is shown in English for want of a translation.
        Optional<String> edition = plan.guideEdition(page.path());
        Context context = new Context(page.area()
                .map(area -> Locale.forLanguageTag(page.extraPage().map(p -> p.languageOr(area.charter().language()))
                        .orElse(page.version().orElse(area.charter()).language())))
                .orElse(edition.filter(l -> !plan.untranslated().contains(page.path())).map(Locale::forLanguageTag)
                        .orElse(Locale.UK)));
        // The page's direction follows whatever language it was given to speak, for the page and its PDF alike.
        context.setVariable("direction", org.charterkit.model.TextDirection.of(context.getLocale()).attribute());
        context.setVariable("page", page);
        // The project as the page's guides read: in the edition's language for a guide in another language.
        org.charterkit.model.Project project = edition.map(l -> plan.project().guidesIn(l)).orElse(plan.project());
        context.setVariable("project", project);
        context.setVariable("areas", plan.project().areas());
        // A page in a language the guides are written in leads to the guides in that language.
        String guides = edition.orElse(context.getLocale().toLanguageTag());
        context.setVariable("links", new Links(page.path(),
                plan.project().guideLanguages().contains(guides) ? guides : ""));
        if (edition.isPresent() && plan.untranslated().contains(page.path())) {
            // Said in the reader's language, on a page otherwise in English.
            context.setVariable("untranslated", edition.get());
            context.setVariable("untranslatedNotice", messages.message(Locale.forLanguageTag(edition.get()),
                    "translations.fallback"));
        }
        context.setVariable("md", markdown);
        // Dates in the language of the bundle's words on the page: the page's own, or English where the theme does
        // not speak it ("Adopted on 15 January 2025", not "15 січень 2025" in an English sentence).
        context.setVariable("fmt", new Formats(messages.spoken(context.getLocale())));
        Words words = new Words(messages, context.getLocale());
        context.setVariable("words", words);
        context.setVariable("generator", "Charterkit " + version);
        context.setVariable("today", today);
        context.setVariable("feeds", feeds);
        context.setVariable("downloads", downloads);
        context.setVariable("source", PageSource.of(page, plan.project().settings()));
        // The same page in the other languages its charter is written in, for hreflang and the switcher.
        context.setVariable("alternates", plan.alternates(page.path()));
        if (page.kind() == PageKind.A_TO_Z) {
            context.setVariable("aToZ", AToZ.of(plan.project(), words));
        }
        if (page.kind() == PageKind.GLOSSARY) {
            context.setVariable("glossary", GlossaryLetters.of(project.glossary()));
        }
        if (page.kind() == PageKind.KNOWLEDGE_INDEX) {
            context.setVariable("guides", KnowledgeGroups.of(project));
        }
        page.knowledgePage().ifPresent(k -> context.setVariable("guide", GuideText.of(markdown.block(k.body()))));
        context.setVariable("meta", plan.project().settings().baseUrl().map(base -> PageMeta.of(page, base, words))
                .orElse(null));
        if (page.kind() == PageKind.EASY_READ || page.kind() == PageKind.EASY_READ_PDF) {
            context.setVariable("pictures", pictures);
        }
        if (page.kind() == PageKind.COMPARE) {
            context.setVariable("rows", AreaRow.of(plan.project(), today));
        }
        if (page.kind() == PageKind.SELF_EVALUATION) {
            page.area().ifPresent(area -> area.charter().framework().ifPresent(framework -> context.setVariable("form",
                    EvaluationForm.of(page.version().orElse(area.charter()), framework.evaluationScale()))));
        }
        if (page.kind() == PageKind.HOW_WE_ARE_DOING) {
            context.setVariable("figures", page.area().flatMap(EvaluationFigures::of).orElse(null));
        }
        if (page.kind() == PageKind.SITEMAP) {
            context.setVariable("urls", sitemap(plan));
        }
        page.area().ifPresent(area -> {
            // A version page shows that version's text in the same templates as the current charter.
            var charter = page.version().orElse(area.charter());
            context.setVariable("area", area);
            context.setVariable("charter", charter);
            context.setVariable("framework", charter.framework().orElse(null));
            context.setVariable("reviewOverdue", page.version().isEmpty() && charter.isDueForReview(today));
        });
        return context;
    }

    /**
     * Prints every planned PDF, several at once: a PDF takes far longer than a page, and each is independent.
     * Results and messages are gathered in plan order, so the output does not depend on which finished first.
     */
    private void printAll(SitePlan plan, Feeds feeds, java.util.function.Consumer<RenderedPage> pages, Map<String, List<Download>> offers,
            Diagnostics out, Progress progress, java.util.Set<String> kept) {
        List<PlannedPage> planned = plan.pages().stream().filter(p -> p.kind().isPrint())
                .filter(p -> !isKept(p.path(), kept)).toList();
        if (planned.isEmpty()) {
            return;
        }
        record Printed(Optional<byte[]> pdf, Diagnostics diagnostics) {
        }
        int threads = Math.max(1, Math.min(planned.size(), Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Printed>> jobs = new ArrayList<>();
            for (PlannedPage page : planned) {
                jobs.add(pool.submit(() -> {
                    Diagnostics found = new Diagnostics();
                    Context context = context(page, plan, feeds, List.of());
                    try {
                        return new Printed(print.print(page, (Charter) context.getVariable("charter"), context,
                                found), found);
                    } catch (TemplateEngineException e) {
                        templateFailed(page, e, found);
                        return new Printed(Optional.empty(), found);
                    } catch (RuntimeException | StackOverflowError e) {
                        throw new org.charterkit.diagnostic.Fault("printing", page.path(), e);
                    }
                }));
            }
            for (int i = 0; i < planned.size(); i++) {
                PlannedPage page = planned.get(i);
                Printed printed = jobs.get(i).get();
                jobs.set(i, null);
                progress.update("Printing the charters", i + 1, planned.size());
                out.addAll(printed.diagnostics());
                printed.pdf().ifPresent(bytes -> {
                    pages.accept(new RenderedPage(page.path(), bytes));
                    offer(offers, page, new Download(page.target(), page.kind() == PageKind.POSTER
                            ? (PdfPrinter.pages(bytes) > 1 ? "poster-two-sided" : "poster")
                            : page.kind() == PageKind.EASY_READ_PDF ? "easy-read" : "booklet", bytes.length));
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted while printing", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Which area and version a page shows: the pages and PDFs with the same key show the same text. */
    private static String offerKey(PlannedPage page) {
        return page.area().map(Area::slug).orElse("") + "\u0000" + page.version().map(Charter::version).orElse("");
    }

    /** Every HTML page's absolute address, sorted, for {@code sitemap.xml}; planned only with a base address. */
    private static List<String> sitemap(SitePlan plan) {
        String base = plan.project().settings().baseUrl().orElseThrow();
        return plan.pages().stream().filter(p -> p.path().endsWith(".html")).map(p -> base + p.target()).sorted()
                .toList();
    }

    /** Crawlers may read everything; the sitemap is named when there is one. */
    private static String robots(SitePlan plan) {
        return "User-agent: *\nDisallow:\n" + plan.project().settings().baseUrl()
                .map(base -> "\nSitemap: " + base + "sitemap.xml\n").orElse("");
    }

    /**
     * The files made in code: the open data (each area's {@code charter.json} and evaluation figures) and
     * {@code robots.txt}, in plan order, with each data file offered on the pages that show its text. Made before
     * the pages, which offer the data files with their sizes; handed on by {@link #renderPages} once the pages are
     * being made, so that writing them is not a step of its own with the other cores idle.
     */
    private static List<RenderedPage> data(SitePlan plan, Map<String, List<Download>> offers,
            java.util.Set<String> kept) {
        CharterJson json = new CharterJson();
        List<RenderedPage> files = new ArrayList<>();
        for (PlannedPage page : plan.pages()) {
            if (isKept(page.path(), kept)) {
                continue;
            }
            if (page.kind() == PageKind.ROBOTS) {
                files.add(RenderedPage.text(page.path(), robots(plan)));
            } else if (page.kind() == PageKind.DATA) {
                Area area = page.area().orElseThrow();
                byte[] bytes = json.of(area, page.version().orElse(area.charter()));
                files.add(new RenderedPage(page.path(), bytes));
                offer(offers, page, new Download(page.target(), "data", bytes.length));
            } else if (page.kind() == PageKind.EVALUATION_DATA) {
                Area area = page.area().orElseThrow();
                EvaluationFigures.of(area).ifPresent(figures -> files.add(new RenderedPage(page.path(),
                        EvaluationJson.of(area, figures))));
            }
        }
        return files;
    }

    /** Offers a file on the pages that show the same text: the same area, and the same version. */
    private static void offer(Map<String, List<Download>> offers, PlannedPage file, Download download) {
        offers.computeIfAbsent(offerKey(file), k -> new ArrayList<>()).add(download);
    }


    private void templateFailed(PlannedPage page, TemplateEngineException e, Diagnostics out) {
        out.error(Location.of("themes/" + theme.getFileName() + "/templates/" + page.kind().template() + ".html"),
                "the template failed on " + page.path() + ": " + e.getMessage(),
                "this is a fault in the theme, not in the charter: report it to the Charterkit developers");
    }

    /**
     * What printing would report, without printing: for {@code check}, which must find what a build would. Only
     * a poster whose words might not fit one side is laid out (no PDF is written); the others are known to fit
     * from their word count alone, so a check of ordinary charters does no layout at all.
     *
     * @return how many posters were laid out
     */
    /**
     * Whether {@link #checkPrint} would lay out any poster: false when every poster surely fits from its word
     * count, so that a check of ordinary charters need not start the template engine or the PDF printer at all.
     */
    public static boolean printNeedsLayout(SitePlan plan) {
        return plan.pages().stream().filter(page -> page.kind() == PageKind.POSTER)
                .anyMatch(page -> !PosterFit.surelyFits(page.version().orElse(page.area().orElseThrow().charter())));
    }

    public int checkPrint(SitePlan plan, Diagnostics out) {
        int laidOut = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PlannedPage page : plan.pages()) {
            if (page.kind() != PageKind.POSTER) {
                continue;
            }
            Charter charter = page.version().orElse(page.area().orElseThrow().charter());
            if (PosterFit.surelyFits(charter)) {
                continue;
            }
            Context context = context(page, plan, new Feeds(plan.project()), List.of());
            try {
                laidOut += print.fit(page, charter, context, seen, out) ? 1 : 0;
            } catch (TemplateEngineException e) {
                templateFailed(page, e, out);
            }
        }
        return laidOut;
    }

    /** Renders the site; a template that fails is reported, not thrown, and its page is left out. */
    public RenderedSite render(SitePlan plan, Diagnostics out) {
        return render(plan, out, Progress.NONE);
    }

    /** The same, telling {@code progress} how many charters are printed and how many areas have their pages. */
    public RenderedSite render(SitePlan plan, Diagnostics out, Progress progress) {
        return render(plan, out, progress, java.util.Set.of());
    }

    /**
     * The same, leaving out the files under the {@code kept} folders ({@code se7/}): the areas a build of one
     * area keeps as they are. The pages every area shares are still made from the whole plan.
     */
    public RenderedSite render(SitePlan plan, Diagnostics out, Progress progress, java.util.Set<String> kept) {
        List<RenderedPage> pages = new ArrayList<>();
        java.util.Set<String> reused = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<AssetFolder> assets = render(plan, out, progress, kept, pages::add, reused);
        return new RenderedSite(pages, assets, reused);
    }

    /**
     * The same, handing each file to {@code pages} as soon as it is made, in the order of the plan, rather than
     * holding the whole site: a build writes each page out at once, so its memory does not grow with the site.
     *
     * @return the asset folders to copy beside the pages
     */
    public List<AssetFolder> render(SitePlan plan, Diagnostics out, Progress progress, java.util.Set<String> kept,
            java.util.function.Consumer<RenderedPage> pages) {
        return render(plan, out, progress, kept, pages, java.util.concurrent.ConcurrentHashMap.newKeySet());
    }

    private List<AssetFolder> render(SitePlan plan, Diagnostics out, Progress progress, java.util.Set<String> kept,
            java.util.function.Consumer<RenderedPage> pages, java.util.Set<String> reused) {
        if (!Files.isDirectory(theme.resolve("templates"))) {
            out.error(Location.of(theme.toString()), "the theme has no templates folder",
                    "check that themes/default/templates exists");
            return List.of();
        }
        Feeds feeds = new Feeds(plan.project());
        Abbreviations abbreviations = new Abbreviations(plan.project().glossary());
        // The printed editions first, then the open data: in that order on the pages that offer them. A page
        // offers the editions of the text it shows: the current charter, or its version.
        Map<String, List<Download>> offers = new HashMap<>();
        printAll(plan, feeds, pages, offers, out, progress, kept);
        List<RenderedPage> data = data(plan, offers, kept);
        renderPages(plan, feeds, abbreviations, offers, data, pages, out, progress, kept, reused);
        List<AssetFolder> assets = new ArrayList<>();
        assets.add(new AssetFolder(theme.resolve("assets"), "assets/"));
        // The JSON Schema every charter.json follows, published beside them.
        assets.add(new AssetFolder(theme.resolve("schema"), "schema/"));
        for (Area area : plan.project().areas()) {
            Path areaAssets = area.folder().resolve("assets");
            if (Files.isDirectory(areaAssets) && !isKept(area.slug() + "/", kept)) {
                assets.add(new AssetFolder(areaAssets, area.slug() + "/assets/"));
                // A translation's pages point at their images as the original's do, from their own folder.
                for (var translation : area.translations()) {
                    assets.add(new AssetFolder(areaAssets, area.slug() + "/" + translation.language() + "/assets/"));
                }
            }
        }
        return assets;
    }

    /**
     * Renders every HTML and text page, several at once on a fixed pool: each page is independent of the others,
     * and templates and the abbreviation pass are most of a build's work. Pages and messages are gathered in
     * plan order, so the output is the same bytes whichever finished first.
     */
    private void renderPages(SitePlan plan, Feeds feeds, Abbreviations abbreviations,
            Map<String, List<Download>> offers, List<RenderedPage> data,
            java.util.function.Consumer<RenderedPage> pages, Diagnostics out,
            Progress progress,
            java.util.Set<String> kept, java.util.Set<String> reused) {
        // The search index first: it reads every area's words, and made last (its place in the plan) it ran alone
        // on one core, and its files were then hashed alone, while the other cores had nothing left to do: about
        // 1.5 s at the end of a 1,000-area build. Where each file lands does not depend on the order.
        List<PlannedPage> planned = plan.pages().stream()
                .filter(p -> !p.kind().isPrint() && !p.kind().isData() && !isKept(p.path(), kept))
                .sorted(java.util.Comparator.comparing(p -> p.kind() != PageKind.SEARCH_INDEX)).toList();
        record Rendered(List<RenderedPage> pages, Diagnostics diagnostics) {
        }
        int threads = Math.max(1, Math.min(planned.size(), this.threads));
        Chrome chrome = new Chrome(engine);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Rendered>> jobs = new ArrayList<>();
            for (PlannedPage page : planned) {
                jobs.add(pool.submit(() -> {
                    Diagnostics found = new Diagnostics();
                    if (page.kind() == PageKind.SEARCH_INDEX) {
                        // The top-level index and each area's own, but not those of the areas a build of one
                        // area keeps.
                        List<RenderedPage> scripts = new ArrayList<>();
                        Map<String, String> made;
                        if (searchParts == null) {
                            made = SearchIndex.scripts(plan.project(), markdown, messages);
                        } else {
                            synchronized (searchParts) {
                                made = SearchIndex.scripts(plan.project(), markdown, messages, searchParts);
                            }
                        }
                        made.forEach((path, script) -> {
                            if (!isKept(path, kept)) {
                                scripts.add(RenderedPage.text(path, script));
                            }
                        });
                        return new Rendered(scripts, found);
                    }
                    List<Download> offered = offers.getOrDefault(offerKey(page), List.of());
                    List<Object> shows = frozen != null && FrozenPages.isReusable(page)
                            ? FrozenPages.shows(page, plan, offered) : null;
                    if (shows != null) {
                        Optional<String> before = frozen.reused(page, shows);
                        if (before.isPresent()) {
                            reused.add(page.path());
                            return new Rendered(List.of(RenderedPage.text(page.path(), before.get())), found);
                        }
                    }
                    try {
                        Context context = context(page, plan, feeds, offered);
                        boolean html = page.path().endsWith(".html");
                        if (html) {
                            context.setVariable("siteHeader", chrome.header(context));
                            context.setVariable("siteFooter", chrome.footer(context));
                        }
                        String text = engine.process(page.kind().template(), context);
                        if (page.area().isPresent() && html) {
                            text = AreaAssets.pointed(text, page.area().get().slug(), new Links(page.path()));
                        }
                        String finished = html
                                ? explained(page.path(), text, abbreviations, plan.project().glossary()) : text;
                        if (shows != null && found.sorted().isEmpty()) {
                            frozen.keep(page, shows, finished);
                        }
                        return new Rendered(List.of(RenderedPage.text(page.path(), finished)), found);
                    } catch (TemplateEngineException e) {
                        templateFailed(page, e, found);
                        return new Rendered(List.of(), found);
                    } catch (RuntimeException | StackOverflowError e) {
                        // Not a theme mistake: named here, so the one line the command prints says which page.
                        throw new org.charterkit.diagnostic.Fault("making", page.path(), e);
                    }
                }));
            }
            // The open data is written while the first pages are made.
            data.forEach(pages);
            int areas = plan.project().areas().size();
            java.util.Set<String> areasDone = new java.util.HashSet<>();
            for (int i = 0; i < planned.size(); i++) {
                Rendered rendered = jobs.get(i).get();
                // Let go of the page once handed on: a finished task holds its result as long as it is referenced.
                jobs.set(i, null);
                planned.get(i).area().ifPresent(a -> {
                    if (areasDone.add(a.slug())) {
                        progress.update("Making the pages of each area", areasDone.size(), areas);
                    }
                });
                out.addAll(rendered.diagnostics());
                rendered.pages().forEach(pages);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted while making the pages", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The page with its abbreviations explained, as the pass left it last time when it was made the same. */
    private String explained(String path, String made, Abbreviations abbreviations,
            List<org.charterkit.model.GlossaryEntry> glossary) {
        if (explained == null) {
            return abbreviations.explain(made);
        }
        Explained before = explained.get(path);
        if (before != null && before.made().equals(made) && before.glossary().equals(glossary)) {
            return before.explained();
        }
        String text = abbreviations.explain(made);
        explained.put(path, new Explained(glossary, made, text));
        return text;
    }

    private static boolean isKept(String path, java.util.Set<String> kept) {
        return kept.stream().anyMatch(path::startsWith);
    }
}

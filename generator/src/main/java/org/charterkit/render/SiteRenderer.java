package org.charterkit.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.Area;
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
    private final MarkdownHtml markdown = new MarkdownHtml();
    private final Formats formats = new Formats();
    private final String version;
    private final java.time.LocalDate today;

    /**
     * @param theme   the theme folder, holding {@code templates/} and {@code assets/}
     * @param version Charterkit's version, named in each page's generator tag
     * @param today   the day the build is for: a charter past its review date says so
     */
    public SiteRenderer(Path theme, String version, java.time.LocalDate today) {
        this.theme = theme;
        this.today = today;
        this.version = version;
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
        engine.addTemplateResolver(xml);
        engine.addTemplateResolver(resolver);
    }

    /** Renders the site; a template that fails is reported, not thrown, and its page is left out. */
    public RenderedSite render(SitePlan plan, Diagnostics out) {
        List<RenderedPage> pages = new ArrayList<>();
        if (!Files.isDirectory(theme.resolve("templates"))) {
            out.error(Location.of(theme.toString()), "the theme has no templates folder",
                    "check that themes/default/templates exists");
            return new RenderedSite(pages, List.of());
        }
        Feeds feeds = new Feeds(plan.project());
        for (PlannedPage page : plan.pages()) {
            Context context = new Context();
            context.setVariable("page", page);
            context.setVariable("project", plan.project());
            context.setVariable("areas", plan.project().areas());
            context.setVariable("links", new Links(page.path()));
            context.setVariable("md", markdown);
            context.setVariable("fmt", formats);
            context.setVariable("generator", "Charterkit " + version);
            context.setVariable("feeds", feeds);
            page.area().ifPresent(area -> {
                // A version page shows that version's text in the same templates as the current charter.
                var charter = page.version().orElse(area.charter());
                context.setVariable("area", area);
                context.setVariable("charter", charter);
                context.setVariable("framework", charter.framework().orElse(null));
                context.setVariable("reviewOverdue", page.version().isEmpty() && charter.isDueForReview(today));
            });
            try {
                pages.add(new RenderedPage(page.path(), engine.process(page.kind().template(), context)));
            } catch (TemplateEngineException e) {
                out.error(Location.of("themes/" + theme.getFileName() + "/templates/" + page.kind().template()
                                + ".html"), "the template failed on " + page.path() + ": " + e.getMessage(),
                        "this is a fault in the theme, not in the charter: report it to the Charterkit developers");
            }
        }
        List<AssetFolder> assets = new ArrayList<>();
        assets.add(new AssetFolder(theme.resolve("assets"), "assets/"));
        for (Area area : plan.project().areas()) {
            Path areaAssets = area.folder().resolve("assets");
            if (Files.isDirectory(areaAssets)) {
                assets.add(new AssetFolder(areaAssets, area.slug() + "/assets/"));
            }
        }
        return new RenderedSite(pages, assets);
    }
}

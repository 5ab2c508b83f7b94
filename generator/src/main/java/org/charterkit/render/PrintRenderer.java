package org.charterkit.render;

import java.util.List;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.model.Charter;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.PaperSize;
import org.charterkit.plan.PageKind;
import org.charterkit.plan.PlannedPage;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints the booklet and the poster of a charter: the theme's print templates, laid out by {@link PdfPrinter}.
 *
 * <p>The poster shows every commitment, never cutting one off (that would misquote the charter). Text shrinks a
 * point at a time down to {@link #SMALLEST_POSTER_TEXT} points, still readable on a wall; a charter too long for
 * one side even then is printed over two, with a warning naming its longest cornerstone, and everything else is
 * printed as usual. A booklet past {@link #CONTENTS_AFTER_PAGES} pages opens with its contents.
 */
final class PrintRenderer {

    /** Poster text sizes to try, in points, largest first. */
    static final List<Integer> POSTER_TEXT = List.of(14, 13, 12, 11, 10, 9);
    static final int SMALLEST_POSTER_TEXT = 9;
    /** A booklet longer than this many pages gets a contents page. */
    static final int CONTENTS_AFTER_PAGES = 4;

    private final TemplateEngine engine;
    private final PdfPrinter printer;
    /**
     * A released version whose words the current charter still has prints once, under both addresses. Printing
     * runs on several threads, so the second asker waits for the first one's result.
     */
    private final java.util.Map<String, java.util.concurrent.CompletableFuture<Optional<byte[]>>> printed =
            new java.util.concurrent.ConcurrentHashMap<>();

    PrintRenderer(TemplateEngine engine, PdfPrinter printer) {
        this.engine = engine;
        this.printer = printer;
    }

    /**
     * Reports what printing a poster would report, without making the PDF: one layout at the smallest text
     * tells whether it fits one side. A poster whose HTML at that size was already laid out is not laid out again.
     *
     * @param seen the HTML of the posters already laid out by this check
     * @return whether a layout was done
     */
    boolean fit(PlannedPage page, Charter charter, Context context, java.util.Set<String> seen, Diagnostics out) {
        prepare(page, charter, context);
        context.setVariable("fontSize", SMALLEST_POSTER_TEXT);
        String html = engine.process(PageKind.POSTER.template(), context);
        if (!seen.add(html)) {
            return false;
        }
        if (printer.layout(html, imagesOf(page), "cornerstone-").pages() > 1) {
            warnTwoSides(charter, out);
        }
        return true;
    }

    private void prepare(PlannedPage page, Charter charter, Context context) {
        context.setVariable("paper", page.kind() == PageKind.POSTER ? charter.poster() : PaperSize.A4);
        context.setVariable("poster", PosterRow.plan(charter));
        context.setVariable("address", address(page, context));
        context.setVariable("printFolder", printer.baseUri());
        context.setVariable("fontSize", POSTER_TEXT.get(0));
        context.setVariable("css", new CssText());
        context.setVariable("titleNeedsFallback", !printer.drawsAll(charter.title()));
        context.setVariable("contents", false);
    }

    /** Prints one planned PDF; a poster too long for one side is printed over two, with a warning. */
    Optional<byte[]> print(PlannedPage page, Charter charter, Context context, Diagnostics out) {
        prepare(page, charter, context);
        String first = engine.process(page.kind().template(), context);
        var mine = new java.util.concurrent.CompletableFuture<Optional<byte[]>>();
        var earlier = printed.putIfAbsent(first, mine);
        if (earlier != null) {
            return earlier.join();
        }
        Optional<byte[]> pdf;
        try {
            pdf = printFresh(page, charter, context, first, out);
        } catch (org.thymeleaf.exceptions.TemplateEngineException e) {
            mine.completeExceptionally(e);
            throw e;
        } catch (RuntimeException e) {
            // openhtmltopdf reports what it cannot lay out by throwing; the build reports it and goes on checking.
            out.error(charter.location(), "the printed charter " + page.path() + " could not be made: "
                            + e.getMessage(),
                    "this is a fault in the theme's print templates or in Charterkit, not in the charter:"
                            + " report it to the Charterkit developers, or build with --no-pdf meanwhile");
            pdf = Optional.empty();
        }
        mine.complete(pdf);
        return pdf;
    }

    /** @param rendered the page's HTML as first rendered: the booklet's final HTML, a poster's at its largest text */
    private Optional<byte[]> printFresh(PlannedPage page, Charter charter, Context context, String rendered,
            Diagnostics out) {
        String html = rendered;
        if (page.kind() == PageKind.POSTER) {
            Optional<String> fitted = fitPoster(page, charter, context, out);
            if (fitted.isEmpty()) {
                return Optional.empty();
            }
            html = fitted.get();
        } else if (page.kind() == PageKind.BOOKLET
                && printer.layout(html, imagesOf(page), "-").pages() > CONTENTS_AFTER_PAGES) {
            // A booklet past four pages opens with its contents: laid out once without to know.
            context.setVariable("contents", true);
            html = engine.process(page.kind().template(), context);
        }
        Optional<java.util.Calendar> adopted = charter.adopted()
                .map(d -> PdfPrinter.calendarOf(d.firstDay()));
        byte[] pdf = printer.print(html, imagesOf(page), adopted, problem -> out.warning(charter.location(),
                "the printed charter " + page.path() + " is not quite right: " + problem,
                "a character the theme's font lacks, or an image that cannot be read, is the usual cause"));
        return Optional.of(pdf);
    }

    /** The charter's own page on the web, printed so a copy on a wall leads back to it; none without base-url. */
    private static String address(PlannedPage page, Context context) {
        if (!(context.getVariable("project") instanceof org.charterkit.model.Project project)
                || page.area().isEmpty()) {
            return null;
        }
        String slug = page.area().get().slug();
        return project.settings().baseUrl().map(base -> base + slug
                + page.version().map(v -> "/v/" + v.version() + "/").orElse("/charter/")).orElse(null);
    }

    private static String imagesOf(PlannedPage page) {
        return page.area().map(a -> a.folder().toAbsolutePath().toUri().toString()).orElse("");
    }

    /**
     * The poster's HTML at the largest text that fits one side. A poster that does not fit one side even at
     * {@link #SMALLEST_POSTER_TEXT} points is not refused: it is printed over two sides, at the largest text
     * that fits them, with a warning naming the longest cornerstone, so one long charter never stops the other
     * areas' PDFs or the web pages.
     */
    private Optional<String> fitPoster(PlannedPage page, Charter charter, Context context, Diagnostics out) {
        Optional<String> oneSide = largestThatFits(page, context, 1);
        if (oneSide.isPresent()) {
            return oneSide;
        }
        String twoSides = largestThatFits(page, context, 2).orElseGet(() -> {
            context.setVariable("fontSize", SMALLEST_POSTER_TEXT);
            return engine.process(PageKind.POSTER.template(), context);
        });
        warnTwoSides(charter, out);
        return Optional.of(twoSides);
    }

    /** The warning of a poster printed over two sides, the same from {@code check} and {@code build}. */
    private static void warnTwoSides(Charter charter, Diagnostics out) {
        Optional<CornerstoneSection> longest = PosterFit.longest(charter);
        String term = charter.framework().map(f -> f.term()).orElse("cornerstone");
        String paper = charter.poster().label();
        out.warning(longest.map(CornerstoneSection::location).orElse(charter.location()),
                "the " + paper + " poster does not fit on one side even with its text at " + SMALLEST_POSTER_TEXT
                        + " pt, so it is printed over two sides"
                        + longest.map(s -> "; the longest " + term + " is \"" + s.heading() + "\" ("
                                + PosterFit.words(s) + " words)").orElse(""),
                (charter.poster() == PaperSize.A4
                        ? "to keep it on one side, shorten that " + term + "'s commitments or add `poster: A3` to the"
                                + " front matter; "
                        : "to keep it on one side, shorten that " + term + "'s commitments; ")
                        + "measured limits are in the charter format guide (\"The printed charters\")");
    }

    /** The HTML at the largest text size whose layout takes at most {@code sides} pages, found by halving. */
    private Optional<String> largestThatFits(PlannedPage page, Context context, int sides) {
        int low = 0;
        int high = POSTER_TEXT.size() - 1;
        String fitted = null;
        while (low <= high) {
            int middle = (low + high) / 2;
            context.setVariable("fontSize", POSTER_TEXT.get(middle));
            String html = engine.process(PageKind.POSTER.template(), context);
            if (printer.layout(html, imagesOf(page), "cornerstone-").pages() <= sides) {
                fitted = html;
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        return Optional.ofNullable(fitted);
    }
}

package org.charterkit.render;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
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
 * <p>The poster must show every commitment on one sheet. Text shrinks a point at a time down to
 * {@link #SMALLEST_POSTER_TEXT} points, which is still readable on a wall; below that the build fails and
 * names the cornerstone that is too long, because cutting a commitment off would misquote the charter.
 */
final class PrintRenderer {

    /** Poster text sizes to try, in points, largest first. */
    static final List<Integer> POSTER_TEXT = List.of(14, 13, 12, 11, 10, 9);
    static final int SMALLEST_POSTER_TEXT = 9;

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

    /** Prints one planned PDF; a poster that cannot fit is reported and gives nothing. */
    Optional<byte[]> print(PlannedPage page, Charter charter, Context context, Diagnostics out) {
        context.setVariable("paper", page.kind() == PageKind.POSTER ? charter.poster() : PaperSize.A4);
        context.setVariable("rows", PosterRow.of(charter.sections()));
        context.setVariable("printFolder", printer.baseUri());
        context.setVariable("fontSize", POSTER_TEXT.get(0));
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
        }
        Optional<java.util.Calendar> adopted = charter.adopted()
                .map(d -> PdfPrinter.calendarOf(d.firstDay()));
        byte[] pdf = printer.print(html, imagesOf(page), adopted, problem -> out.warning(charter.location(),
                "the printed charter " + page.path() + " is not quite right: " + problem,
                "a character the theme's font lacks, or an image that cannot be read, is the usual cause"));
        return Optional.of(pdf);
    }

    private static String imagesOf(PlannedPage page) {
        return page.area().map(a -> a.folder().toAbsolutePath().toUri().toString()).orElse("");
    }

    private Optional<String> fitPoster(PlannedPage page, Charter charter, Context context, Diagnostics out) {
        // The largest size that fits, found by halving: three layouts at most, rather than one per size.
        int low = 0;
        int high = POSTER_TEXT.size() - 1;
        String fitted = null;
        PdfPrinter.Layout last = null;
        while (low <= high) {
            int middle = (low + high) / 2;
            context.setVariable("fontSize", POSTER_TEXT.get(middle));
            String html = engine.process(PageKind.POSTER.template(), context);
            PdfPrinter.Layout layout = printer.layout(html, imagesOf(page), "cornerstone-");
            if (layout.pages() <= 1) {
                fitted = html;
                high = middle - 1;
            } else {
                last = layout;
                low = middle + 1;
            }
        }
        if (fitted != null) {
            return Optional.of(fitted);
        }
        String term = charter.framework().map(f -> f.term()).orElse("cornerstone");
        Optional<CornerstoneSection> longest = last.elements().stream()
                .max(Comparator.comparingInt(PdfPrinter.Measured::height))
                .flatMap(m -> charter.cornerstoneSections().stream()
                        .filter(s -> ("cornerstone-" + s.anchor()).equals(m.id())).findFirst());
        Location at = longest.map(CornerstoneSection::location).orElse(charter.location());
        String paper = charter.poster().label();
        out.error(at, longest.map(s -> "the " + term + " \"" + s.heading() + "\"").orElse("the charter")
                        + " does not fit on the " + paper + " poster, even with its text at "
                        + SMALLEST_POSTER_TEXT + " pt",
                charter.poster() == PaperSize.A4
                        ? "shorten its commitments, or print the poster on bigger paper: add `poster: A3` to the"
                                + " front matter"
                        : "shorten its commitments; the full text is still in the booklet and on the web pages");
        return Optional.empty();
    }
}

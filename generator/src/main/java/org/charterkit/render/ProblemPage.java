package org.charterkit.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.charterkit.diagnostic.Diagnostic;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The page the live preview shows in place of the site while the sources have errors: each problem with its
 * {@code file:line:column}, what is wrong and the hint, in the theme's words ({@code serve-problems.html}).
 */
public final class ProblemPage {

    private ProblemPage() {
    }

    /**
     * Renders the problems with the theme; when the theme itself is what is broken, the problems as plain text
     * in a bare page, so they are still seen.
     */
    public static byte[] render(Path theme, List<Diagnostic> problems) {
        try {
            FileTemplateResolver resolver = new FileTemplateResolver();
            resolver.setPrefix(theme.resolve("templates").toAbsolutePath() + "/");
            resolver.setSuffix(".html");
            resolver.setTemplateMode(TemplateMode.HTML);
            resolver.setCharacterEncoding("UTF-8");
            resolver.setCacheable(false);
            TemplateEngine engine = new TemplateEngine();
            engine.setTemplateResolver(resolver);
            engine.setMessageResolver(ThemeMessages.of(theme));
            Context context = new Context(Locale.UK);
            // Only what stops the site: warnings do not, and the terminal lists them.
            List<Diagnostic> errors = problems.stream().filter(Diagnostic::isError).toList();
            context.setVariable("problems", errors);
            context.setVariable("errors", errors.size());
            return engine.process("serve-problems", context).getBytes(StandardCharsets.UTF_8);
        } catch (TemplateEngineException | IllegalStateException | java.io.UncheckedIOException e) {
            StringBuilder text = new StringBuilder();
            for (Diagnostic problem : problems) {
                text.append(problem.format()).append('\n');
            }
            text.append(e.getMessage()).append('\n');
            return ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>charterkit serve</title>"
                    + "</head><body><main><pre>" + org.jsoup.nodes.Entities.escape(text.toString())
                    + "</pre></main></body></html>").getBytes(StandardCharsets.UTF_8);
        }
    }
}

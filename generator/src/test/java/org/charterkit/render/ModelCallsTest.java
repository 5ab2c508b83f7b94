package org.charterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ognl.ObjectMethodAccessor;
import ognl.OgnlRuntime;
import org.charterkit.TestProjects;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.Area;
import org.charterkit.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Charterkit's methods called straight from the templates (render/ModelCalls) give what OGNL's own way of calling
 * gives, value for value and refusal for refusal, on the real charters; calls it does not take (Java's own
 * methods, arguments OGNL would convert, classes that are not Charterkit's) still go OGNL's way, with
 * Thymeleaf's checks.
 */
@Isolated("puts OGNL's own accessor back for a moment, for the whole program")
class ModelCallsTest {

    private static final List<String> EXPRESSIONS = List.of(
            "${charter.areaName()}",
            "${charter.title() + ' ' + charter.version()}",
            "${charter.partnersOfKind('parent-carer-forum').size()}",
            "${charter.sections().size()}",
            "${charter.centreFollows(charter.sections().get(2))}",
            "${charter.isDueForReview(today)}",
            "${area.slug()}",
            "${links.to('a-z/')}",
            "${links.exact(area.slug() + '/charter/')}",
            "${links.to(area.charter().version())}",
            "${md.inline(charter.sections().get(2).commitments().get(0).markdown())}",
            // Java's own methods, through the public type that declares them, and Thymeleaf's expression objects.
            "${charter.sections().isEmpty()}",
            "${charter.summary().isEmpty() ? 'no summary' : charter.summary().length()}",
            "${charter.adopted().isPresent() ? charter.adopted().get() : 'not adopted'}",
            "${area.slug().substring(1) + area.slug().substring(1, 2)}",
            "${#numbers.sequence(1, 3).length}",
            "${#messages.msg('words.footer.version')}",
            "${charter.hashCode() == charter.hashCode()}",
            "${charter.areaName().length()}",
            // One of two methods of the same name and arity, told apart by the argument.
            "${fmt.date(today)}",
            "${charter.adopted().isPresent() ? fmt.date(charter.adopted().get()) : ''}",
            // Not to be taken straight: these go OGNL's way, to be converted, chosen or refused there.
            "${fmt.date(null)}",
            "${links.to(12)}",
            "${charter.areaName().indexOf('a')}",
            "${charter.partners().subList(0, 1).get(0)}",
            "${charter.getClass().getName()}",
            "${charter.getClass().getModule().getName()}",
            "${charter.noSuchMethod()}",
            "${links.to(null)}");

    @Test
    void everyCallGivesWhatOgnlGives() {
        Project project = new ProjectLoader(TestProjects.repositoryRoot(), new Diagnostics()).load(Optional.empty());
        List<String> straight = new ArrayList<>();
        List<String> ognls = new ArrayList<>();
        ModelCalls.install();
        long before = ModelCalls.taken();
        for (Area area : project.areas()) {
            straight.addAll(evaluate(area));
        }
        long taken = ModelCalls.taken() - before;
        try {
            OgnlRuntime.setMethodAccessor(Object.class, new ObjectMethodAccessor());
            for (Area area : project.areas()) {
                ognls.addAll(evaluate(area));
            }
        } finally {
            ModelCalls.install();
        }
        assertEquals(ognls, straight);
        assertTrue(straight.stream().anyMatch(s -> s.startsWith("refused")), "some calls are refused: " + straight);
        // Each area: eleven expressions of Charterkit's own calls, some with two or three.
        assertTrue(taken >= 11L * project.areas().size(), taken + " calls made straight away");
    }

    @Test
    void javasOwnMethodsAreCalledStraightAwayWhereThymeleafAllowsThem() {
        Area area = new ProjectLoader(TestProjects.repositoryRoot(), new Diagnostics()).load(Optional.empty())
                .areas().get(0);
        ModelCalls.install();
        long before = ModelCalls.taken();
        TemplateEngine engine = engine();
        Context context = context(area);
        assertEquals("false true", engine.process("[(${charter.sections().isEmpty()})] "
                + "[(${charter.adopted().isPresent()})]", context));
        assertEquals(4, ModelCalls.taken() - before,
                "charter.sections(), List.isEmpty(), charter.adopted() and Optional.isPresent() taken straight");
        before = ModelCalls.taken();
        assertThrows(TemplateEngineException.class,
                () -> engine.process("[(${charter.getClass().getModule().getName()})]", context));
        assertEquals(1, ModelCalls.taken() - before, "only getClass() taken; Module.getName() refused by Thymeleaf");
    }

    private static TemplateEngine engine() {
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        ((StringTemplateResolver) engine.getTemplateResolvers().iterator().next()).setTemplateMode(TemplateMode.TEXT);
        return engine;
    }

    /** The variables the templates' expressions read, for {@code area}: shared with {@code ModelExpressionsTest}. */
    static Context context(Area area) {
        Context context = new Context(Locale.UK);
        context.setVariable("charter", area.charter());
        context.setVariable("area", area);
        context.setVariable("links", new Links(area.slug() + "/cornerstones/communicate/index.html"));
        context.setVariable("md", new MarkdownHtml());
        context.setVariable("fmt", new Formats(Locale.UK));
        context.setVariable("today", TestProjects.BUILD_DAY);
        return context;
    }

    private static List<String> evaluate(Area area) {
        TemplateEngine engine = engine();
        Context context = context(area);
        List<String> results = new ArrayList<>();
        for (String expression : EXPRESSIONS) {
            try {
                results.add(expression + " = " + engine.process("[(" + expression + ")]", context));
            } catch (TemplateEngineException e) {
                results.add("refused " + expression);
            }
        }
        return results;
    }
}

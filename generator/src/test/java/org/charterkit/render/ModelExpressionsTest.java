package org.charterkit.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.charterkit.TestProjects;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.ProjectLoader;
import org.charterkit.model.Area;
import org.charterkit.model.Project;
import org.charterkit.plan.Planner;
import org.charterkit.plan.SitePlan;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The templates' expressions worked out without OGNL (render/ModelExpressions) give what OGNL gives: the whole
 * real site, printed charters included, is the same bytes either way, and so is each of a list of expressions
 * chosen for OGNL's corners (what {@code and} gives back, a one-letter string, {@code !} of a word, a call on
 * nothing, a method that fails), in an attribute Thymeleaf restricts and in one it does not.
 */
class ModelExpressionsTest {

    /** Expressions worked out without OGNL; each is also checked against OGNL. */
    private static final List<String> TAKEN = List.of(
            "charter.areaName()",
            "charter.title() + ' ' + charter.version()",
            "'#' + charter.sections().get(2).anchor()",
            "charter.sections().size() + 1 + 'x'",
            "'x' + 1 + 2",
            "charter.sections().isEmpty()",
            "!charter.sections().isEmpty()",
            "not charter.sections().isEmpty()",
            "!charter.areaName()",
            "!''",
            "!0",
            "!null",
            "charter.summary() and charter.areaName()",
            "'' and charter.areaName()",
            "null or 'x'",
            "charter.areaName() or 'x'",
            "charter.sections().isEmpty() || charter.areaName()",
            "charter.sections().size() > 3 && charter.sections().size() <= 100",
            "charter.sections().size() >= 3 ? 'many' : charter.sections().size() < 1 ? 'none' : 'some'",
            "(charter.sections().size() + 1) == charter.sections().size() + 1",
            "charter.sections().size() == '9'",
            "1 == 1 == true",
            "#ctx.getVariable('charter').areaName()",
            "charter.version() != null",
            "charter.language() == 'en'",
            "'a' == 'a'",
            "area.slug()",
            "links.to('a-z/')",
            "links.to('')",
            "links.exact(area.slug() + '/charter/')",
            "md.inline(charter.sections().get(0).commitments().get(0).markdown())",
            "fmt.date(today)",
            "charter.adopted().isPresent() ? fmt.date(charter.adopted().get()) : ''",
            "#messages.msg('words.footer.version')",
            "#strings.toUpperCase('ab')",
            "true",
            "param",
            "  charter . areaName ( )  ");

    /** Expressions left to OGNL, which works them out, or refuses them, as before. */
    private static final List<String> LEFT = List.of(
            "charter.sections()[0].heading()",
            "charter.sections().size() - 1",
            "charter.title().length() * 2",
            "\"double\" + charter.areaName()",
            "'it\\'s' + charter.areaName()",
            "charter.areaName",
            "{1, 2, 3}",
            "010 + 1",
            "@java.lang.Math@max(1, 2)",
            "charter.adopted().orElse(null)",
            "fmt.date(null)",
            "links.to(12)",
            "nothing.areaName()",
            "charter.noSuchMethod()",
            "charter.partners().get(99)",
            "#root == null",
            "#nosuchobject.x()",
            "charter.getClass().getModule().getName()",
            "charter.areaName() eq 'x'",
            "charter.areaName() instanceof java.lang.String",
            "charter.areaName(",
            "x = 1",
            "charter.in()",
            "charter.areaName()\u000B");

    @Test
    void theRealSiteIsTheSameWithOgnlAlone() {
        Path root = TestProjects.repositoryRoot();
        SitePlan plan = new Planner(true).plan(new ProjectLoader(root, new Diagnostics()).load(Optional.empty()));
        SiteRenderer fast = new SiteRenderer(root.resolve("themes/default"), "test", TestProjects.BUILD_DAY, 2);
        SiteRenderer ognl = SiteRenderer.ognlOnly(root.resolve("themes/default"), "test", TestProjects.BUILD_DAY);
        Diagnostics fastOut = new Diagnostics();
        Diagnostics ognlOut = new Diagnostics();
        RenderedSite withFast = fast.render(plan, fastOut);
        RenderedSite withOgnl = ognl.render(plan, ognlOut);
        assertEquals(withOgnl.pages().stream().map(RenderedPage::path).toList(),
                withFast.pages().stream().map(RenderedPage::path).toList());
        assertTrue(withFast.pages().stream().anyMatch(p -> p.path().endsWith(".pdf")), "printed charters made");
        for (int i = 0; i < withFast.pages().size(); i++) {
            assertArrayEquals(withOgnl.pages().get(i).content(), withFast.pages().get(i).content(),
                    withFast.pages().get(i).path());
        }
        assertEquals(ognlOut.sorted(), fastOut.sorted());
        assertEquals(0, ognl.expressionsTaken());
        // Two areas' pages, each with hundreds of expressions; nearly all of them are plain calls.
        long taken = fast.expressionsTaken();
        long left = fast.expressionsLeft();
        assertTrue(taken > 10_000 && taken > 20 * left, taken + " worked out here, " + left + " left to OGNL");
    }

    @Test
    void eachExpressionGivesWhatOgnlGives() {
        Area area = new ProjectLoader(TestProjects.repositoryRoot(), new Diagnostics()).load(Optional.empty())
                .areas().get(0);
        List<String> all = new ArrayList<>(TAKEN);
        all.addAll(LEFT);
        for (String attribute : List.of("th:text", "th:href")) {
            assertEquals(evaluate(engine(null), area, all, attribute),
                    evaluate(engine(new ModelExpressions()), area, all, attribute), attribute);
        }
    }

    @Test
    void eachExpressionIsWorkedOutWhereItShouldBe() {
        Area area = new ProjectLoader(TestProjects.repositoryRoot(), new Diagnostics()).load(Optional.empty())
                .areas().get(0);
        for (String expression : TAKEN) {
            for (String attribute : List.of("th:text", "th:href")) {
                ModelExpressions expressions = new ModelExpressions();
                evaluate(engine(expressions), area, List.of(expression), attribute);
                // Where Thymeleaf restricts what an expression may reach, its objects and param are for OGNL.
                boolean restricted = attribute.equals("th:href")
                        && (expression.contains("#") && !expression.startsWith("'#'") || expression.equals("param"));
                assertEquals(restricted ? 0 : 1, expressions.taken(), attribute + " " + expression);
            }
        }
        for (String expression : LEFT) {
            ModelExpressions expressions = new ModelExpressions();
            evaluate(engine(expressions), area, List.of(expression), "th:text");
            assertEquals(0, expressions.taken(), expression);
            assertEquals(1, expressions.left(), expression);
        }
    }

    /** Each expression's page, or the failure Thymeleaf reported for it. */
    private static List<String> evaluate(TemplateEngine engine, Area area, List<String> expressions,
            String attribute) {
        Context context = ModelCallsTest.context(area);
        context.setVariable("param", "a variable named param");
        List<String> results = new ArrayList<>();
        for (String expression : expressions) {
            String template = "<a " + attribute + "=\"${" + expression.replace("\"", "&quot;") + "}\">x</a>";
            try {
                results.add(expression + " = " + engine.process(template, context));
            } catch (TemplateEngineException e) {
                results.add(expression + " failed: " + e.getMessage());
            }
        }
        return results;
    }

    private static TemplateEngine engine(ModelExpressions expressions) {
        // As SiteRenderer does, before OGNL calls anything: OGNL keeps the accessor it first finds for each class,
        // and ModelCallsTest counts the calls made straight.
        ModelCalls.install();
        TemplateEngine engine = new TemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        if (expressions != null) {
            StandardDialect dialect = new StandardDialect();
            dialect.setVariableExpressionEvaluator(expressions);
            engine.setDialect(dialect);
        }
        return engine;
    }
}

package org.charterkit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import ognl.OgnlOps;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.expression.IExpressionObjects;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.expression.VariableExpression;
import org.thymeleaf.standard.util.StandardExpressionUtils;

/**
 * How the templates' {@code ${...}} expressions are worked out. Nearly all of them are a variable and a chain of
 * method calls ({@code charter.title()}, {@code md.block(section.leadIn())}, {@code q.choices()}), perhaps
 * compared, negated, joined with {@code +} or chosen between ({@code s.kind() == 'centre'},
 * {@code !charter.signatories().isEmpty()}, {@code a ? b : c}). Thymeleaf hands every one to OGNL, which builds a
 * context, walks its tree and looks each variable up through its own property accessors: about a tenth of a
 * build's processor time, spent the same way for every page. Those shapes are worked out here instead, from a tree
 * parsed once per expression, with OGNL's own rules for each operator ({@link OgnlOps}: what counts as true, what
 * equals what, what {@code +} of two values is), Thymeleaf's way of finding a variable ({@code getVariable} of the
 * page's context) and {@link ModelCalls} for each call, so each gives what OGNL gives.
 *
 * <p>Everything else goes to Thymeleaf's OGNL evaluator as before: any other syntax (properties without brackets,
 * indexes, lists, static members, assignments, subtraction, double-quoted or escaped strings), selection
 * expressions ({@code *{...}}), what Thymeleaf's restrictions may refuse ({@link Parsed}), and any expression whose
 * working-out meets something only OGNL should decide: a call on null, a call {@link ModelCalls} does not take, a
 * method that fails (so that OGNL reports it in its own words), an {@code #object} Thymeleaf does not have. The
 * methods templates call only read the model, so working part of an expression out twice changes nothing.
 *
 * <p>Thymeleaf lets a dialect choose its expression evaluator ({@code StandardDialect.setVariableExpressionEvaluator})
 * and itself works out plain property chains without OGNL the same way ({@code OGNLShortcutExpression}); the
 * templates, the bundle's words and OGNL's meaning of every expression stay as they are. The tests
 * ({@code ModelExpressionsTest}) build the real site both ways and compare every byte.
 */
final class ModelExpressions implements IStandardVariableExpressionEvaluator {

    /** The words OGNL reads as operators or values: never a variable's name. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "eq", "neq", "lt", "lte", "gt", "gte",
            "in", "instanceof", "new", "shl", "shr", "ushr", "band", "bor", "xor", "null", "true", "false");

    private final IStandardVariableExpressionEvaluator ognl;
    /** Each expression's tree, or empty for one left to OGNL; the same for every page, so parsed once. */
    private final Map<String, Optional<Parsed>> parsed = new ConcurrentHashMap<>();
    private final LongAdder taken = new LongAdder();
    private final LongAdder left = new LongAdder();

    /** Works out what it can, and hands the rest to Thymeleaf's own OGNL evaluator, made as its dialect makes it. */
    ModelExpressions() {
        this(new OGNLVariableExpressionEvaluator(true));
    }

    ModelExpressions(IStandardVariableExpressionEvaluator ognl) {
        this.ognl = ognl;
    }

    /** How many expressions were worked out here rather than by OGNL: for the tests. */
    long taken() {
        return taken.sum();
    }

    /** How many expressions were left to OGNL: for the tests. */
    long left() {
        return left.sum();
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
            StandardExpressionExecutionContext expContext) {
        if (expression instanceof VariableExpression && !expression.getUseSelectionAsRoot()
                && context instanceof ITemplateContext page) {
            Optional<Parsed> tree = parsed.computeIfAbsent(expression.getExpression(), Parsed::of);
            if (tree.isPresent() && tree.get().allowed(expContext)) {
                try {
                    Object result = tree.get().root().value(page);
                    taken.increment();
                    return expContext.getPerformTypeConversion()
                            ? StandardExpressions.getConversionService(context.getConfiguration())
                                    .convert(context, result, String.class)
                            : result;
                } catch (RuntimeException e) {
                    // Met something only OGNL should decide (LeftToOgnl), or a failure: OGNL works the whole
                    // expression out below, from the start, and reports any failure in its own words.
                }
            }
        }
        left.increment();
        return ognl.evaluate(context, expression, expContext);
    }

    /**
     * An expression's tree, with what Thymeleaf's restrictions ask of it. Where Thymeleaf restricts what an
     * expression may reach (links, unescaped text, the values of most attributes), OGNL refuses the request's
     * parameters ({@code param}), some expression objects ({@code #ctx}, {@code #vars}...) and, where external
     * access is restricted, expressions that could make objects or reach static members. An expression with none
     * of these ({@code plain}) is worked out here in any context; any other is left to OGNL there, to be refused
     * or allowed as before.
     */
    private record Parsed(Node root, boolean plain, boolean external) {

        static Optional<Parsed> of(String expression) {
            Parser parser = new Parser(expression);
            return parser.parse().map(root -> new Parsed(root, parser.plain,
                    StandardExpressionUtils.containsExternalAccess(expression)));
        }

        boolean allowed(StandardExpressionExecutionContext expContext) {
            return !(expContext.getRestrictVariableAccess() && !plain)
                    && !(expContext.getRestrictExternalAccess() && external);
        }
    }

    /** Met while working an expression out: OGNL is to work out the whole expression instead. */
    private static final class LeftToOgnl extends RuntimeException {

        static final LeftToOgnl INSTANCE = new LeftToOgnl();

        private LeftToOgnl() {
            super(null, null, false, false);
        }
    }

    /** A part of an expression, as OGNL's tree has it; each works its value out as OGNL's node of that kind does. */
    private sealed interface Node {

        Object value(ITemplateContext page);
    }

    /** A literal: a string, a character (one character in single quotes), a whole number, true, false or null. */
    private record Literal(Object constant) implements Node {

        @Override
        public Object value(ITemplateContext page) {
            return constant;
        }
    }

    /** A variable of the page, as OGNL finds it through Thymeleaf's accessor for a context. */
    private record Variable(String name) implements Node {

        @Override
        public Object value(ITemplateContext page) {
            return page.getVariable(name);
        }
    }

    /** One of Thymeleaf's expression objects ({@code #messages}), as OGNL finds it in its context map. */
    private record ExpressionObject(String name) implements Node {

        @Override
        public Object value(ITemplateContext page) {
            IExpressionObjects objects = page.getExpressionObjects();
            if (!objects.containsObject(name)) {
                throw LeftToOgnl.INSTANCE;
            }
            return objects.getObject(name);
        }
    }

    /** A method called on what comes before it; its arguments are worked out on the page, as OGNL does. */
    private record Call(Node target, String method, List<Node> arguments) implements Node {

        @Override
        public Object value(ITemplateContext page) {
            Object on = target.value(page);
            if (on == null) {
                throw LeftToOgnl.INSTANCE;
            }
            Object[] args = new Object[arguments.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = arguments.get(i).value(page);
            }
            Object result = ModelCalls.straight(on, method, args);
            if (result == ModelCalls.NOT_TAKEN) {
                throw LeftToOgnl.INSTANCE;
            }
            return result;
        }
    }

    private record Not(Node operand) implements Node {

        @Override
        public Object value(ITemplateContext page) {
            return OgnlOps.booleanValue(operand.value(page)) ? Boolean.FALSE : Boolean.TRUE;
        }
    }

    /** {@code and} and {@code or}: the first operand that decides, or the last, as itself (not made true or false). */
    private record Logical(Node left, Node right, boolean and) implements Node {

        @Override
        public Object value(ITemplateContext page) {
            Object first = left.value(page);
            return OgnlOps.booleanValue(first) == and ? right.value(page) : first;
        }
    }

    private record Comparison(Node left, String operator, Node right) implements Node {

        @Override
        public Object value(ITemplateContext page) {
            Object a = left.value(page);
            Object b = right.value(page);
            boolean result = switch (operator) {
                case "==" -> OgnlOps.equal(a, b);
                case "!=" -> !OgnlOps.equal(a, b);
                case "<" -> OgnlOps.less(a, b);
                case ">" -> OgnlOps.greater(a, b);
                case "<=" -> !OgnlOps.greater(a, b);
                case ">=" -> !OgnlOps.less(a, b);
                default -> throw new IllegalStateException(operator);
            };
            return result ? Boolean.TRUE : Boolean.FALSE;
        }
    }

    private record Sum(Node left, Node right) implements Node {

        @Override
        public Object value(ITemplateContext page) {
            Object a = left.value(page);
            return OgnlOps.add(a, right.value(page));
        }
    }

    private record Choice(Node test, Node then, Node otherwise) implements Node {

        @Override
        public Object value(ITemplateContext page) {
            return OgnlOps.booleanValue(test.value(page)) ? then.value(page) : otherwise.value(page);
        }
    }

    /**
     * Reads the shapes above, with OGNL's precedence (lowest first: {@code ? :}, {@code or}, {@code and},
     * equality, comparison, {@code +}, {@code !}, then a literal, a bracketed expression or a chain of calls).
     * Anything else, anywhere in the expression, leaves the whole of it to OGNL.
     */
    private static final class Parser {

        private final String text;
        private int at;

        private Parser(String text) {
            this.text = text;
        }

        /** Whether the expression reads no expression object and no variable named {@code param}. */
        private boolean plain = true;

        Optional<Node> parse() {
            Node node = choice();
            space();
            return node != null && at == text.length() ? Optional.of(node) : Optional.empty();
        }

        private Node choice() {
            Node test = or();
            if (test == null || !take("?")) {
                return test;
            }
            Node then = choice();
            if (then == null || !take(":")) {
                return null;
            }
            Node otherwise = choice();
            return otherwise == null ? null : new Choice(test, then, otherwise);
        }

        private Node or() {
            return logical(this::and, "||", "or", false);
        }

        private Node and() {
            return logical(this::equality, "&&", "and", true);
        }

        /** One level of {@code and} or {@code or}: its operands, read by {@code operand}, joined left to right. */
        private Node logical(Supplier<Node> operand, String symbol, String word, boolean and) {
            Node left = operand.get();
            while (left != null && (take(symbol) || word(word))) {
                Node right = operand.get();
                left = right == null ? null : new Logical(left, right, and);
            }
            return left;
        }

        private Node equality() {
            return compared(this::comparison, "==", "!=");
        }

        /** Longer operators first, so that {@code <=} is not read as {@code <}. */
        private Node comparison() {
            return compared(this::sum, "<=", ">=", "<", ">");
        }

        /** One level of comparison: its operands, read by {@code operand}, joined left to right by {@code operators}. */
        private Node compared(Supplier<Node> operand, String... operators) {
            Node left = operand.get();
            while (left != null) {
                String operator = firstOf(operators);
                if (operator == null) {
                    break;
                }
                Node right = operand.get();
                left = right == null ? null : new Comparison(left, operator, right);
            }
            return left;
        }

        /** The first of {@code symbols} that comes next, taken; null if none does. */
        private String firstOf(String... symbols) {
            for (String symbol : symbols) {
                if (take(symbol)) {
                    return symbol;
                }
            }
            return null;
        }

        private Node sum() {
            Node left = unary();
            while (left != null && take("+")) {
                Node right = unary();
                left = right == null ? null : new Sum(left, right);
            }
            return left;
        }

        private Node unary() {
            if (take("!") || word("not")) {
                Node operand = unary();
                return operand == null ? null : new Not(operand);
            }
            return primary();
        }

        private Node primary() {
            space();
            if (at >= text.length()) {
                return null;
            }
            char c = text.charAt(at);
            if (c == '(') {
                at++;
                Node inner = choice();
                return inner != null && take(")") ? inner : null;
            }
            if (c == '\'') {
                return quoted();
            }
            if (c >= '0' && c <= '9') {
                return number();
            }
            Node chain;
            if (c == '#') {
                at++;
                String name = identifier();
                // OGNL reads these names from its own context, not Thymeleaf's objects.
                if (name == null || name.equals("this") || name.equals("root") || name.startsWith("_")) {
                    return null;
                }
                plain = false;
                chain = new ExpressionObject(name);
            } else {
                String name = identifier();
                if (name == null) {
                    return null;
                }
                if (KEYWORDS.contains(name)) {
                    return switch (name) {
                        case "null" -> new Literal(null);
                        case "true" -> new Literal(Boolean.TRUE);
                        case "false" -> new Literal(Boolean.FALSE);
                        default -> null;
                    };
                }
                plain &= !name.equals("param");
                chain = new Variable(name);
            }
            while (chain != null && peek('.')) {
                at++;
                String method = identifier();
                if (method == null || KEYWORDS.contains(method) || !take("(")) {
                    return null;
                }
                List<Node> arguments = new ArrayList<>();
                if (!take(")")) {
                    do {
                        Node argument = choice();
                        if (argument == null) {
                            return null;
                        }
                        arguments.add(argument);
                    } while (take(","));
                    if (!take(")")) {
                        return null;
                    }
                }
                chain = new Call(chain, method, List.copyOf(arguments));
            }
            space();
            // A property ({@code a.b}), an index or a call of the page itself: OGNL's.
            return at < text.length() && (text.charAt(at) == '[' || text.charAt(at) == '(') ? null : chain;
        }

        /** A string in single quotes, with no escape in it; one character is a {@code Character}, as in OGNL. */
        private Node quoted() {
            int end = text.indexOf('\'', at + 1);
            if (end < 0 || text.substring(at + 1, end).indexOf('\\') >= 0) {
                return null;
            }
            String value = text.substring(at + 1, end);
            at = end + 1;
            return new Literal(value.length() == 1 ? (Object) value.charAt(0) : value);
        }

        /** A whole number of up to nine figures with no leading zero (OGNL reads {@code 010} as octal): an Integer. */
        private Node number() {
            int start = at;
            while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
                at++;
            }
            String digits = text.substring(start, at);
            boolean plain = digits.length() <= 9 && (digits.length() == 1 || digits.charAt(0) != '0');
            if (!plain || (at < text.length() && (Character.isLetter(text.charAt(at)) || text.charAt(at) == '.'))) {
                return null;
            }
            return new Literal(Integer.valueOf(digits));
        }

        private String identifier() {
            space();
            int start = at;
            if (at < text.length() && Character.isJavaIdentifierStart(text.charAt(at))) {
                at++;
                while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
                    at++;
                }
            }
            return at > start ? text.substring(start, at) : null;
        }

        /** Takes {@code symbol} if it comes next, and is not the start of a longer operator ({@code =} of {@code ==}). */
        private boolean take(String symbol) {
            space();
            if (!text.startsWith(symbol, at)) {
                return false;
            }
            int after = at + symbol.length();
            if (after < text.length() && "=|&".indexOf(text.charAt(after)) >= 0 && !symbol.equals("(")
                    && !symbol.equals(")") && !symbol.equals(",")) {
                return false;
            }
            at = after;
            return true;
        }

        /** Takes the operator word {@code name} if it comes next as a whole word. */
        private boolean word(String name) {
            space();
            int after = at + name.length();
            if (text.startsWith(name, at)
                    && (after == text.length() || !Character.isJavaIdentifierPart(text.charAt(after)))) {
                at = after;
                return true;
            }
            return false;
        }

        private boolean peek(char c) {
            space();
            return at < text.length() && text.charAt(at) == c;
        }

        /** Skips the spaces OGNL skips: space, tab, line feed, carriage return and form feed, no others. */
        private void space() {
            while (at < text.length() && " \t\n\r\f".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }
    }
}

package org.charterkit.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import ognl.MethodAccessor;
import ognl.MethodFailedException;
import ognl.ObjectMethodAccessor;
import ognl.OgnlRuntime;
import org.thymeleaf.util.ExpressionUtils;

/**
 * How the templates' expressions call methods ({@code charter.areaName()}, {@code links.to('a-z/')},
 * {@code page.navigation().isEmpty()}, {@code charter.adopted().get()}): each method is found once per class, name
 * and number of arguments, and then called straight away. OGNL, which Thymeleaf's standard dialect evaluates
 * expressions with, looked each call's method up again among all of that name, and Thymeleaf checked each call
 * against its list of forbidden Java classes, copying the methods of each allowed Java interface to do so: together
 * about a tenth of a build's processor time and an eighth of what it allocated, for an answer that never changes.
 * Thymeleaf's check is still made, once for each class and method name ({@link ExpressionUtils#isMemberForbidden}
 * depends on nothing else for an object that is not itself a class), and a call it forbids goes OGNL's way, to be
 * refused there as before.
 *
 * <p>Only a call that OGNL would make the same way is taken: a public instance method, not variable-arity and
 * with no type variable among its parameters, which no static or variable-arity method of its name could compete
 * with, and which is the only one of its name and number of arguments whose parameters accept the arguments as
 * they are (OGNL picks the only compatible method, and converts arguments only when none is). The method is
 * called through a public class or interface, as {@code List.isEmpty()} for a list of Java's own hidden kinds,
 * which calls the same code. Everything else, including every call on a {@code Class} (Thymeleaf's answer then
 * depends on which class), goes to OGNL's own accessor and Thymeleaf's checks as before.
 *
 * <p>OGNL keeps its accessors in a registry of its own for the whole program (Thymeleaf registers its context
 * accessor there the same way): {@link #install()} puts this one in for {@code Object}. What it keeps is the
 * methods it found, which depend on nothing but the classes.
 */
final class ModelCalls implements MethodAccessor {

    private static final ModelCalls INSTANCE = new ModelCalls();
    /** The most arguments a method called this way takes; one with more goes to OGNL. */
    private static final int MOST_ARGUMENTS = 6;
    /** For a method name no call is taken for. */
    private static final List<List<Call>> NONE = IntStream.rangeClosed(0, MOST_ARGUMENTS)
            .mapToObj(arity -> List.<Call>of()).toList();

    private final ObjectMethodAccessor ognl = new ObjectMethodAccessor();

    /** For each class, each method name: for each number of arguments, the methods a call may be made straight to. */
    private final ClassValue<Map<String, List<List<Call>>>> methods = new ClassValue<>() {
        @Override
        protected Map<String, List<List<Call>>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** How many calls were made straight away, for the tests. */
    private final java.util.concurrent.atomic.LongAdder taken = new java.util.concurrent.atomic.LongAdder();

    private ModelCalls() {
    }

    /** The calls made straight away so far, in the whole program: for the tests. */
    static long taken() {
        return INSTANCE.taken.sum();
    }

    /** Has OGNL call methods this way; the same every time it is called. */
    static void install() {
        OgnlRuntime.setMethodAccessor(Object.class, INSTANCE);
    }

    @Override
    public Object callStaticMethod(Map context, Class targetClass, String methodName, Object[] args)
            throws MethodFailedException {
        return ognl.callStaticMethod(context, targetClass, methodName, args);
    }

    @Override
    public Object callMethod(Map context, Object target, String methodName, Object[] args)
            throws MethodFailedException {
        Call call = straightCall(target, methodName, args);
        if (call == null) {
            return ognl.callMethod(context, target, methodName, args);
        }
        try {
            taken.increment();
            return call.method().invoke(target, args);
        } catch (InvocationTargetException e) {
            throw new MethodFailedException(target, methodName, e.getCause());
        } catch (IllegalAccessException e) {
            return ognl.callMethod(context, target, methodName, args);
        }
    }

    /**
     * The call OGNL would make, made straight away, for {@link ModelExpressions}: {@link #NOT_TAKEN} when it is not
     * one this class takes, or when the method failed, so that OGNL makes it and reports it in its own words.
     */
    static Object straight(Object target, String methodName, Object[] args) {
        Call call = INSTANCE.straightCall(target, methodName, args);
        if (call == null) {
            return NOT_TAKEN;
        }
        try {
            Object result = call.method().invoke(target, args);
            INSTANCE.taken.increment();
            return result;
        } catch (InvocationTargetException | IllegalAccessException e) {
            return NOT_TAKEN;
        }
    }

    /** What {@link #straight} gives for a call it leaves to OGNL. */
    static final Object NOT_TAKEN = new Object();

    /** The method a call of {@code methodName} on {@code target} with {@code args} is made straight to; null if none. */
    private Call straightCall(Object target, String methodName, Object[] args) {
        Class<?> type = target.getClass();
        return args.length <= MOST_ARGUMENTS && type != Class.class
                ? fitting(methods.get(type).computeIfAbsent(methodName, name -> byArity(type, name, target))
                        .get(args.length), args)
                : null;
    }

    /** The only one of {@code calls} whose parameters accept {@code args} as they are; null if none or several. */
    private static Call fitting(List<Call> calls, Object[] args) {
        Call found = null;
        for (Call call : calls) {
            if (call.fits(args)) {
                if (found != null) {
                    return null;
                }
                found = call;
            }
        }
        return found;
    }

    /**
     * For each number of arguments up to {@link #MOST_ARGUMENTS}: the public instance methods of that name and
     * arity that a call on {@code type} (of which {@code target} is one) may be made straight to, each through a
     * public type. None when Thymeleaf forbids the name on the type, when a static or variable-arity method of the
     * name could take part in OGNL's choice, and for an arity with a method that cannot be called that way.
     */
    private static List<List<Call>> byArity(Class<?> type, String name, Object target) {
        if (type == Class.class || ExpressionUtils.isMemberForbidden(target, name)) {
            return NONE;
        }
        List<Method> named = new ArrayList<>();
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name)) {
                if (method.isVarArgs() || Modifier.isStatic(method.getModifiers())) {
                    return NONE;
                }
                named.add(method);
            }
        }
        List<List<Call>> calls = new ArrayList<>(MOST_ARGUMENTS + 1);
        for (int arity = 0; arity <= MOST_ARGUMENTS; arity++) {
            List<Call> those = new ArrayList<>();
            for (Method method : named) {
                if (method.getParameterCount() == arity) {
                    Optional<Method> callable = plainParameters(method) ? callable(type, method) : Optional.empty();
                    if (callable.isEmpty()) {
                        those.clear();
                        break;
                    }
                    those.add(Call.of(callable.get()));
                }
            }
            calls.add(List.copyOf(those));
        }
        return List.copyOf(calls);
    }

    /** Whether every parameter is of a plain class, not a type variable that OGNL would work out for the target. */
    private static boolean plainParameters(Method method) {
        return Arrays.stream(method.getGenericParameterTypes()).allMatch(t -> t instanceof Class<?>);
    }

    /**
     * The method as a public type of {@code type}'s declares it, so that it can be called from here: itself when its
     * class is one, else the same method of one of the public classes and interfaces above {@code type}.
     */
    private static Optional<Method> callable(Class<?> type, Method method) {
        if (reachable(method.getDeclaringClass())) {
            return Optional.of(method);
        }
        java.util.ArrayDeque<Class<?>> above = new java.util.ArrayDeque<>(List.of(type));
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        while (!above.isEmpty()) {
            Class<?> c = above.poll();
            if (!seen.add(c)) {
                continue;
            }
            if (reachable(c)) {
                try {
                    Method same = c.getMethod(method.getName(), method.getParameterTypes());
                    if (reachable(same.getDeclaringClass())) {
                        return Optional.of(same);
                    }
                } catch (NoSuchMethodException e) {
                    // Not declared here: look further up.
                }
            }
            if (c.getSuperclass() != null) {
                above.add(c.getSuperclass());
            }
            above.addAll(List.of(c.getInterfaces()));
        }
        return Optional.empty();
    }

    /**
     * Whether a class and every class it is nested in are public, in a package its module opens to all, so its
     * public methods can be called from here.
     */
    private static boolean reachable(Class<?> type) {
        if (!type.getModule().isExported(type.getPackageName())) {
            return false;
        }
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A method to call straight away, with its parameters' types as it accepts them (a primitive as its box),
     * found once: asking a method for them copies its array on every call.
     */
    private record Call(Method method, Class<?>[] parameters, Class<?>[] accepted) {

        static Call of(Method method) {
            Class<?>[] parameters = method.getParameterTypes();
            Class<?>[] accepted = new Class<?>[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                accepted[i] = parameters[i].isPrimitive()
                        ? java.lang.invoke.MethodType.methodType(parameters[i]).wrap().returnType() : parameters[i];
            }
            return new Call(method, parameters, accepted);
        }

        /** Whether the arguments are already of the parameters' types, so OGNL would convert none of them. */
        boolean fits(Object[] args) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null ? parameters[i].isPrimitive() : !accepted[i].isInstance(args[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}

package org.charterkit.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import ognl.MethodAccessor;
import ognl.MethodFailedException;
import ognl.ObjectMethodAccessor;
import ognl.OgnlRuntime;

/**
 * How the templates' expressions call Charterkit's own methods ({@code charter.areaName()},
 * {@code links.to('a-z/')}): each method is found once per class, name and number of arguments, and then called
 * straight away. OGNL, which Thymeleaf's standard dialect evaluates expressions with, looked each call's method
 * up again among all of that name, and Thymeleaf checked each call against its list of forbidden Java classes,
 * with streams: together about a tenth of a build's processor time and an eighth of what it allocated, for an
 * answer that never changes (Thymeleaf forbids nothing in {@code org.charterkit}).
 *
 * <p>Only a call that OGNL would make the same way is taken: a public method of a public Charterkit class, the
 * only one of its name and number of arguments, not variable-arity, whose arguments are already of its
 * parameters' types. Everything else, including every call on a class that is not Charterkit's and every method
 * that a Charterkit object inherits from Java ({@code getClass()}), goes to OGNL's own accessor and Thymeleaf's
 * checks as before.
 *
 * <p>OGNL keeps its accessors in a registry of its own for the whole program (Thymeleaf registers its context
 * accessor there the same way): {@link #install()} puts this one in for {@code Object}. What it keeps is the
 * methods it found, which depend on nothing but the classes.
 */
final class ModelCalls implements MethodAccessor {

    private static final ModelCalls INSTANCE = new ModelCalls();
    private static final String OURS = "org.charterkit.";
    /** The most arguments a method called this way takes; one with more goes to OGNL. */
    private static final int MOST_ARGUMENTS = 6;

    private final ObjectMethodAccessor ognl = new ObjectMethodAccessor();

    /** For each class, each method name: the method to call for each number of arguments, or none. */
    private final ClassValue<Map<String, List<Optional<Call>>>> methods = new ClassValue<>() {
        @Override
        protected Map<String, List<Optional<Call>>> computeValue(Class<?> type) {
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

    /** Has OGNL call Charterkit's methods this way; the same every time it is called. */
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
        Class<?> type = target.getClass();
        Optional<Call> call = type.getName().startsWith(OURS) && args.length <= MOST_ARGUMENTS
                ? methods.get(type).computeIfAbsent(methodName, name -> byArity(type, name)).get(args.length)
                : Optional.empty();
        if (call.isEmpty() || !call.get().fits(args)) {
            return ognl.callMethod(context, target, methodName, args);
        }
        try {
            taken.increment();
            return call.get().method().invoke(target, args);
        } catch (InvocationTargetException e) {
            throw new MethodFailedException(target, methodName, e.getCause());
        } catch (IllegalAccessException e) {
            return ognl.callMethod(context, target, methodName, args);
        }
    }

    /**
     * For each number of arguments up to {@link #MOST_ARGUMENTS}: the one public method of that name and arity
     * that Charterkit declares on {@code type}, if just one.
     */
    private static List<Optional<Call>> byArity(Class<?> type, String name) {
        Method[] found = new Method[MOST_ARGUMENTS + 1];
        boolean[] several = new boolean[MOST_ARGUMENTS + 1];
        if (reachable(type)) {
            for (Method method : type.getMethods()) {
                int arity = method.getParameterCount();
                if (method.getName().equals(name) && arity <= MOST_ARGUMENTS) {
                    several[arity] |= found[arity] != null;
                    found[arity] = method;
                }
            }
        }
        return IntStream.rangeClosed(0, MOST_ARGUMENTS)
                .mapToObj(arity -> Optional.ofNullable(several[arity] ? null : found[arity]).filter(ModelCalls::ours)
                        .map(Call::of))
                .toList();
    }

    /** Whether a method is Charterkit's own, called on the object itself and with a fixed number of arguments. */
    private static boolean ours(Method method) {
        return !method.isVarArgs() && !Modifier.isStatic(method.getModifiers())
                && method.getDeclaringClass().getName().startsWith(OURS) && reachable(method.getDeclaringClass());
    }

    /** Whether a class and every class it is nested in are public, so its public methods can be called. */
    private static boolean reachable(Class<?> type) {
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

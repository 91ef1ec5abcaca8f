package org.m4sd.benchmarks.peers;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.m4sd.rules.spi.RuleCase;

/**
 * Reads a case fact's properties by name, as DMN's FEEL does: the fact's class, and the classes of the parameters
 * it carries, belong to sdk-rules' implementation, so the Easy Rules peer names properties, not getters. Property
 * {@code x} is {@code getX()}, else {@code isX()}, else a public method {@code x()} without parameters (a record
 * component, or a figure such as a pensionable age's {@code years()}). The few methods the DRL rules call with
 * arguments (a sum in a cap's currency, the day an age is reached, message texts) are called by name too. The
 * handles of each class are looked up once.
 */
final class CaseProperties {
    private static final MethodType READ = MethodType.methodType(Object.class, Object.class);

    private static final ClassValue<Map<String, MethodHandle>> GETTERS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> getters = new HashMap<>();
            Map<String, MethodHandle> plain = new HashMap<>();
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() != 0 || m.getReturnType() == void.class
                        || m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                String property = beanProperty(m.getName());
                (property == null ? plain : getters).put(property == null ? m.getName() : property,
                        handle(type, m, READ));
            }
            // A getter wins over a method of the property's own name, as in FEEL.
            plain.forEach(getters::putIfAbsent);
            return Map.copyOf(getters);
        }
    };

    /** Methods with parameters, by name and number of parameters ({@code paidFor/2}), looked up on first call. */
    private static final ClassValue<Map<String, MethodHandle>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private CaseProperties() {
    }

    /** The value of {@code property} of the case's fact. */
    static Object get(RuleCase c, String property) {
        return property(c.fact(), property);
    }

    /** The value of the boolean {@code property} of the case's fact. */
    static boolean is(RuleCase c, String property) {
        return (Boolean) get(c, property);
    }

    /** The value of {@code property} of {@code bean}, a value the case carries (its parameters, a path, a cost). */
    static Object property(Object bean, String property) {
        MethodHandle getter = GETTERS.get(bean.getClass()).get(property);
        if (getter == null) {
            throw new IllegalArgumentException(bean.getClass().getSimpleName() + " has no property " + property);
        }
        try {
            return getter.invokeExact(bean);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("reading " + property + " failed", e);
        }
    }

    /** The value of the boolean {@code property} of {@code bean}. */
    static boolean flag(Object bean, String property) {
        return (Boolean) property(bean, property);
    }

    /** The value of the whole-number {@code property} of {@code bean}: an {@code int} or a {@code long}. */
    static long number(Object bean, String property) {
        return ((Number) property(bean, property)).longValue();
    }

    /**
     * Calls the public method {@code method} of {@code target} that takes {@code args.length} parameters; there
     * must be exactly one such method.
     */
    static Object call(Object target, String method, Object... args) {
        Class<?> type = target.getClass();
        MethodHandle handle = METHODS.get(type).computeIfAbsent(method + '/' + args.length,
                k -> lookUp(type, method, args.length));
        try {
            return handle.invokeExact(target, args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("calling " + method + " failed", e);
        }
    }

    private static MethodHandle lookUp(Class<?> type, String name, int parameters) {
        Method found = null;
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == parameters
                    && !Modifier.isStatic(m.getModifiers())) {
                if (found != null) {
                    throw new IllegalArgumentException(type.getSimpleName() + " has several methods " + name
                            + " with " + parameters + " parameters");
                }
                found = m;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no method " + name + " with "
                    + parameters + " parameters");
        }
        return handle(type, found, MethodType.methodType(Object.class, Object.class, Object[].class));
    }

    /** A handle on {@code m} of the shape {@code shape}: the target, then its arguments spread from an array. */
    private static MethodHandle handle(Class<?> type, Method m, MethodType shape) {
        try {
            MethodHandle h = MethodHandles.publicLookup().unreflect(m);
            if (shape.parameterCount() == 2) {
                h = h.asSpreader(Object[].class, m.getParameterCount());
            }
            return h.asType(shape);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + type.getName() + "." + m.getName(), e);
        }
    }

    /** {@code getX} or {@code isX} gives property {@code x}; other names give null. */
    private static String beanProperty(String name) {
        int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) {
            return null;
        }
        return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
    }
}

package org.m4sd.benchmarks.peers;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.m4sd.rules.spi.RuleCase;

/**
 * Reads a case fact's JavaBeans properties by name, as DMN's FEEL does: the fact's class belongs to sdk-rules'
 * implementation, so the Easy Rules peer names properties, not getters. The getters of each fact class are looked
 * up once.
 */
final class CaseProperties {
    private static final ClassValue<Map<String, MethodHandle>> GETTERS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> getters = new HashMap<>();
            for (Method m : type.getMethods()) {
                String property = property(m);
                if (property != null && !Modifier.isStatic(m.getModifiers())) {
                    try {
                        getters.put(property, MethodHandles.publicLookup().unreflect(m)
                                .asType(java.lang.invoke.MethodType.methodType(Object.class, Object.class)));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("cannot read " + type.getName() + "." + m.getName(), e);
                    }
                }
            }
            return Map.copyOf(getters);
        }
    };

    private CaseProperties() {
    }

    /** The value of {@code property} of the case's fact. */
    static Object get(RuleCase c, String property) {
        Object fact = c.fact();
        MethodHandle getter = GETTERS.get(fact.getClass()).get(property);
        if (getter == null) {
            throw new IllegalArgumentException(fact.getClass().getSimpleName() + " has no property " + property);
        }
        try {
            return getter.invokeExact(fact);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("reading " + property + " failed", e);
        }
    }

    /** The value of the boolean {@code property} of the case's fact. */
    static boolean is(RuleCase c, String property) {
        return (Boolean) get(c, property);
    }

    /** The value of the text {@code property} of the case's fact. */
    static String text(RuleCase c, String property) {
        return (String) get(c, property);
    }

    /** {@code getX()} or {@code isX()} without parameters gives property {@code x}; other methods give null. */
    private static String property(Method m) {
        if (m.getParameterCount() != 0 || m.getReturnType() == void.class || m.getDeclaringClass() == Object.class) {
            return null;
        }
        String name = m.getName();
        int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) {
            return null;
        }
        return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
    }
}

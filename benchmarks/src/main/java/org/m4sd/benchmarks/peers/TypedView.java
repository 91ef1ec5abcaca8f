package org.m4sd.benchmarks.peers;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A case fact seen through an interface jDMN generated from a DMN item definition: jDMN's Java reads its inputs
 * through typed getters ({@code getMonthsOfAge()}), while the fact's class belongs to sdk-rules' implementation. Each
 * getter reads the fact's property of the same name by name ({@link CaseProperties}), as FEEL does for the KIE DMN
 * peer, and gives it in the type jDMN declares: a number as {@link BigDecimal}, a string as text (an enum by its
 * name), a date as it is, a value of another item definition as a view of it, a list (or a set, such as the cost
 * items paid for) element by element. Each property is read and converted once per view.
 */
final class TypedView implements InvocationHandler {
    private final Object bean;
    private final Map<Method, Object> read = new HashMap<>();

    private TypedView(Object bean) {
        this.bean = bean;
    }

    /** {@code bean} seen as {@code type}, an interface jDMN generated; null for null. */
    static <T> T of(Object bean, Class<T> type) {
        if (bean == null) {
            return null;
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new TypedView(bean)));
    }

    /** The fact a view shows, for the case methods a DMN model calls; any other value as it is. */
    static Object bean(Object value) {
        if (value != null && Proxy.isProxyClass(value.getClass())
                && Proxy.getInvocationHandler(value) instanceof TypedView view) {
            return view.bean;
        }
        return value;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "view of " + bean;
            };
        }
        if (args != null && args.length > 0) {
            throw new UnsupportedOperationException("a view of " + bean.getClass().getSimpleName()
                    + " is read only: " + method.getName());
        }
        if (read.containsKey(method)) {
            return read.get(method);
        }
        Object value = convert(CaseProperties.property(bean, property(method.getName())),
                method.getGenericReturnType());
        read.put(method, value);
        return value;
    }

    /** {@code getX} reads property {@code x}. */
    private static String property(String getter) {
        if (!getter.startsWith("get") || getter.length() == 3) {
            throw new IllegalArgumentException("not a getter: " + getter);
        }
        return Character.toLowerCase(getter.charAt(3)) + getter.substring(4);
    }

    private static Object convert(Object value, Type type) {
        if (value == null) {
            return null;
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == Number.class) {
            return number((Number) value);
        }
        if (raw == String.class) {
            return value instanceof Enum<?> e ? e.name() : value.toString();
        }
        if (raw == Boolean.class || raw == LocalDate.class) {
            return value;
        }
        if (List.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (Object item : (Collection<?>) value) {
                out.add(convert(item, element));
            }
            return out;
        }
        if (raw.isInterface()) {
            return of(value, raw);
        }
        throw new IllegalArgumentException("no view of " + value.getClass().getSimpleName() + " as " + type);
    }

    private static BigDecimal number(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        return BigDecimal.valueOf(n.longValue());
    }
}

package org.m4sd.sdk.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Argument checks shared by the public value types; every message names the field at fault. */
public final class Checks {
    private Checks() {
    }

    // The message is built only when the check fails: a lambda capturing the field would be allocated on every
    // call, and every record of every decision calls these.
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " is required");
        }
        return value;
    }

    public static String requiredText(String value, String field) {
        required(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    public static <T> Optional<T> optional(Optional<T> value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " must be Optional.empty(), not null");
        }
        return value;
    }

    public static <T> List<T> list(List<T> values, String field) {
        required(values, field);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "] is null");
            }
        }
        return List.copyOf(values);
    }

    public static <T> Set<T> set(Collection<T> values, String field) {
        required(values, field);
        if (values.contains(null)) {
            throw new NullPointerException(field + " contains null");
        }
        return Set.copyOf(values);
    }

    public static <K, V> Map<K, V> map(Map<K, V> values, String field) {
        required(values, field);
        values.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new NullPointerException(field + " contains a null key or value");
            }
        });
        return Map.copyOf(values);
    }

    public static String country(String code, String field) {
        required(code, field);
        if (!CountryCodes.isKnown(code)) {
            throw new IllegalArgumentException(field + " must be an ISO 3166-1 alpha-3 country code, got \"" + code + "\"");
        }
        return code;
    }

    public static BigDecimal nonNegative(BigDecimal amount, String field) {
        required(amount, field);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + amount.toPlainString());
        }
        return amount;
    }

    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + value);
        }
        return value;
    }
}

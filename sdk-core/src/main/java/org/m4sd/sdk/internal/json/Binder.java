package org.m4sd.sdk.internal.json;

import org.m4sd.sdk.internal.Consistency;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.Limits;
import org.m4sd.sdk.internal.CountryCodes;
import org.m4sd.sdk.request.Money;

/**
 * Typed reads from a JSON tree that never throw: a value that is missing, of the wrong type or out of range
 * adds a problem at its path and reads as {@code null}, so one pass reports every problem of a document.
 * Records are built only when the pass found nothing, so their constructors' checks never fire on user input.
 */
abstract class Binder {
    final Problems problems = new Problems();
    final Limits limits;

    Binder(Limits limits) {
        this.limits = limits;
    }

    /** A visitor for one property of an object; returns false when the name is not one the object has. */
    interface PropertyReader {
        boolean read(String name, JsonNode value, String path);
    }

    /**
     * Reads an object's properties in document order, reporting unknown names with the allowed ones. Returns
     * false (after reporting) when the node is not an object.
     */
    boolean properties(JsonNode node, String path, List<String> allowed, PropertyReader reader) {
        if (!node.isObject()) {
            problems.add(path, what(path) + " must be an object, got " + Problems.describe(node));
            return false;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String childPath = Problems.child(path, e.getKey());
            if (!reader.read(e.getKey(), e.getValue(), childPath)) {
                problems.add(childPath, "unknown property " + Problems.quote(e.getKey()) + "; allowed here: "
                        + String.join(", ", allowed));
            }
        }
        return true;
    }

    void requireAll(JsonNode node, String path, String... names) {
        for (String name : names) {
            if (!node.has(name)) {
                String childPath = Problems.child(path, name);
                problems.add(childPath, name + " is required");
            }
        }
    }

    static String what(String path) {
        return Problems.label(path);
    }

    String text(JsonNode node, String path) {
        if (!node.isTextual()) {
            problems.add(path, what(path) + " must be a string, got " + Problems.describe(node));
            return null;
        }
        return node.textValue();
    }

    String nonBlank(JsonNode node, String path) {
        String s = text(node, path);
        if (s != null && s.isBlank()) {
            problems.add(path, what(path) + " must not be blank");
            return null;
        }
        return s;
    }

    Boolean bool(JsonNode node, String path) {
        if (!node.isBoolean()) {
            problems.add(path, what(path) + " must be true or false, got " + Problems.describe(node));
            return null;
        }
        return node.booleanValue();
    }

    String country(JsonNode node, String path) {
        String s = text(node, path);
        if (s != null && !CountryCodes.isKnown(s)) {
            problems.add(path, what(path) + " must be an ISO 3166-1 alpha-3 country code such as ECU or NPL, got "
                    + Problems.quote(s));
            return null;
        }
        return s;
    }

    String currency(JsonNode node, String path) {
        String s = text(node, path);
        if (s != null && !Money.isCurrency(s)) {
            problems.add(path, what(path) + " must be an ISO 4217 currency code such as USD or NPR, got "
                    + Problems.quote(s));
            return null;
        }
        return s;
    }

    LocalDate date(JsonNode node, String path) {
        String s = text(node, path);
        if (s == null) {
            return null;
        }
        LocalDate date = isoDate(s);
        if (date != null) {
            return date;
        }
        problems.add(path, what(path) + " must be a real date written YYYY-MM-DD, got " + Problems.quote(s));
        return null;
    }

    /**
     * The date {@code s} names when it is written YYYY-MM-DD with ASCII digits and is a real date in the ISO
     * calendar, else null: what matching {@code \d{4}-\d{2}-\d{2}} and then {@code LocalDate.parse} give,
     * without a matcher and a parse context per date (a request has many: birth, as-of, both ends of each
     * contribution period).
     */
    static LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // the caller's one message for every impossible date
        }
    }

    /** The number the ASCII digits from {@code from} to {@code to} write, or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    <E extends Enum<E>> E enumValue(JsonNode node, String path, Class<E> type) {
        String s = text(node, path);
        if (s == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        problems.add(path, what(path) + " must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")) + ", got " + Problems.quote(s));
        return null;
    }

    /** A determination by its id, listing the known ids when it is unknown. */
    Determination determination(JsonNode v, String p) {
        String id = text(v, p);
        if (id == null) {
            return null;
        }
        Optional<Determination> d = Determination.byId(id);
        if (d.isEmpty()) {
            problems.add(p, "unknown determination " + Problems.quote(id) + "; known: "
                    + Stream.of(Determination.values()).map(Determination::id).collect(Collectors.joining(", ")));
            return null;
        }
        return d.get();
    }

    /**
     * A non-negative whole number that fits an int: months, counts. As in JSON Schema, {@code 12.0} is a whole
     * number; {@code 12.5} is not.
     */
    Integer count(JsonNode node, String path) {
        BigInteger v = null;
        if (node.isIntegralNumber()) {
            v = node.bigIntegerValue();
        } else if (node.isNumber()) {
            BigDecimal d = node.decimalValue();
            if (d.signum() != 0 && d.stripTrailingZeros().scale() <= 0 && plainDigits(d) > limits.maxNumberLength()) {
                // a whole number written with a large exponent, such as 1E400: too large, not fractional
                problems.add(path, what(path) + " is too large, got " + d.stripTrailingZeros()
                        + "; at most " + Integer.MAX_VALUE + " is allowed");
                return null;
            }
            if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
                v = d.toBigInteger();
            }
        }
        if (v == null) {
            problems.add(path, what(path) + " must be a whole number, got " + Problems.describe(node));
            return null;
        }
        if (v.signum() < 0) {
            problems.add(path, what(path) + " must not be negative, got " + v);
            return null;
        }
        if (v.bitLength() > 31) {
            String shown = v.toString().length() > 20 ? new BigDecimal(v).round(new java.math.MathContext(3))
                    .toString() : v.toString();
            problems.add(path, what(path) + " is too large, got " + shown + "; at most " + Integer.MAX_VALUE
                    + " is allowed");
            return null;
        }
        return v.intValue();
    }

    /** Any JSON number, exact, within the digit limit; null (after reporting) otherwise. */
    BigDecimal decimal(JsonNode node, String path) {
        if (!node.isNumber()) {
            problems.add(path, what(path) + " must be a number, got " + Problems.describe(node));
            return null;
        }
        BigDecimal d = node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue();
        if (plainDigits(d) > limits.maxNumberLength()) {
            boolean large = d.precision() - d.scale() > limits.maxNumberLength();
            problems.add(path, what(path) + (large ? " is too large" : " has too many decimal places")
                    + ": written without an exponent it has " + plainDigits(d)
                    + " digits, more than the limit maxNumberLength (" + limits.maxNumberLength() + ")");
            return null;
        }
        return d;
    }

    BigDecimal nonNegativeAmount(JsonNode node, String path) {
        BigDecimal d = decimal(node, path);
        if (d != null && d.signum() < 0) {
            problems.add(path, what(path) + " must not be negative, got " + d.toPlainString());
            return null;
        }
        if (d != null && d.compareTo(Consistency.MAX_AMOUNT) > 0) {
            problems.add(path, Consistency.tooLarge(what(path), d));
            return null;
        }
        return d;
    }

    /**
     * Digits a number has when written plainly: bounded so that writing it back (which never uses exponents)
     * cannot blow up a short literal such as {@code 1E999999999}.
     */
    static long plainDigits(BigDecimal d) {
        int precision = d.precision();
        int scale = d.scale();
        if (scale <= 0) {
            return (long) precision - scale;
        }
        return Math.max(precision, scale + 1L);
    }

    /**
     * Reads an array element by element. Returns null (after reporting) when the node is not an array or is
     * longer than {@link Limits#maxListSize()}; elements that fail read as null and are left out.
     */
    <T> List<T> list(JsonNode node, String path, BiFunction<JsonNode, String, T> element) {
        if (!node.isArray()) {
            problems.add(path, what(path) + " must be an array, got " + Problems.describe(node));
            return null;
        }
        if (node.size() > limits.maxListSize()) {
            problems.add(path, what(path) + " has " + node.size() + " elements, more than the limit maxListSize ("
                    + limits.maxListSize() + ")");
            return null;
        }
        List<T> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            T value = element.apply(node.get(i), Problems.index(path, i));
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }
}

package org.m4sd.sdk.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The canonical text of a JSON tree: object keys sorted by UTF-16 code units (as in RFC 8785), no whitespace,
 * numbers by value rather than by spelling, strings escaped minimally. Two documents that mean the same get
 * the same text, so a hash of it identifies the input, not its formatting.
 */
final class Canonical {
    /** Beyond this many zeros a plain number would be mostly padding; such numbers keep an exponent. */
    private static final int PLAIN_SCALE_LIMIT = 100;
    /** Digits of every number a long holds. */
    private static final int MAX_LONG_DIGITS = 18;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Canonical() {
    }

    static String of(JsonNode node) {
        StringBuilder out = new StringBuilder(1024);
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>(node.size());
                for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                    names.add(it.next());
                }
                names.sort(null);
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(names.get(i), out);
                    out.append(':');
                    write(node.get(names.get(i)), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case NUMBER -> out.append(number(node.isIntegralNumber()
                    ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue()));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not JSON data: " + node.getNodeType());
        }
    }

    /**
     * The shortest plain spelling of the value: {@code 1.0}, {@code 1.00} and {@code 1E0} all give {@code 1};
     * {@code -0} gives {@code 0}. Values with very large or very small exponents keep an exponent so that a
     * short literal cannot expand into an enormous string.
     */
    /**
     * Appends {@link #number(BigDecimal)}: a number of up to 18 digits and as many decimals, as almost every amount
     * is, written from a long without the texts and copies that stripping zeros and spelling it out make.
     */
    static void number(BigDecimal value, StringBuilder out) {
        int scale = value.scale();
        if (value.signum() == 0 || scale < 0 || scale > MAX_LONG_DIGITS || value.precision() > MAX_LONG_DIGITS) {
            out.append(number(value));
            return;
        }
        long unscaled = Math.abs(scale == 0 ? value.longValue() : value.movePointRight(scale).longValue());
        // fewer than 19 digits, trailing zeros stripped: never beyond the plain limit
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        if (value.signum() < 0) {
            out.append('-');
        }
        long power = 1;
        for (int i = 0; i < scale; i++) {
            power *= 10;
        }
        out.append(unscaled / power);
        if (scale > 0) {
            out.append('.');
            long fraction = unscaled % power;
            for (long p = power / 10; p > fraction && p > 1; p /= 10) {
                out.append('0');
            }
            out.append(fraction);
        }
    }

    static String number(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal d = value.stripTrailingZeros();
        if (Math.abs(d.scale()) <= PLAIN_SCALE_LIMIT) {
            return d.toPlainString();
        }
        return d.toString();
    }

    /**
     * Escapes only what JSON requires: quote, backslash and control characters (with the short forms where
     * JSON has them), plus unpaired surrogates, which have no UTF-8 form and would otherwise all hash alike.
     */
    static void string(String s, StringBuilder out) {
        out.append('"');
        if (plain(s)) {
            out.append(s).append('"'); // most strings (codes, dates, ids) need no escape: copied at once
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        unicodeEscape(c, out);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicodeEscape(c, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Whether every character of {@code s} is written as itself: no quote, backslash, control or surrogate. */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static void unicodeEscape(char c, StringBuilder out) {
        out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
    }
}

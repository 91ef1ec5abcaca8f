package org.m4sd.rules.internal.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Format;

/**
 * The text a {@link DecimalFormat} gives a number, written without DecimalFormat's per-call cost (its digit
 * list, field positions and lock): the format's settings are read once, and formatting is immutable and
 * thread-safe. Only plain formats are taken (see {@link #of}); for them the text is the same, character for
 * character, as the format's own, including its quirks: a negative number that rounds to zero keeps its minus
 * sign ({@code -0}), and a {@code double} is rounded from its shortest decimal spelling, with a tie settled by the
 * exact binary value.
 */
final class DecimalText {
    /** Ten to the powers 0 to 18: every power a long holds. */
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private final String positivePrefix;
    private final String positiveSuffix;
    private final String negativePrefix;
    private final String negativeSuffix;
    private final int minimumIntegerDigits;
    private final int minimumFractionDigits;
    private final int maximumFractionDigits;
    /** Digits per group, or 0 for no grouping. */
    private final int groupingSize;
    private final char groupingSeparator;
    private final char decimalSeparator;
    private final char zero;
    private final boolean decimalSeparatorAlwaysShown;

    private DecimalText(DecimalFormat format) {
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        this.positivePrefix = format.getPositivePrefix();
        this.positiveSuffix = format.getPositiveSuffix();
        this.negativePrefix = format.getNegativePrefix();
        this.negativeSuffix = format.getNegativeSuffix();
        this.minimumIntegerDigits = format.getMinimumIntegerDigits();
        this.minimumFractionDigits = format.getMinimumFractionDigits();
        this.maximumFractionDigits = format.getMaximumFractionDigits();
        this.groupingSize = format.isGroupingUsed() ? format.getGroupingSize() : 0;
        this.groupingSeparator = symbols.getGroupingSeparator();
        this.decimalSeparator = symbols.getDecimalSeparator();
        this.zero = symbols.getZeroDigit();
        this.decimalSeparatorAlwaysShown = format.isDecimalSeparatorAlwaysShown();
    }

    /**
     * The plain text of {@code format}, or null when it is not a DecimalFormat this writes exactly as it would:
     * one without an exponent, a multiplier, a currency, a limit on integer digits, or rounding other than
     * half-even.
     */
    static DecimalText of(Format format) {
        if (!(format instanceof DecimalFormat d)) {
            return null;
        }
        String pattern = d.toPattern();
        boolean plain = pattern.indexOf('E') < 0 && pattern.indexOf('\u00A4') < 0 && pattern.indexOf('%') < 0
                && pattern.indexOf('\u2030') < 0 && pattern.indexOf('\'') < 0
                && d.getMultiplier() == 1 && d.getRoundingMode() == RoundingMode.HALF_EVEN
                && d.getMaximumIntegerDigits() == Integer.MAX_VALUE && d.getMinimumIntegerDigits() <= 309
                && d.getMaximumFractionDigits() <= 340 && !d.isParseBigDecimal();
        return plain ? new DecimalText(d) : null;
    }

    /**
     * Appends the text of {@code value} and returns true, or returns false, appending nothing, for a value this
     * does not write (not a Long, Integer, Short, Byte, BigInteger, BigDecimal, Double or Float, or a double that
     * is not finite).
     */
    boolean append(StringBuilder out, Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long n = ((Number) value).longValue();
            if (n == Long.MIN_VALUE) {
                return append(out, BigDecimal.valueOf(n));
            }
            write(out, n < 0, Math.abs(n), 0);
            return true;
        }
        if (value instanceof BigDecimal d) {
            write(out, d.signum() < 0, d.abs());
            return true;
        }
        if (value instanceof BigInteger i) {
            write(out, i.signum() < 0, new BigDecimal(i.abs()));
            return true;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return false;
            }
            boolean negative = d < 0 || d == 0 && 1 / d < 0;
            write(out, negative, rounded(Math.abs(d)));
            return true;
        }
        return false;
    }

    /**
     * A non-negative double as DecimalFormat rounds it: its shortest decimal spelling (Double.toString's digits)
     * rounded to the fraction digits allowed, except that when the digits dropped are exactly one half the
     * exact binary value decides, as it lies above, below or on the tie.
     */
    private BigDecimal rounded(double d) {
        BigDecimal shortest = new BigDecimal(Double.toString(d));
        if (shortest.scale() <= maximumFractionDigits) {
            return shortest;
        }
        boolean tie = shortest.scale() == maximumFractionDigits + 1
                && shortest.unscaledValue().mod(BigInteger.TEN).intValue() == 5;
        return tie ? new BigDecimal(d).setScale(maximumFractionDigits, RoundingMode.HALF_EVEN)
                : shortest.setScale(maximumFractionDigits, RoundingMode.HALF_EVEN);
    }

    /** A non-negative decimal, rounded half-even to the fraction digits allowed. */
    private void write(StringBuilder out, boolean negative, BigDecimal magnitude) {
        BigDecimal value = magnitude.scale() > maximumFractionDigits
                ? magnitude.setScale(maximumFractionDigits, RoundingMode.HALF_EVEN) : magnitude;
        int scale = value.scale();
        if (scale >= 0 && scale < POWERS_OF_TEN.length && value.precision() < POWERS_OF_TEN.length) {
            // most figures: their digits read from a long, with no text made of them first
            write(out, negative, scale == 0 ? value.longValue() : value.movePointRight(scale).longValue(), scale);
            return;
        }
        String digits = value.unscaledValue().toString();
        String integer;
        String fraction;
        if (scale <= 0) {
            integer = scale == 0 ? digits : digits + "0".repeat(-scale);
            fraction = "";
        } else if (digits.length() > scale) {
            integer = digits.substring(0, digits.length() - scale);
            fraction = digits.substring(digits.length() - scale);
        } else {
            integer = "";
            fraction = "0".repeat(scale - digits.length()) + digits;
        }
        write(out, negative, integer, fraction);
    }

    /**
     * Writes the sign, the integer digits (leading zeros dropped, then padded to the minimum, grouped), and the
     * fraction digits (trailing zeros dropped down to the minimum, then padded to it).
     */
    private void write(StringBuilder out, boolean negative, String integer, String fraction) {
        out.append(negative ? negativePrefix : positivePrefix);
        int first = 0;
        while (first < integer.length() && integer.charAt(first) == '0') {
            first++;
        }
        int significant = integer.length() - first;
        int count = Math.max(minimumIntegerDigits, significant);
        int before = out.length();
        for (int i = count - 1; i >= 0; i--) {
            out.append(i < significant ? digit(integer.charAt(integer.length() - 1 - i)) : zero);
            separateGroup(out, i);
        }
        int end = fraction.length();
        while (end > 0 && fraction.charAt(end - 1) == '0') {
            end--;
        }
        int fractionDigits = startFraction(out, before, end);
        for (int i = 0; i < fractionDigits; i++) {
            out.append(i < end ? digit(fraction.charAt(i)) : zero);
        }
        out.append(negative ? negativeSuffix : positiveSuffix);
    }

    /**
     * As {@link #write(StringBuilder, boolean, String, String)} for the number {@code unscaled} (not negative)
     * divided by ten to the power {@code scale} (0 to 18), its digits taken from the long.
     */
    private void write(StringBuilder out, boolean negative, long unscaled, int scale) {
        long integer = unscaled / POWERS_OF_TEN[scale];
        long fraction = unscaled % POWERS_OF_TEN[scale];
        out.append(negative ? negativePrefix : positivePrefix);
        int significant = 0;
        while (significant < POWERS_OF_TEN.length && integer >= POWERS_OF_TEN[significant]) {
            significant++;
        }
        int count = Math.max(minimumIntegerDigits, significant);
        int before = out.length();
        for (int i = count - 1; i >= 0; i--) {
            out.append(i < significant ? (char) (zero + integer / POWERS_OF_TEN[i] % 10) : zero);
            separateGroup(out, i);
        }
        // the fraction's digits, the first at index 0, scale of them; trailing zeros dropped
        int end = scale;
        while (end > 0 && fraction / POWERS_OF_TEN[scale - end] % 10 == 0) {
            end--;
        }
        int fractionDigits = startFraction(out, before, end);
        for (int i = 0; i < fractionDigits; i++) {
            out.append(i < end ? (char) (zero + fraction / POWERS_OF_TEN[scale - 1 - i] % 10) : zero);
        }
        out.append(negative ? negativeSuffix : positiveSuffix);
    }

    /** The grouping separator after the integer digit {@code i} places from the right, where one goes. */
    private void separateGroup(StringBuilder out, int i) {
        if (groupingSize > 0 && i > 0 && i % groupingSize == 0) {
            out.append(groupingSeparator);
        }
    }

    /**
     * After the integer digits written from {@code before}: a zero where none was written and no fraction follows,
     * and the decimal separator where one is shown; returns how many fraction digits to write, {@code end} of
     * them significant.
     */
    private int startFraction(StringBuilder out, int before, int end) {
        int fractionDigits = Math.max(end, minimumFractionDigits);
        boolean fractionPresent = fractionDigits > 0;
        if (!fractionPresent && out.length() == before) {
            out.append(zero);
        }
        if (decimalSeparatorAlwaysShown || fractionPresent) {
            out.append(decimalSeparator);
        }
        return fractionDigits;
    }

    private char digit(char ascii) {
        return (char) (zero + (ascii - '0'));
    }
}

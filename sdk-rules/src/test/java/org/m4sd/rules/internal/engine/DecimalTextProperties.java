package org.m4sd.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Numbers are written exactly as DecimalFormat writes them, in every supported locale and every number format the
 * messages use (the locale's general and integer formats and the patterns of the bundles), for any BigDecimal,
 * long or double.
 */
class DecimalTextProperties {
    private static final List<String> STYLES = List.of("{0}", "{0,number}", "{0,number,integer}",
            "{0,number,0.##}", "{0,number,#0.0#}", "{0,number,#0.##}", "{0,number,#0.####}", "{0,number,#}",
            "{0,number,0.0000}");

    record Case(Locale locale, String style, Format format) {
        @Override
        public String toString() {
            return locale + " " + style;
        }
    }

    private static final List<Case> CASES = allCases();

    private static List<Case> allCases() {
        List<Case> all = new ArrayList<>();
        for (Locale locale : Messages.SUPPORTED) {
            for (String style : STYLES) {
                Format format = new MessageFormat(style, locale).getFormats()[0];
                all.add(new Case(locale, style, format == null ? NumberFormat.getInstance(locale) : format));
            }
        }
        return all;
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(CASES);
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.valueOf(-100_000), BigInteger.valueOf(100_000)),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25)));
        return Combinators.combine(unscaled, Arbitraries.integers().between(-6, 12)).as(BigDecimal::new);
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e6, 1e6).ofScale(6),
                Arbitraries.longs().map(Double::longBitsToDouble).filter(d -> !d.isNaN() && !d.isInfinite()),
                Arbitraries.integers().between(-100_000, 100_000).map(i -> i / 8.0),
                Arbitraries.integers().between(-100_000, 100_000).map(i -> i * 0.005),
                Arbitraries.of(0.0, -0.0, 0.5, 1.5, 2.5, -0.5, 0.125, 0.00005, 0.0005, 1e-7, 1e7, 1e20, 123456789.98765,
                        Double.MIN_VALUE, Double.MAX_VALUE, 12345678901234.567));
    }

    @Property(tries = 3_000)
    void decimalsAsDecimalFormat(@ForAll("cases") Case c, @ForAll("decimals") BigDecimal value) {
        assertSame(c, value);
    }

    @Property(tries = 3_000)
    void longsAsDecimalFormat(@ForAll("cases") Case c, @ForAll long value) {
        assertSame(c, value);
        assertSame(c, (int) value);
    }

    @Property(tries = 3_000)
    void doublesAsDecimalFormat(@ForAll("cases") Case c, @ForAll("doubles") double value) {
        assertSame(c, value);
        float narrowed = (float) value;
        if (Float.isFinite(narrowed)) {
            assertSame(c, narrowed);
        }
    }

    @Example
    void edgesAsDecimalFormat() {
        for (Case c : CASES) {
            for (Object value : List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0, -0.0, new BigDecimal("-0.0001"),
                    new BigDecimal("1E+400"), new BigDecimal("1E-400"), BigInteger.TEN.pow(30).negate(),
                    (short) -7, (byte) 3)) {
                assertSame(c, value);
            }
        }
    }

    @Example
    void everyFormatOfTheShippedMessagesIsWrittenDirectly() {
        for (Case c : CASES) {
            assertThat(DecimalText.of(c.format())).as(c.toString()).isNotNull();
        }
    }

    @Example
    void notANumberAndOtherFormatsAreLeftToJavaText() {
        DecimalText text = DecimalText.of(NumberFormat.getInstance(Locale.FRENCH));
        StringBuilder out = new StringBuilder();
        assertThat(text.append(out, Double.NaN)).isFalse();
        assertThat(text.append(out, Double.NEGATIVE_INFINITY)).isFalse();
        assertThat(text.append(out, new java.util.concurrent.atomic.AtomicLong(3))).isFalse();
        assertThat(out).isEmpty();
        assertThat(DecimalText.of(NumberFormat.getPercentInstance(Locale.ENGLISH))).isNull();
        assertThat(DecimalText.of(NumberFormat.getCurrencyInstance(Locale.ENGLISH))).isNull();
        assertThat(DecimalText.of(new java.text.DecimalFormat("0.##E0"))).isNull();
    }

    private static void assertSame(Case c, Object value) {
        DecimalText text = DecimalText.of(c.format());
        StringBuilder out = new StringBuilder("x");
        assertThat(text.append(out, value)).isTrue();
        assertThat(out.substring(1)).as("%s of %s (%s)", c, value, value.getClass().getSimpleName())
                .isEqualTo(((Format) c.format().clone()).format(value));
    }
}

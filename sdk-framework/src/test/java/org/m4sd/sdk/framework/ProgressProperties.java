package org.m4sd.sdk.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Laws of the Open SDG progress formula: scaling invariance, direction symmetry, bounds, no -0.0. */
class ProgressProperties {
    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    /** Values on a grid that includes 0 and negatives, so that the zero and sign rules are reached often. */
    @Provide
    Arbitrary<Double> values() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-20, 20).map(i -> i / 2.0),
                Arbitraries.doubles().between(-1000, 1000));
    }

    @Provide
    Arbitrary<OptionalDouble> targets() {
        return Arbitraries.oneOf(Arbitraries.just(OptionalDouble.empty()), values().map(OptionalDouble::of));
    }

    private static Formulas.Progress progress(double b, OptionalDouble t, double a, int elapsed, boolean ascending,
            OptionalDouble limit) {
        return Formulas.progress(b, 2015, t, 2030, a, 2015 + elapsed, ascending, limit, ProgressThresholds.OPEN_SDG);
    }

    /** Multiplying every value (and the limit) by a power of two changes no ratio, so nothing else changes. */
    @Property
    void scaling_every_value_changes_nothing(@ForAll("values") double b, @ForAll("targets") OptionalDouble t,
            @ForAll("values") double a, @ForAll @IntRange(min = 0, max = 15) int elapsed, @ForAll boolean ascending,
            @ForAll("targets") OptionalDouble limit, @ForAll @IntRange(min = -20, max = 20) int exponent) {
        // 0 is read as 0.001 whatever the scale, so the law holds for values other than 0
        Assume.that(b != 0 && (t.isEmpty() || t.getAsDouble() != 0));
        double k = Math.scalb(1.0, exponent);
        OptionalDouble kt = t.isPresent() ? OptionalDouble.of(k * t.getAsDouble()) : t;
        OptionalDouble kl = limit.isPresent() ? OptionalDouble.of(k * limit.getAsDouble()) : limit;
        Formulas.Progress p = progress(b, t, a, elapsed, ascending, limit);
        Formulas.Progress scaled = progress(k * b, kt, k * a, elapsed, ascending, kl);
        assertThat(scaled).isEqualTo(p);
    }

    /**
     * Negating every value and reversing the direction is the same series seen from the other side: the
     * all-negative flip makes R, the growth, the achievement and the category equal.
     */
    @Property
    void negating_the_series_and_the_direction_changes_nothing(@ForAll("values") double b,
            @ForAll("targets") OptionalDouble t, @ForAll("values") double a,
            @ForAll @IntRange(min = 0, max = 15) int elapsed, @ForAll boolean ascending,
            @ForAll("targets") OptionalDouble limit) {
        // 0 is read as +0.001, whose mirror would be -0.001: the law holds for a base and target other than 0
        Assume.that(b != 0 && (t.isEmpty() || t.getAsDouble() != 0));
        OptionalDouble nt = t.isPresent() ? OptionalDouble.of(-t.getAsDouble()) : t;
        OptionalDouble nl = limit.isPresent() ? OptionalDouble.of(-limit.getAsDouble()) : limit;
        assertThat(progress(-b, nt, -a, elapsed, !ascending, nl)).isEqualTo(progress(b, t, a, elapsed, ascending,
                limit));
    }

    @Property
    void no_value_is_negative_zero_or_not_a_number(@ForAll("values") double b, @ForAll("targets") OptionalDouble t,
            @ForAll("values") double a, @ForAll @IntRange(min = -2, max = 15) int elapsed, @ForAll boolean ascending,
            @ForAll("targets") OptionalDouble limit) {
        Formulas.Progress p = progress(b, t, a, elapsed, ascending, limit);
        for (OptionalDouble v : new OptionalDouble[] {p.ratio(), p.growthRatio()}) {
            if (v.isPresent()) {
                assertThat(Double.doubleToRawLongBits(v.getAsDouble())).isNotEqualTo(NEGATIVE_ZERO);
                assertThat(v.getAsDouble()).isNotNaN();
            }
        }
        // a level of progress needs a rate, except a target that keeps the baseline and is missed
        boolean kept = t.isPresent() && Formulas.nonZero(t.getAsDouble()) == Formulas.nonZero(b);
        boolean level = p.category() != ProgressCategory.ACHIEVED && p.category() != ProgressCategory.NOT_ASSESSED;
        if (level) {
            assertThat(p.growthRatio().isPresent() || kept).isTrue();
        }
        // and a rate always gives one, unless the target is met or baseline and target are both 0
        boolean bothZero = b == 0 && t.isPresent() && t.getAsDouble() == 0;
        if (p.growthRatio().isPresent() && !p.met() && !bothZero) {
            assertThat(level).isTrue();
        }
    }

    @Property
    void the_limit_scaling_factor_lies_in_0_1_and_is_1_far_from_the_limit(
            @ForAll @DoubleRange(min = -1000, max = 1000) double base,
            @ForAll @DoubleRange(min = -1000, max = 1000) double limit) {
        Assume.that(limit != 0);
        double c = Formulas.limitScaling(base, limit);
        assertThat(c).isBetween(0.0, 1.0);
        if (Math.abs(base) >= 2 * Math.abs(limit)) {
            assertThat(c).isEqualTo(1.0);
        }
        assertThat(Formulas.limitScaling(limit, limit)).isEqualTo(0.0);
    }

    /** A limit only lowers the no-target thresholds, so it never makes a category worse. */
    @Property
    void a_limit_never_lowers_the_category(@ForAll @DoubleRange(min = 0.1, max = 100) double b,
            @ForAll @DoubleRange(min = 0.1, max = 100) double a, @ForAll @IntRange(min = 1, max = 15) int elapsed,
            @ForAll @DoubleRange(min = 0.1, max = 200) double limit, @ForAll boolean ascending) {
        ProgressCategory without = progress(b, OptionalDouble.empty(), a, elapsed, ascending, OptionalDouble.empty())
                .category();
        ProgressCategory with = progress(b, OptionalDouble.empty(), a, elapsed, ascending, OptionalDouble.of(limit))
                .category();
        assertThat(with).isGreaterThanOrEqualTo(without);
    }
}

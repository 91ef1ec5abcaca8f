package org.m4sd.sdk.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The Open SDG progress methodology on the zero, negative, limit and threshold cases, each computed by hand. */
class ProgressMethodologyTest {
    private static final double EPS = 1e-12;
    private static final OptionalDouble NONE = OptionalDouble.empty();

    private static Formulas.Progress withTarget(double base, double target, double actual, boolean ascending) {
        return Formulas.progress(base, 2015, OptionalDouble.of(target), 2030, actual, 2020, ascending);
    }

    private static Formulas.Progress noTarget(double base, double actual, boolean ascending, OptionalDouble limit) {
        return Formulas.progress(base, 2015, NONE, 0, actual, 2020, ascending, limit, ProgressThresholds.OPEN_SDG);
    }

    @Test
    void a_zero_target_is_read_as_0_001() {
        // descending 10 -> 0.5: observed 0.05^(1/5) - 1 = -0.451, needed 0.0001^(1/15) - 1 = -0.459: R = 0.98
        Formulas.Progress p = withTarget(10, 0, 0.5, false);
        double r = (1 - Math.pow(0.05, 0.2)) / (1 - Math.pow(0.0001, 1.0 / 15));
        assertThat(p.growthRatio().getAsDouble()).isCloseTo(r, within(EPS));
        assertThat(r).isGreaterThan(0.95);
        assertThat(p.category()).isEqualTo(ProgressCategory.ON_TRACK);
        // the target is met at 0.001 or below, so an actual of 0 meets it
        assertThat(withTarget(10, 0, 0, false).category()).isEqualTo(ProgressCategory.ACHIEVED);
        assertThat(withTarget(10, 0, 0.002, false).met()).isFalse();
    }

    @Test
    void a_zero_baseline_is_read_as_0_001() {
        // no target, ascending 0 -> 5: (5 / 0.001)^(1/5) - 1 = 5.47: on track, where a zero base had no growth
        Formulas.Progress up = noTarget(0, 5, true, NONE);
        assertThat(up.growthRatio().getAsDouble()).isCloseTo(Math.pow(5000, 0.2) - 1, within(EPS));
        assertThat(up.category()).isEqualTo(ProgressCategory.ON_TRACK);
        // 0 -> 0 is a fall from 0.001 to 0: deterioration when higher is better, on track when lower is
        assertThat(noTarget(0, 0, true, NONE).category()).isEqualTo(ProgressCategory.DETERIORATION);
        assertThat(noTarget(0, 0, false, NONE).category()).isEqualTo(ProgressCategory.ON_TRACK);
        // with a target: ascending 0 -> 2 towards 10: observed 2000^(1/5) - 1, needed 10 000^(1/15) - 1
        Formulas.Progress p = withTarget(0, 10, 2, true);
        assertThat(p.growthRatio().getAsDouble())
                .isCloseTo((Math.pow(2000, 0.2) - 1) / (Math.pow(10_000, 1.0 / 15) - 1), within(EPS));
        assertThat(p.category()).isEqualTo(ProgressCategory.ON_TRACK);
    }

    @Test
    void a_baseline_and_a_target_both_zero_are_not_assessable() {
        for (double actual : new double[] {0, 3, -3}) {
            for (boolean ascending : new boolean[] {true, false}) {
                Formulas.Progress p = withTarget(0, 0, actual, ascending);
                assertThat(p.category()).as(actual + " " + ascending).isEqualTo(ProgressCategory.NOT_ASSESSED);
                assertThat(p.growthRatio()).isEmpty();
            }
        }
    }

    @Test
    void an_all_negative_series_has_its_direction_flipped() {
        // -10 -> -5, higher is better: CAGR of the magnitudes is 0.5^(1/5) - 1 = -12.9 %, flipped to +12.9 %
        Formulas.Progress up = noTarget(-10, -5, true, NONE);
        assertThat(up.growthRatio().getAsDouble()).isCloseTo(1 - Math.pow(0.5, 0.2), within(EPS));
        assertThat(up.category()).isEqualTo(ProgressCategory.ON_TRACK);
        assertThat(noTarget(-10, -5, false, NONE).category()).isEqualTo(ProgressCategory.DETERIORATION);
        // with a target of -2 (higher is better): needed 0.2^(1/15) - 1, R = 0.129 / 0.102 = 1.27
        Formulas.Progress p = withTarget(-10, -2, -5, true);
        assertThat(p.growthRatio().getAsDouble())
                .isCloseTo((1 - Math.pow(0.5, 0.2)) / (1 - Math.pow(0.2, 1.0 / 15)), within(EPS));
        assertThat(p.category()).isEqualTo(ProgressCategory.ON_TRACK);
    }

    @Test
    void opposite_signs_are_not_assessable() {
        // a base and an actual of opposite signs: no growth rate exists
        assertThat(noTarget(5, -1, true, NONE).category()).isEqualTo(ProgressCategory.NOT_ASSESSED);
        assertThat(noTarget(-5, 1, true, NONE).category()).isEqualTo(ProgressCategory.NOT_ASSESSED);
        assertThat(withTarget(5, 10, -1, true).category()).isEqualTo(ProgressCategory.NOT_ASSESSED);
        // a negative base towards a target of 0 (read as 0.001, positive): no needed growth rate exists
        assertThat(withTarget(-10, 0, -5, true).category()).isEqualTo(ProgressCategory.NOT_ASSESSED);
        // unless the target is met, which is read before any growth
        assertThat(withTarget(5, 10, -1, false).category()).isEqualTo(ProgressCategory.ACHIEVED);
    }

    @Test
    void no_straight_line_fallback() {
        // 10 -> 1 over 2015-2020 towards 0 by 2030: R = 0.804, acceleration needed (a target read as 0 gave 0.369)
        Formulas.Progress p = withTarget(10, 0, 1, false);
        assertThat(p.growthRatio().getAsDouble()).isCloseTo(0.8043, within(1e-4));
        assertThat(p.category()).isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
    }

    @Test
    void a_target_equal_to_the_baseline_missed_is_a_deterioration() {
        assertThat(withTarget(50, 50, 45, true).category()).isEqualTo(ProgressCategory.DETERIORATION);
        assertThat(withTarget(50, 50, 55, false).category()).isEqualTo(ProgressCategory.DETERIORATION);
        assertThat(withTarget(50, 50, 55, true).category()).isEqualTo(ProgressCategory.ACHIEVED);
        // a base of 0 and a target of 0.001 are the same once the base is read as 0.001
        assertThat(withTarget(0, 0.001, 3, false).category()).isEqualTo(ProgressCategory.DETERIORATION);
    }

    @Test
    void the_natural_limit_scales_the_no_target_thresholds() {
        // base 90 %, limit 100 %: C = 1 - 0.9^4.44 = 0.374, so on track from 1.5 % x C = 0.56 % a year
        double c = 1 - Math.pow(0.9, 4.44);
        assertThat(Formulas.limitScaling(90, 100)).isCloseTo(c, within(EPS));
        // 90 -> 93 over five years: 0.658 % a year, acceleration needed without the limit, on track with it
        OptionalDouble limit = OptionalDouble.of(100);
        assertThat(noTarget(90, 93, true, NONE).category()).isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
        assertThat(noTarget(90, 93, true, limit).category()).isEqualTo(ProgressCategory.ON_TRACK);
        // a minimum: base 12 above a floor of 10 gives C = 1 - 0.8^4.44; from twice the floor, C = 1
        assertThat(Formulas.limitScaling(12, 10)).isCloseTo(1 - Math.pow(0.8, 4.44), within(EPS));
        assertThat(Formulas.limitScaling(20, 10)).isEqualTo(1.0);
        // at the limit C = 0: holding it is on track, leaving it a deterioration
        assertThat(Formulas.limitScaling(100, 100)).isEqualTo(0.0);
        assertThat(noTarget(100, 100, true, limit).category()).isEqualTo(ProgressCategory.ON_TRACK);
        assertThat(noTarget(100, 99, true, limit).category()).isEqualTo(ProgressCategory.DETERIORATION);
        // a limit does not apply with a target
        assertThat(Formulas.progress(90, 2015, OptionalDouble.of(95), 2030, 93, 2020, true, limit,
                ProgressThresholds.OPEN_SDG)).isEqualTo(withTarget(90, 95, 93, true));
    }

    @Test
    void thresholds_are_the_framework_s_when_it_declares_them() {
        ProgressThresholds strict = new ProgressThresholds(1.2, 0.9, 0.03, 0.02);
        // R = 1: 100 -> 100 x 1.1^(1/3) in five years is the pace that reaches 110 in fifteen; on track by Open
        // SDG's thresholds, acceleration needed by these
        double actual = 100 * Math.pow(1.1, 5.0 / 15);
        Formulas.Progress open = withTarget(100, 110, actual, true);
        Formulas.Progress own = Formulas.progress(100, 2015, OptionalDouble.of(110), 2030, actual, 2020, true, NONE,
                strict);
        assertThat(open.category()).isEqualTo(ProgressCategory.ON_TRACK);
        assertThat(own.growthRatio().getAsDouble()).isCloseTo(open.growthRatio().getAsDouble(), within(EPS));
        assertThat(own.category()).isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
        assertThat(Formulas.categoryOfGrowth(0.025, strict, 1)).isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
        assertThatThrownBy(() -> new ProgressThresholds(0.6, 0.95, 0.015, 0.005))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ratio");
        assertThatThrownBy(() -> new ProgressThresholds(0.95, 0.6, 0.015, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("growth");
        assertThatThrownBy(() -> new ProgressThresholds(Double.NaN, 0.6, 0.015, 0.005))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void no_negative_zero_achievement_or_growth() {
        // an actual at the baseline, a lower target: (50 - 50) / (40 - 50) would be -0.0
        Formulas.Progress p = withTarget(50, 40, 50, false);
        assertThat(Double.doubleToRawLongBits(p.ratio().getAsDouble())).isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(Double.doubleToRawLongBits(p.growthRatio().getAsDouble()))
                .isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(p.category()).isEqualTo(ProgressCategory.LIMITED_PROGRESS);
        // no growth, lower is better: -1 x 0.0 would be -0.0
        Formulas.Progress flat = noTarget(50, 50, false, NONE);
        assertThat(Double.doubleToRawLongBits(flat.growthRatio().getAsDouble()))
                .isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(flat.category()).isEqualTo(ProgressCategory.LIMITED_PROGRESS);
    }
}

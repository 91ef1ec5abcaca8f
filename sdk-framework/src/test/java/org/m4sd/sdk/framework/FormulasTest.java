package org.m4sd.sdk.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.m4sd.sdk.framework.Formulas.RuleOutcome.FAILED;
import static org.m4sd.sdk.framework.Formulas.RuleOutcome.PASSED;
import static org.m4sd.sdk.framework.Formulas.RuleOutcome.SKIPPED;
import static org.m4sd.sdk.framework.MissingValueStrategy.NEVER_SKIP;
import static org.m4sd.sdk.framework.MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING;
import static org.m4sd.sdk.framework.MissingValueStrategy.SKIP_IF_ANY_VALUE_MISSING;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.framework.ProgrammeEvent.RemittancePrice;

/** Hand-computed examples for every formula. */
class FormulasTest {
    private static final double EPS = 1e-9;

    private static OptionalDouble v(double x) {
        return OptionalDouble.of(x);
    }

    private static final OptionalDouble NONE = OptionalDouble.empty();

    @Nested
    class Achievement {
        @Test
        void halfway_ascending() {
            assertThat(Formulas.achievement(10, 20, 15, true)).isEqualTo(0.5);
        }

        @Test
        void quarter_of_the_way_descending() {
            // (25 - 30) / (10 - 30) = -5 / -20
            assertThat(Formulas.achievement(30, 10, 25, false)).isEqualTo(0.25);
        }

        @Test
        void raw_ratio_is_not_clamped() {
            assertThat(Formulas.achievement(10, 20, 25, true)).isEqualTo(1.5);
            assertThat(Formulas.achievement(10, 20, 5, true)).isEqualTo(-0.5);
        }

        @Test
        void target_equal_to_baseline() {
            assertThat(Formulas.achievement(10, 10, 12, true)).isEqualTo(1.0);
            assertThat(Formulas.achievement(10, 10, 8, true)).isEqualTo(0.0);
            assertThat(Formulas.achievement(10, 10, 8, false)).isEqualTo(1.0);
            assertThat(Formulas.achievement(10, 10, 12, false)).isEqualTo(0.0);
        }

        @Test
        void met_follows_the_direction() {
            assertThat(Formulas.met(20, 20, true)).isTrue();
            assertThat(Formulas.met(20, 19, true)).isFalse();
            assertThat(Formulas.met(5, 4, false)).isTrue();
            assertThat(Formulas.met(5, 6, false)).isFalse();
        }
    }

    @Nested
    class Progress {
        @Test
        void cagr_of_21_percent_over_two_years_is_10_percent() {
            assertThat(Formulas.cagr(100, 121, 2).getAsDouble()).isCloseTo(0.10, within(EPS));
            assertThat(Formulas.cagr(0, 10, 2)).isEmpty();
        }

        @Test
        void ratio_categories_with_a_target() {
            // needed: 100 -> 121 over 2019..2021 = 10 % a year
            assertThat(r(110)).isCloseTo(1.0, within(EPS));
            assertThat(Formulas.categoryOfRatio(r(110))).isEqualTo(ProgressCategory.ON_TRACK);
            assertThat(r(108)).isCloseTo(0.8, within(EPS));
            assertThat(Formulas.categoryOfRatio(r(108))).isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
            assertThat(r(105)).isCloseTo(0.5, within(EPS));
            assertThat(Formulas.categoryOfRatio(r(105))).isEqualTo(ProgressCategory.LIMITED_PROGRESS);
            assertThat(r(95)).isCloseTo(-0.5, within(EPS));
            assertThat(Formulas.categoryOfRatio(r(95))).isEqualTo(ProgressCategory.DETERIORATION);
        }

        private double r(double actual2020) {
            return Formulas.growthRatio(100, 2019, 121, 2021, actual2020, 2020, true).getAsDouble();
        }

        @Test
        void thresholds_are_inclusive_below() {
            assertThat(Formulas.categoryOfRatio(0.95)).isEqualTo(ProgressCategory.ON_TRACK);
            assertThat(Formulas.categoryOfRatio(0.60)).isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
            assertThat(Formulas.categoryOfRatio(0.0)).isEqualTo(ProgressCategory.LIMITED_PROGRESS);
            assertThat(Formulas.categoryOfRatio(-1e-12)).isEqualTo(ProgressCategory.DETERIORATION);
        }

        @Test
        void descending_ratio() {
            // needed: 100 -> 81 over two years = -10 % a year; observed 100 -> 90 in one year = -10 %
            double r = Formulas.growthRatio(100, 2019, 81, 2021, 90, 2020, false).getAsDouble();
            assertThat(r).isCloseTo(1.0, within(EPS));
        }

        @Test
        void a_zero_baseline_is_read_as_0_001_with_no_straight_line_fallback() {
            // needed: 0.001 -> 10 over 4 years = 10 000^(1/4) - 1 = 9; observed: 0.001 -> 4 over 2 years = sqrt(4000) - 1
            double r = Formulas.growthRatio(0, 2019, 10, 2023, 4, 2021, true).getAsDouble();
            assertThat(r).isCloseTo((Math.sqrt(4000) - 1) / 9, within(EPS));
        }

        @Test
        void ten_to_one_towards_zero_is_acceleration_needed_not_limited_progress() {
            // 10 in 2015, 1 in 2020, target 0 (read as 0.001) in 2030: observed 0.1^(1/5) - 1 = -0.369,
            // needed 0.0001^(1/15) - 1 = -0.459, R = 0.804; a target read as 0 gave needed -1, R = 0.369
            Formulas.Progress p = Formulas.progress(10, 2015, v(0), 2030, 1, 2020, false);
            assertThat(p.growthRatio().getAsDouble())
                    .isCloseTo((1 - Math.pow(0.1, 0.2)) / (1 - Math.pow(0.0001, 1.0 / 15)), within(EPS));
            assertThat(p.growthRatio().getAsDouble()).isCloseTo(0.8043, within(1e-4));
            assertThat(p.category()).isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
        }

        @Test
        void no_elapsed_time_is_not_assessed() {
            assertThat(Formulas.growthRatio(100, 2021, 121, 2023, 110, 2021, true)).isEmpty();
            Formulas.Progress p = Formulas.progress(100, 2021, v(121), 2023, 110, 2021, true);
            assertThat(p.category()).isEqualTo(ProgressCategory.NOT_ASSESSED);
        }

        @Test
        void target_met_is_achieved_and_target_equal_baseline_missed_is_deterioration() {
            Formulas.Progress met = Formulas.progress(100, 2019, v(121), 2021, 125, 2021, true);
            assertThat(met.category()).isEqualTo(ProgressCategory.ACHIEVED);
            assertThat(met.ratio().getAsDouble()).isCloseTo(25.0 / 21, within(EPS));
            Formulas.Progress flat = Formulas.progress(100, 2019, v(100), 2021, 99, 2021, true);
            assertThat(flat.category()).isEqualTo(ProgressCategory.DETERIORATION);
            assertThat(flat.ratio().getAsDouble()).isEqualTo(0.0);
        }

        @Test
        void no_target_growth_rule() {
            // 100 -> 104.04 over two years: 2 % a year
            assertThat(noTarget(104.04, true)).isEqualTo(ProgressCategory.ON_TRACK);
            // 100 -> 102.01: 1 % a year
            assertThat(noTarget(102.01, true)).isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
            // 100 -> 100.4 over two years: about 0.2 % a year
            assertThat(noTarget(100.4, true)).isEqualTo(ProgressCategory.LIMITED_PROGRESS);
            assertThat(noTarget(99, true)).isEqualTo(ProgressCategory.DETERIORATION);
            // descending: 100 -> 98.01 is a fall of 1 % a year, progress in the desired direction
            assertThat(noTarget(98.01, false)).isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
            assertThat(noTarget(104.04, false)).isEqualTo(ProgressCategory.DETERIORATION);
        }

        private ProgressCategory noTarget(double actual2021, boolean ascending) {
            return Formulas.progress(100, 2019, NONE, 0, actual2021, 2021, ascending).category();
        }
    }

    @Nested
    class Dhis2 {
        @Test
        void indicator_value_is_numerator_over_denominator_times_factor() {
            assertThat(Formulas.indicatorValue(45, 60, 100).getAsDouble()).isEqualTo(75.0);
            assertThat(Formulas.indicatorValue(3, 20_000, 100_000).getAsDouble()).isCloseTo(15.0, within(EPS));
            assertThat(Formulas.indicatorValue(1, 0, 100)).isEmpty();
        }

        @Test
        void operators() {
            assertThat(check(List.of(v(5), v(3)), Operator.LESS_THAN_OR_EQUAL_TO, List.of(v(10)))).isEqualTo(PASSED);
            assertThat(check(List.of(v(6), v(5)), Operator.LESS_THAN_OR_EQUAL_TO, List.of(v(10)))).isEqualTo(FAILED);
            assertThat(check(List.of(v(10)), Operator.EQUAL_TO, List.of(v(4), v(6)))).isEqualTo(PASSED);
            assertThat(check(List.of(v(10)), Operator.NOT_EQUAL_TO, List.of(v(10)))).isEqualTo(FAILED);
            assertThat(check(List.of(v(11)), Operator.GREATER_THAN, List.of(v(10)))).isEqualTo(PASSED);
            assertThat(check(List.of(v(10)), Operator.GREATER_THAN, List.of(v(10)))).isEqualTo(FAILED);
            assertThat(check(List.of(v(10)), Operator.GREATER_THAN_OR_EQUAL_TO, List.of(v(10)))).isEqualTo(PASSED);
            assertThat(check(List.of(v(9)), Operator.LESS_THAN, List.of(v(10)))).isEqualTo(PASSED);
            assertThat(check(List.of(v(-1)), Operator.GREATER_THAN_OR_EQUAL_TO, List.of(v(0)))).isEqualTo(FAILED);
        }

        private Formulas.RuleOutcome check(List<OptionalDouble> left, Operator op, List<OptionalDouble> right) {
            return Formulas.validate(left, NEVER_SKIP, op, right, NEVER_SKIP);
        }

        @Test
        void missing_value_strategies() {
            List<OptionalDouble> partial = List.of(v(12), NONE);
            List<OptionalDouble> empty = List.of(NONE, NONE);
            List<OptionalDouble> ten = List.of(v(10));
            Operator le = Operator.LESS_THAN_OR_EQUAL_TO;
            assertThat(Formulas.validate(partial, SKIP_IF_ANY_VALUE_MISSING, le, ten, NEVER_SKIP)).isEqualTo(SKIPPED);
            // skip only if all are missing: 12 + nothing = 12 > 10
            assertThat(Formulas.validate(partial, SKIP_IF_ALL_VALUES_MISSING, le, ten, NEVER_SKIP)).isEqualTo(FAILED);
            assertThat(Formulas.validate(empty, SKIP_IF_ALL_VALUES_MISSING, le, ten, NEVER_SKIP)).isEqualTo(SKIPPED);
            // never skip: missing counts as 0, and 0 <= 10
            assertThat(Formulas.validate(empty, NEVER_SKIP, le, ten, NEVER_SKIP)).isEqualTo(PASSED);
            assertThat(Formulas.validate(ten, NEVER_SKIP, le, empty, SKIP_IF_ANY_VALUE_MISSING)).isEqualTo(SKIPPED);
        }

        @Test
        void pair_operators_look_at_presence_and_are_never_skipped() {
            List<OptionalDouble> empty = List.of(NONE);
            List<OptionalDouble> one = List.of(v(1));
            Operator cp = Operator.COMPULSORY_PAIR;
            Operator ep = Operator.EXCLUSIVE_PAIR;
            assertThat(Formulas.validate(one, SKIP_IF_ANY_VALUE_MISSING, cp, empty, SKIP_IF_ANY_VALUE_MISSING))
                    .isEqualTo(FAILED);
            assertThat(Formulas.validate(empty, NEVER_SKIP, cp, empty, NEVER_SKIP)).isEqualTo(PASSED);
            assertThat(Formulas.validate(one, NEVER_SKIP, cp, one, NEVER_SKIP)).isEqualTo(PASSED);
            assertThat(Formulas.validate(one, NEVER_SKIP, ep, one, NEVER_SKIP)).isEqualTo(FAILED);
            assertThat(Formulas.validate(one, NEVER_SKIP, ep, empty, NEVER_SKIP)).isEqualTo(PASSED);
            assertThat(Operator.LESS_THAN_OR_EQUAL_TO.dhis2Name()).isEqualTo("less_than_or_equal_to");
        }
    }

    @Nested
    class Sdg1071 {
        @Test
        void mean_and_median_of_worker_ratios() {
            // 1200/400 = 3, 500/500 = 1, 900/450 = 2, 2000/400 = 5
            double[] ratios = {1200.0 / 400, 500.0 / 500, 900.0 / 450, 2000.0 / 400};
            assertThat(Formulas.mean(ratios)).isEqualTo(2.75);
            assertThat(Formulas.median(ratios)).isEqualTo(2.5);
            assertThat(Formulas.median(new double[] {3, 1, 2})).isEqualTo(2.0);
            assertThat(Formulas.mean(new double[0])).isNaN();
        }

        @Test
        void only_first_jobs_abroad_within_three_years() {
            LocalDate survey = LocalDate.of(2022, 6, 30);
            assertThat(Formulas.sdg1071Counts(LocalDate.of(2019, 6, 30), survey)).isTrue();
            assertThat(Formulas.sdg1071Counts(LocalDate.of(2019, 6, 29), survey)).isFalse();
            assertThat(Formulas.sdg1071Counts(survey, survey)).isTrue();
            assertThat(Formulas.sdg1071Counts(survey.plusDays(1), survey)).isFalse();
        }

        @Test
        void fourth_quintile_of_worker_ratios() {
            // sorted 1, 2, 3, 5: h = (4 - 1) x 0.8 = 2.4, so 3 + 0.4 x (5 - 3) = 3.8
            double[] ratios = {1200.0 / 400, 500.0 / 500, 900.0 / 450, 2000.0 / 400};
            assertThat(Formulas.fourthQuintile(ratios)).isCloseTo(3.8, within(EPS));
            // 1 to 6: h = 5 x 0.8 = 4, exactly the fifth value, 5
            assertThat(Formulas.fourthQuintile(new double[] {6, 5, 4, 3, 2, 1})).isEqualTo(5.0);
            assertThat(Formulas.fourthQuintile(new double[] {7})).isEqualTo(7.0);
            assertThat(Formulas.fourthQuintile(new double[0])).isNaN();
            assertThat(Formulas.quantile(ratios, 0.5)).isCloseTo(Formulas.median(ratios), within(EPS));
            assertThat(Formulas.quantile(ratios, 1)).isEqualTo(5.0);
        }

        @Test
        void age_groups_are_sdmx_ten_year_bands() {
            assertThat(ProgrammeEvent.RecruitmentCost.ageGroupOf(14)).isEqualTo("Y_LT15");
            assertThat(ProgrammeEvent.RecruitmentCost.ageGroupOf(15)).isEqualTo("Y15T24");
            assertThat(ProgrammeEvent.RecruitmentCost.ageGroupOf(24)).isEqualTo("Y15T24");
            assertThat(ProgrammeEvent.RecruitmentCost.ageGroupOf(25)).isEqualTo("Y25T34");
            assertThat(ProgrammeEvent.RecruitmentCost.ageGroupOf(64)).isEqualTo("Y55T64");
            assertThat(ProgrammeEvent.RecruitmentCost.ageGroupOf(65)).isEqualTo("Y_GE65");
        }
    }

    @Nested
    class Sdg1072 {
        /** A complete worked questionnaire. */
        @Test
        void worked_questionnaire() {
            Map<String, Sdg1072Answer> a = new HashMap<>();
            // Domain 1: 1 + 1 + 0.5 + 0.5 + 0 = 3 of 5 -> 60
            a.put("1a", Sdg1072Answer.YES_REGARDLESS_OF_STATUS);
            a.put("1b", Sdg1072Answer.YES_REGARDLESS_OF_STATUS);
            a.put("1c", Sdg1072Answer.YES_ONLY_WITH_LEGAL_STATUS);
            a.put("1d", Sdg1072Answer.YES_ONLY_WITH_LEGAL_STATUS);
            a.put("1e", Sdg1072Answer.NO);
            // Domain 2: 5 of 5 -> 100
            for (String s : List.of("2a", "2b", "2c", "2d", "2e")) {
                a.put(s, Sdg1072Answer.YES);
            }
            // Domain 3: 4 of 5 -> 80
            for (String s : List.of("3a", "3b", "3c", "3d")) {
                a.put(s, Sdg1072Answer.YES);
            }
            a.put("3e", Sdg1072Answer.NO);
            // Domain 4: 2 of 5 -> 40
            a.put("4a", Sdg1072Answer.YES);
            a.put("4b", Sdg1072Answer.NO);
            a.put("4c", Sdg1072Answer.YES);
            a.put("4d", Sdg1072Answer.NO);
            a.put("4e", Sdg1072Answer.NO);
            // Domain 5: 0 of 5 -> 0
            for (String s : List.of("5a", "5b", "5c", "5d", "5e")) {
                a.put(s, Sdg1072Answer.NO);
            }
            // Domain 6: 2 of 5, 6e unanswered scores 0 -> 40
            a.put("6a", Sdg1072Answer.YES);
            a.put("6b", Sdg1072Answer.YES);
            a.put("6c", Sdg1072Answer.NO);
            a.put("6d", Sdg1072Answer.NO);

            Sdg1072Result r = Formulas.sdg1072("SEN", Period.ofYear(2022), a);
            assertThat(r.domainScores()).containsExactly(60.0, 100.0, 80.0, 40.0, 0.0, 40.0);
            assertThat(r.domainBands()).containsExactly(Sdg1072Band.PARTIALLY_MEETS, Sdg1072Band.FULLY_MEETS,
                    Sdg1072Band.MEETS, Sdg1072Band.PARTIALLY_MEETS, Sdg1072Band.REQUIRES_FURTHER_PROGRESS,
                    Sdg1072Band.PARTIALLY_MEETS);
            // (3 + 5 + 4 + 2 + 0 + 2) / 30 x 100 = 16 / 30 x 100
            assertThat(r.overall()).isCloseTo(53.333333333, within(1e-6));
            assertThat(r.band()).isEqualTo(Sdg1072Band.PARTIALLY_MEETS);
        }

        @Test
        void band_edges() {
            assertThat(Sdg1072Band.of(39.999)).isEqualTo(Sdg1072Band.REQUIRES_FURTHER_PROGRESS);
            assertThat(Sdg1072Band.of(40)).isEqualTo(Sdg1072Band.PARTIALLY_MEETS);
            assertThat(Sdg1072Band.of(80)).isEqualTo(Sdg1072Band.MEETS);
            assertThat(Sdg1072Band.of(99.99)).isEqualTo(Sdg1072Band.MEETS);
            assertThat(Sdg1072Band.of(100)).isEqualTo(Sdg1072Band.FULLY_MEETS);
        }

        @Test
        void answers_are_checked_against_their_domain() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ProgrammeEvent.Sdg1072Questionnaire("SEN",
                    LocalDate.of(2022, 1, 1), Map.of("2a", Sdg1072Answer.YES_ONLY_WITH_LEGAL_STATUS)))
                    .hasMessageContaining("answers.2a");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ProgrammeEvent.Sdg1072Questionnaire("SEN",
                    LocalDate.of(2022, 1, 1), Map.of("7a", Sdg1072Answer.YES)))
                    .hasMessageContaining("7a");
        }
    }

    @Nested
    class Sdg10c1 {
        static RemittancePrice price(String service, double fee, double fx, int days, boolean accessible) {
            return new RemittancePrice("ESP", "MAR", LocalDate.of(2022, 3, 1), service, fee, fx, days, accessible, true);
        }

        static final Period Q1 = Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 31));

        static final List<RemittancePrice> CORRIDOR = List.of(
                price("A", 4, 1.0, 1, true),    // 4 / 200 = 2 % + 1 % = 3.0
                price("B", 6, 1.5, 2, true),    // 3 % + 1.5 % = 4.5
                price("C", 10, 0.5, 5, true),   // 5 % + 0.5 % = 5.5
                price("D", 2, 0.5, 7, true),    // 1.5, but 7 days: does not qualify
                price("E", 3, 0.5, 0, false));  // 2.0, but not accessible

        @Test
        void total_cost_of_a_service() {
            assertThat(CORRIDOR.get(0).totalCostPercent()).isEqualTo(3.0);
            assertThat(CORRIDOR.get(3).smartQualifying()).isFalse();
            assertThat(CORRIDOR.get(4).smartQualifying()).isFalse();
        }

        @Test
        void smart_average_of_the_three_cheapest_qualifying() {
            // (3.0 + 4.5 + 5.5) / 3 = 4.333 <= 5
            CorridorCost c = Formulas.corridor("ESP", "MAR", Period.ofYear(2022), Q1, CORRIDOR);
            assertThat(c.smartAverage().getAsDouble()).isCloseTo(13.0 / 3, within(EPS));
            assertThat(c.atOrBelowTarget()).isTrue();
            assertThat(c.qualifyingServices()).isEqualTo(3);
            assertThat(c.services()).isEqualTo(5);
        }

        @Test
        void fewer_than_three_qualifying_gives_no_smart_average() {
            CorridorCost c = Formulas.corridor("ESP", "MAR", Period.ofYear(2022), Q1,
                    CORRIDOR.subList(1, 5));
            assertThat(c.smartAverage()).isEmpty();
            assertThat(c.atOrBelowTarget()).isFalse();
        }

        @Test
        void global_average_of_every_service_against_3_percent() {
            // (3 + 4.5 + 5.5 + 1.5 + 2) / 5 = 3.3, not below 3
            Sdg10c1Result r = Formulas.sdg10c1(Period.ofYear(2022), CORRIDOR);
            assertThat(r.globalAverage()).isCloseTo(3.3, within(EPS));
            assertThat(r.belowTarget()).isFalse();
            Sdg10c1Result cheap = Formulas.sdg10c1(Period.ofYear(2022), List.of(CORRIDOR.get(0), CORRIDOR.get(3)));
            // (3.0 + 1.5) / 2 = 2.25
            assertThat(cheap.globalAverage()).isCloseTo(2.25, within(EPS));
            assertThat(cheap.belowTarget()).isTrue();
        }

        @Test
        void a_service_priced_twice_in_a_quarter_is_one_service_at_its_latest_price() {
            RemittancePrice early = new RemittancePrice("ESP", "MAR", LocalDate.of(2022, 1, 10), "A", 2, 0, 1, true,
                    true);                                                    // 1.0
            RemittancePrice late = new RemittancePrice("ESP", "MAR", LocalDate.of(2022, 3, 20), "A", 6, 0, 1, true,
                    true);                                                    // 3.0
            RemittancePrice nextQuarter = new RemittancePrice("ESP", "MAR", LocalDate.of(2022, 4, 2), "A", 2, 0, 1,
                    true, true);                                              // 1.0, in Q2: a price of its own
            assertThat(Formulas.servicePrices(List.of(late, nextQuarter, early))).containsExactly(late, nextQuarter);
            // with B 4.5 and C 5.5 in Q1: SmaRT (3 + 4.5 + 5.5) / 3 = 4.333, the 1.0 of January replaced
            assertThat(Formulas.smartAverage(List.of(early, late, CORRIDOR.get(1), CORRIDOR.get(2))).getAsDouble())
                    .isCloseTo(13.0 / 3, within(EPS));
        }

        @Test
        void a_service_that_is_not_transparent_does_not_qualify() {
            RemittancePrice hidden = new RemittancePrice("ESP", "MAR", LocalDate.of(2022, 3, 1), "H", 2, 0, 1, true,
                    false);
            assertThat(hidden.smartQualifying()).isFalse();
            // A 3.0, B 4.5, C 5.5 qualify, H 1.0 does not: still (3 + 4.5 + 5.5) / 3
            List<RemittancePrice> prices = new java.util.ArrayList<>(CORRIDOR);
            prices.add(hidden);
            assertThat(Formulas.smartAverage(prices).getAsDouble()).isCloseTo(13.0 / 3, within(EPS));
        }

        @Test
        void a_negative_fx_margin_lowers_the_cost_and_does_not_throw() {
            // 4 / 200 x 100 - 0.5 = 1.5
            RemittancePrice p = new RemittancePrice("ESP", "MAR", LocalDate.of(2022, 3, 1), "N", 4, -0.5, 1, true,
                    true);
            assertThat(p.totalCostPercent()).isCloseTo(1.5, within(EPS));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RemittancePrice("ESP", "MAR",
                    LocalDate.of(2022, 3, 1), "N", 4, Double.NaN, 1, true, true))
                    .hasMessageContaining("fxMarginPercent");
        }

        @Test
        void quarters_are_calendar_quarters() {
            assertThat(Formulas.quarterOf(LocalDate.of(2022, 5, 31)))
                    .isEqualTo(Period.of(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30)));
            assertThat(Formulas.quarterOf(LocalDate.of(2022, 12, 31)).start()).isEqualTo(LocalDate.of(2022, 10, 1));
        }
    }
}

package org.m4sd.sdk.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Laws of the progress, DHIS2 and SDG formulas. */
class FormulasProperties {

    @Property
    void meeting_the_target_gives_1_and_the_baseline_gives_0(@ForAll @IntRange(min = -10_000, max = 10_000) int b,
            @ForAll @IntRange(min = -10_000, max = 10_000) int t, @ForAll boolean ascending) {
        Assume.that(b != t);
        assertThat(Formulas.achievement(b, t, t, ascending)).isEqualTo(1.0);
        assertThat(Formulas.achievement(b, t, b, ascending)).isEqualTo(0.0);
    }

    @Property
    void meeting_a_target_equal_to_the_baseline_gives_1(@ForAll @IntRange(min = -100, max = 100) int b,
            @ForAll boolean ascending) {
        assertThat(Formulas.achievement(b, b, b, ascending)).isEqualTo(1.0);
        // a baseline and a target both 0 ask for no change that could be measured: not assessable
        assertThat(Formulas.progress(b, 2019, OptionalDouble.of(b), 2023, b, 2021, ascending).category())
                .isEqualTo(b == 0 ? ProgressCategory.NOT_ASSESSED : ProgressCategory.ACHIEVED);
    }

    /** Reflecting every value about a centre turns an ascending indicator into a descending one. */
    @Property
    void ascending_and_descending_mirror_each_other(@ForAll @IntRange(min = -1000, max = 1000) int b,
            @ForAll @IntRange(min = -1000, max = 1000) int t, @ForAll @IntRange(min = -1000, max = 1000) int a,
            @ForAll @IntRange(min = -1000, max = 1000) int c) {
        double mb = 2.0 * c - b;
        double mt = 2.0 * c - t;
        double ma = 2.0 * c - a;
        assertThat(Formulas.achievement(mb, mt, ma, false)).isEqualTo(Formulas.achievement(b, t, a, true));
        assertThat(Formulas.met(mt, ma, false)).isEqualTo(Formulas.met(t, a, true));
    }

    /** Reciprocal values mirror growth: a descending indicator's R equals the ascending R of the reciprocals. */
    @Property
    void ascending_and_descending_growth_ratios_mirror(@ForAll @DoubleRange(min = 1, max = 1000) double b,
            @ForAll @DoubleRange(min = 1, max = 1000) double t, @ForAll @DoubleRange(min = 1, max = 1000) double a) {
        Assume.that(Math.abs(t - b) > 1e-3);
        OptionalDouble up = Formulas.growthRatio(b, 2019, t, 2023, a, 2021, true);
        OptionalDouble down = Formulas.growthRatio(1 / b, 2019, 1 / t, 2023, 1 / a, 2021, false);
        // CAGR(1/x) = 1/(1+g) - 1, so compare the categories' signs rather than the values
        assertThat(Math.signum(down.getAsDouble())).isEqualTo(Math.signum(up.getAsDouble()));
    }

    @Property
    void the_raw_ratio_is_not_clamped(@ForAll @IntRange(min = 0, max = 1000) int b,
            @ForAll @IntRange(min = 1, max = 1000) int gap, @ForAll @IntRange(min = 1, max = 1000) int beyond) {
        int t = b + gap;
        assertThat(Formulas.achievement(b, t, t + beyond, true)).isGreaterThan(1.0);
        assertThat(Formulas.achievement(b, t, b - beyond, true)).isLessThan(0.0);
        Formulas.Progress p = Formulas.progress(b + 1, 2019, OptionalDouble.of(t + 1), 2023, t + 1 + beyond, 2021,
                true);
        assertThat(p.ratio().getAsDouble()).isGreaterThan(1.0);
        assertThat(p.category()).isEqualTo(ProgressCategory.ACHIEVED);
    }

    @Property
    void the_progress_category_is_monotone_in_r(@ForAll @DoubleRange(min = -5, max = 5) double r1,
            @ForAll @DoubleRange(min = -5, max = 5) double r2) {
        double lo = Math.min(r1, r2);
        double hi = Math.max(r1, r2);
        assertThat(Formulas.categoryOfRatio(lo)).isLessThanOrEqualTo(Formulas.categoryOfRatio(hi));
        assertThat(Formulas.categoryOfGrowth(lo / 50)).isLessThanOrEqualTo(Formulas.categoryOfGrowth(hi / 50));
    }

    @Property
    void the_category_is_monotone_in_the_actual(@ForAll @DoubleRange(min = 1, max = 100) double b,
            @ForAll @DoubleRange(min = 1, max = 100) double gap, @ForAll @DoubleRange(min = 0.1, max = 300) double a1,
            @ForAll @DoubleRange(min = 0.1, max = 300) double a2, @ForAll boolean ascending) {
        double t = ascending ? b + gap : Math.max(b - gap, b / 10);
        double worse = ascending ? Math.min(a1, a2) : Math.max(a1, a2);
        double better = ascending ? Math.max(a1, a2) : Math.min(a1, a2);
        ProgressCategory cw = Formulas.progress(b, 2019, OptionalDouble.of(t), 2023, worse, 2021, ascending).category();
        ProgressCategory cb = Formulas.progress(b, 2019, OptionalDouble.of(t), 2023, better, 2021, ascending)
                .category();
        assertThat(cw).isLessThanOrEqualTo(cb);
    }

    @Provide
    Arbitrary<Map<String, Sdg1072Answer>> questionnaires() {
        List<String> items = Formulas.sdg1072Items();
        return Arbitraries.integers().between(0, 3).list().ofSize(30).map(codes -> {
            Map<String, Sdg1072Answer> m = new HashMap<>();
            for (int i = 0; i < 30; i++) {
                String item = items.get(i);
                Sdg1072Answer a = answer(item, codes.get(i));
                if (a != null) {
                    m.put(item, a);
                }
            }
            return m;
        });
    }

    /** 0 missing, 1 no, 2 partial (yes in domains 2 to 6), 3 yes. */
    private static Sdg1072Answer answer(String item, int code) {
        boolean d1 = item.startsWith("1");
        return switch (code) {
            case 1 -> Sdg1072Answer.NO;
            case 2 -> d1 ? Sdg1072Answer.YES_ONLY_WITH_LEGAL_STATUS : Sdg1072Answer.YES;
            case 3 -> d1 ? Sdg1072Answer.YES_REGARDLESS_OF_STATUS : Sdg1072Answer.YES;
            default -> null;
        };
    }

    @Property
    void sdg1072_scores_stay_in_0_100_and_never_fall_when_an_answer_improves(
            @ForAll("questionnaires") Map<String, Sdg1072Answer> answers, @ForAll @IntRange(min = 0, max = 29) int at,
            @ForAll @IntRange(min = 1, max = 3) int step) {
        String item = Formulas.sdg1072Items().get(at);
        int domain = item.charAt(0) - '0';
        double before = Formulas.sdg1072Overall(answers);
        double domainBefore = Formulas.sdg1072DomainScore(domain, answers);
        assertThat(before).isBetween(0.0, 100.0);
        for (int d = 1; d <= 6; d++) {
            assertThat(Formulas.sdg1072DomainScore(d, answers)).isBetween(0.0, 100.0);
        }
        Sdg1072Answer current = answers.get(item);
        double weight = current == null ? -1 : Formulas.sdg1072Weight(current);
        Sdg1072Answer improved = answer(item, step);
        Assume.that(Formulas.sdg1072Weight(improved) >= weight);
        Map<String, Sdg1072Answer> better = new HashMap<>(answers);
        better.put(item, improved);
        assertThat(Formulas.sdg1072Overall(better)).isGreaterThanOrEqualTo(before);
        assertThat(Formulas.sdg1072DomainScore(domain, better)).isGreaterThanOrEqualTo(domainBefore);
        assertThat(Formulas.sdg1072(better.isEmpty() ? "SEN" : "SEN", Period.ofYear(2022), better).band())
                .isGreaterThanOrEqualTo(Sdg1072Band.of(before));
    }

    @Property
    void adding_a_worker_at_the_median_leaves_the_median_unchanged(
            @ForAll @Size(min = 1, max = 200) List<@DoubleRange(min = 0, max = 50) Double> ratios) {
        double[] values = ratios.stream().mapToDouble(Double::doubleValue).toArray();
        double median = Formulas.median(values);
        double[] more = Arrays.copyOf(values, values.length + 1);
        more[values.length] = median;
        assertThat(Formulas.median(more)).isEqualTo(median);
    }

    @Property
    void the_mean_does_not_depend_on_order(@ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = 0, max = 1e6) Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).toArray();
        double[] b = a.clone();
        Arrays.sort(b);
        assertThat(Formulas.mean(b)).isEqualTo(Formulas.mean(a));
    }

    @Property
    void the_fourth_quintile_lies_between_the_median_and_the_largest_and_ignores_order(
            @ForAll @Size(min = 1, max = 100) List<@DoubleRange(min = 0, max = 50) Double> ratios) {
        double[] values = ratios.stream().mapToDouble(Double::doubleValue).toArray();
        double[] reversed = values.clone();
        Arrays.sort(reversed);
        for (int i = 0; i < reversed.length / 2; i++) {
            double t = reversed[i];
            reversed[i] = reversed[reversed.length - 1 - i];
            reversed[reversed.length - 1 - i] = t;
        }
        double q4 = Formulas.fourthQuintile(values);
        assertThat(q4).isEqualTo(Formulas.fourthQuintile(reversed));
        assertThat(q4).isBetween(Formulas.median(values) - 1e-12, Arrays.stream(values).max().orElseThrow());
        // at least four fifths of the workers are at or below it, up to the interpolation
        long atOrBelow = Arrays.stream(values).filter(v -> v <= q4 + 1e-12).count();
        assertThat(atOrBelow).isGreaterThanOrEqualTo((long) Math.floor(0.8 * (values.length - 1)) + 1);
    }

    @Property
    void quantiles_grow_with_p(@ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = -10, max = 50) Double> v,
            @ForAll @DoubleRange(min = 0, max = 1) double p1, @ForAll @DoubleRange(min = 0, max = 1) double p2) {
        double[] values = v.stream().mapToDouble(Double::doubleValue).toArray();
        double low = Formulas.quantile(values, Math.min(p1, p2));
        double high = Formulas.quantile(values, Math.max(p1, p2));
        assertThat(low).isLessThanOrEqualTo(high + 1e-12);
        assertThat(Formulas.quantile(values, 0.5)).isCloseTo(Formulas.median(values), within(1e-12));
    }

    @Property
    void band_shares_add_up_to_100_for_every_domain_and_ignore_order(
            @ForAll("questionnaireLists") List<Map<String, Sdg1072Answer>> answers) {
        List<Sdg1072Result> results = new java.util.ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            results.add(Formulas.sdg1072("C" + i, Period.ofYear(2022), answers.get(i)));
        }
        Map<Integer, Map<Sdg1072Band, Double>> shares = Formulas.sdg1072BandShares(results);
        assertThat(shares.keySet()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        shares.values().forEach(byBand -> {
            assertThat(byBand).hasSize(4);
            assertThat(byBand.values()).allSatisfy(x -> assertThat(x).isBetween(0.0, 100.0));
            assertThat(byBand.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(100, within(1e-9));
        });
        java.util.Collections.reverse(results);
        assertThat(Formulas.sdg1072BandShares(results)).isEqualTo(shares);
    }

    @Property
    void smart_average_of_a_quarter_lies_between_the_cheapest_and_third_cheapest_service(
            @ForAll("quarterPrices") List<ProgrammeEvent.RemittancePrice> prices) {
        OptionalDouble smart = Formulas.smartAverage(prices);
        double[] q = Formulas.servicePrices(prices).stream().filter(ProgrammeEvent.RemittancePrice::smartQualifying)
                .mapToDouble(ProgrammeEvent.RemittancePrice::totalCostPercent).sorted().toArray();
        assertThat(smart.isPresent()).isEqualTo(q.length >= 3);
        if (smart.isPresent()) {
            assertThat(smart.getAsDouble()).isBetween(q[0] - 1e-12, q[2] + 1e-12);
            assertThat(smart.getAsDouble()).isCloseTo((q[0] + q[1] + q[2]) / 3, within(1e-9));
            // SmaRT <= the mean of all qualifying services
            assertThat(smart.getAsDouble()).isLessThanOrEqualTo(Formulas.mean(q) + 1e-12);
        }
    }

    @Property
    void sdg10c1_does_not_depend_on_order_and_a_repeated_record_changes_nothing(
            @ForAll("yearPrices") List<ProgrammeEvent.RemittancePrice> prices, @ForAll @IntRange(min = 0) int at) {
        Sdg10c1Result r = Formulas.sdg10c1(Period.ofYear(2022), prices);
        List<ProgrammeEvent.RemittancePrice> reversed = new java.util.ArrayList<>(prices);
        java.util.Collections.reverse(reversed);
        assertThat(Formulas.sdg10c1(Period.ofYear(2022), reversed)).isEqualTo(r);
        if (!prices.isEmpty()) {
            List<ProgrammeEvent.RemittancePrice> repeated = new java.util.ArrayList<>(prices);
            repeated.add(prices.get(at % prices.size()));
            assertThat(Formulas.sdg10c1(Period.ofYear(2022), repeated)).isEqualTo(r);
        }
    }

    @Property
    void every_corridor_is_reported_and_country_figures_lie_within_their_services(
            @ForAll("yearPrices") List<ProgrammeEvent.RemittancePrice> prices) {
        Sdg10c1Result r = Formulas.sdg10c1(Period.ofYear(2022), prices);
        List<ProgrammeEvent.RemittancePrice> services = Formulas.servicePrices(prices);
        long corridorQuarters = services.stream().map(p -> List.of(p.sendingCountry(), p.country(),
                Formulas.quarterOf(p.date()))).distinct().count();
        assertThat(r.corridors()).hasSize((int) corridorQuarters);
        assertThat(r.services()).isEqualTo(services.size());
        r.corridors().forEach(c -> assertThat(c.atOrBelowTarget()).isEqualTo(c.smartAverage().isPresent()
                && c.smartAverage().getAsDouble() <= CorridorCost.CORRIDOR_TARGET_PERCENT));
        r.countryAverages().forEach((country, average) -> {
            double[] costs = services.stream().filter(p -> p.country().equals(country))
                    .mapToDouble(ProgrammeEvent.RemittancePrice::totalCostPercent).toArray();
            assertThat(average).isBetween(Arrays.stream(costs).min().orElseThrow() - 1e-12,
                    Arrays.stream(costs).max().orElseThrow() + 1e-12);
        });
        // the global average weighs each country by its number of services
        if (!services.isEmpty()) {
            double weighted = r.countryAverages().entrySet().stream().mapToDouble(e -> e.getValue()
                    * services.stream().filter(p -> p.country().equals(e.getKey())).count()).sum();
            assertThat(r.globalAverage()).isCloseTo(weighted / services.size(), within(1e-9));
        }
    }

    @Provide
    Arbitrary<List<Map<String, Sdg1072Answer>>> questionnaireLists() {
        return questionnaires().list().ofMinSize(1).ofMaxSize(12);
    }

    private static Arbitrary<ProgrammeEvent.RemittancePrice> price(Arbitrary<String> from, Arbitrary<String> to,
            Arbitrary<java.time.LocalDate> date) {
        Arbitrary<Object[]> where = Combinators.combine(from, to, date, Arbitraries.of("a", "b", "c", "d", "e", "f"))
                .as((f, t, d, s) -> new Object[] {f, t, d, s});
        return Combinators.combine(where, Arbitraries.doubles().between(0, 30), Arbitraries.doubles().between(-2, 8),
                Arbitraries.integers().between(0, 9), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((w, fee, fx, days, open, transparent) -> new ProgrammeEvent.RemittancePrice((String) w[0],
                        (String) w[1], (java.time.LocalDate) w[2], (String) w[3], fee, fx, days, open, transparent));
    }

    @Provide
    Arbitrary<List<ProgrammeEvent.RemittancePrice>> quarterPrices() {
        return price(Arbitraries.just("ESP"), Arbitraries.just("MAR"),
                Arbitraries.integers().between(0, 89).map(d -> java.time.LocalDate.of(2022, 1, 1).plusDays(d)))
                .list().ofMaxSize(15);
    }

    @Provide
    Arbitrary<List<ProgrammeEvent.RemittancePrice>> yearPrices() {
        return price(Arbitraries.of("ESP", "FRA"), Arbitraries.of("MAR", "SEN"),
                Arbitraries.integers().between(0, 364).map(d -> java.time.LocalDate.of(2022, 1, 1).plusDays(d)))
                .list().ofMaxSize(30);
    }
}

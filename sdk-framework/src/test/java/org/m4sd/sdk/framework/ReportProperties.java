package org.m4sd.sdk.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;

/** Laws of the whole report. */
class ReportProperties {
    private static final Framework FRAMEWORK = Framework.illustrative();
    private static final Period Y2021 = Period.ofYear(2021);

    @Provide
    Arbitrary<List<ProgrammeEvent>> decisions() {
        Arbitrary<ProgrammeEvent> d = Combinators.combine(
                Arbitraries.of("ECU", "MAR", "NPL"), Arbitraries.integers().between(2020, 2022),
                Arbitraries.of(Determination.HEALTH_EMERGENCY_CARE, Determination.HEALTH_ESSENTIAL_CARE,
                        Determination.EDUCATION_PUBLIC_SCHOOL),
                Arbitraries.of(Outcome.ELIGIBLE, Outcome.CONDITIONAL, Outcome.INELIGIBLE, Outcome.UNDETERMINED),
                Arbitraries.of(Sex.class), Arbitraries.of(MigratoryStatus.class), Arbitraries.integers().between(0, 9))
                .as((c, y, det, out, sex, st, person) -> new ProgrammeEvent.DecisionMade(c, LocalDate.of(y, 3, 1), det,
                        out, sex, st, "person-" + person));
        return d.list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<Observation>> workerCounts() {
        Arbitrary<Observation> o = Combinators.combine(Arbitraries.of("ECU", "SEN"), Arbitraries.of("F", "M", "X"),
                Arbitraries.integers().between(0, 10_000))
                .as((c, sex, n) -> new Observation("EMP-6", c, Y2021, n, Map.of("sex", sex)));
        return o.list().ofMaxSize(30);
    }

    /** With every record broken down (no total reported), each total equals the sum of its parts. */
    @Property
    void parts_sum_to_the_total_when_disaggregation_is_complete(@ForAll("decisions") List<ProgrammeEvent> events,
            @ForAll("workerCounts") List<Observation> observations) {
        ResultsReport r = ResultsReporter.reference().report(FRAMEWORK, observations.iterator(), events.iterator());
        assertThat(r.findings()).noneMatch(f -> f.rule().equals("part-not-above-total"));
        for (IndicatorValue total : r.values()) {
            Indicator ind = FRAMEWORK.indicator(total.indicator()).orElseThrow();
            // a cumulative indicator's baseline is given for the total only: its disaggregation is not complete
            if (!ind.additive() || ind.aggregation() == Aggregation.CUMULATIVE) {
                continue;
            }
            for (String dim : ind.dimensions()) {
                if (!total.dimensions().get(dim).equals(IndicatorValue.TOTAL)) {
                    continue;
                }
                double parts = r.values().stream()
                        .filter(v -> v.indicator().equals(total.indicator()) && v.country().equals(total.country())
                                && v.period().equals(total.period()) && !v.dimensions().get(dim).equals("_T"))
                        .filter(v -> ind.dimensions().stream().filter(d -> !d.equals(dim))
                                .allMatch(d -> v.dimensions().get(d).equals(total.dimensions().get(d))))
                        .mapToDouble(IndicatorValue::value).sum();
                assertThat(parts).as("%s %s %s %s by %s", total.indicator(), total.country(), total.period(),
                        total.dimensions(), dim).isEqualTo(total.value());
            }
        }
        // across countries too
        for (IndicatorValue total : r.values()) {
            if (total.country().equals(IndicatorValue.TOTAL)
                    && FRAMEWORK.indicator(total.indicator()).orElseThrow().additive()
                    && FRAMEWORK.indicator(total.indicator()).orElseThrow().aggregation() == Aggregation.PERIODIC) {
                double parts = r.values().stream().filter(v -> v.indicator().equals(total.indicator())
                        && !v.country().equals(IndicatorValue.TOTAL) && v.period().equals(total.period())
                        && v.dimensions().equals(total.dimensions())).mapToDouble(IndicatorValue::value).sum();
                assertThat(parts).isEqualTo(total.value());
            }
        }
    }

    /** The report is the same whatever order the observations and events arrive in. */
    @Property(tries = 200)
    void the_report_does_not_depend_on_input_order(@ForAll("decisions") List<ProgrammeEvent> decisions,
            @ForAll("workerCounts") List<Observation> counts, @ForAll long seed) {
        List<Observation> observations = new ArrayList<>(ReportFixtures.observations());
        observations.addAll(counts);
        List<ProgrammeEvent> events = new ArrayList<>(ReportFixtures.events());
        events.addAll(decisions);
        ResultsReport first = ResultsReporter.reference().report(FRAMEWORK, observations.iterator(),
                events.iterator());
        Random random = new Random(seed);
        Collections.shuffle(observations, random);
        Collections.shuffle(events, random);
        ResultsReport second = ResultsReporter.reference().report(FRAMEWORK, observations.iterator(),
                events.iterator());
        assertThat(second).isEqualTo(first);
        assertThat(second.toCsv()).isEqualTo(first.toCsv());
    }

    /** Adding a worker whose ratio equals the median leaves the reported 10.7.1 median unchanged. */
    @Property
    void a_worker_at_the_median_leaves_the_sdg1071_median_unchanged(
            @ForAll("workers") List<Tuple.Tuple2<Integer, Integer>> workers) {
        List<ProgrammeEvent> events = new ArrayList<>();
        LocalDate survey = LocalDate.of(2022, 6, 1);
        for (Tuple.Tuple2<Integer, Integer> w : workers) {
            events.add(new ProgrammeEvent.RecruitmentCost("NPL", "QAT", survey, survey.minusMonths(6), w.get1(),
                    w.get2(), Sex.M));
        }
        ResultsReport before = ResultsReporter.reference().report(FRAMEWORK, Collections.emptyIterator(),
                events.iterator());
        double median = before.sdg1071().get(0).median();
        // a worker with costs = median x 1 month of earnings of 1: ratio exactly the median
        events.add(new ProgrammeEvent.RecruitmentCost("NPL", "QAT", survey, survey.minusMonths(1), median, 1, Sex.F));
        ResultsReport after = ResultsReporter.reference().report(FRAMEWORK, Collections.emptyIterator(),
                events.iterator());
        assertThat(after.sdg1071().get(0).median()).isEqualTo(median);
        assertThat(after.sdg1071().get(0).workers()).isEqualTo(workers.size() + 1);
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<Integer, Integer>>> workers() {
        return Combinators.combine(Arbitraries.integers().between(0, 5_000), Arbitraries.integers().between(100, 3_000))
                .as(Tuple::of).list().ofMinSize(1).ofMaxSize(40);
    }
}

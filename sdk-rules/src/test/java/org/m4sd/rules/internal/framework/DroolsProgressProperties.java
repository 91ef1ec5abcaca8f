package org.m4sd.rules.internal.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kie.api.runtime.KieSession;
import org.m4sd.sdk.framework.Formulas;
import org.m4sd.sdk.framework.ProgressThresholds;

/**
 * Differential: the progress rules of {@code framework.drl} equal the reference formula on random baselines,
 * targets, actuals, limits and thresholds, with zeros and negatives drawn often.
 */
class DroolsProgressProperties {

    private record Input(double baseline, int baselineYear, OptionalDouble target, int targetYear, double actual,
            int actualYear, boolean ascending, OptionalDouble limit, ProgressThresholds thresholds) {
    }

    @Provide
    Arbitrary<List<Input>> inputs() {
        Arbitrary<Double> value = Arbitraries.oneOf(Arbitraries.integers().between(-6, 6).map(i -> i / 2.0),
                Arbitraries.doubles().between(-500, 500));
        Arbitrary<OptionalDouble> optional = Arbitraries.oneOf(Arbitraries.just(OptionalDouble.empty()),
                value.map(OptionalDouble::of));
        Arbitrary<ProgressThresholds> thresholds = Arbitraries.oneOf(Arbitraries.just(ProgressThresholds.OPEN_SDG),
                Combinators.combine(Arbitraries.doubles().between(0.1, 0.5), Arbitraries.doubles().between(0.6, 2),
                        Arbitraries.doubles().between(0.001, 0.01).ofScale(4),
                        Arbitraries.doubles().between(0.011, 0.05).ofScale(4))
                        .as((ar, or, ag, og) -> new ProgressThresholds(or, ar, og, ag)));
        Arbitrary<Input> input = Combinators.combine(value, Arbitraries.integers().between(2015, 2020), optional,
                Arbitraries.integers().between(2014, 2030), value, Arbitraries.integers().between(2014, 2025),
                Arbitraries.of(true, false), optional)
                .as((b, by, t, ty, a, ay, asc, l) -> new Input(b, by, t, ty, a, ay, asc, l, null))
                .flatMap(i -> thresholds.map(th -> new Input(i.baseline(), i.baselineYear(), i.target(),
                        i.targetYear(), i.actual(), i.actualYear(), i.ascending(), i.limit(), th)));
        return input.list().ofMinSize(1).ofMaxSize(30);
    }

    /**
     * Baseline, target and actual all 0: the actual is at the target as written, so the raw achievement is 1, though
     * the target is not met (a target of 0 is read as its zero replacement for the met test).
     */
    @Example
    void a_target_at_a_zero_baseline_reached_as_written_has_achievement_1() {
        the_rules_equal_the_reference_formula(List.of(new Input(0.0, 2015, OptionalDouble.of(0.0), 2014, 0.0, 2014,
                true, OptionalDouble.empty(), ProgressThresholds.OPEN_SDG)));
        assertThat(Formulas.progress(0.0, 2015, OptionalDouble.of(0.0), 2014, 0.0, 2014, true, OptionalDouble.empty(),
                ProgressThresholds.OPEN_SDG).ratio()).hasValue(1.0);
    }

    @Property(tries = 150)
    void the_rules_equal_the_reference_formula(@ForAll("inputs") List<Input> inputs) {
        List<ProgressFact> facts = new ArrayList<>();
        KieSession session = DroolsResultsReporter.kieBase().newKieSession();
        try {
            for (Input i : inputs) {
                ProgressThresholds t = i.thresholds();
                ProgressFact f = new ProgressFact(facts.size(), i.baseline(), i.baselineYear(), i.target().isPresent(),
                        i.target().orElse(0), i.targetYear(), i.actual(), i.actualYear(), i.ascending(),
                        i.limit().isPresent(), i.limit().orElse(0),
                        new org.m4sd.rules.internal.framework.ProgressThresholds(t.onTrackRatio(),
                                t.accelerationRatio(), t.onTrackGrowth(), t.accelerationGrowth()));
                facts.add(f);
                session.insert(f);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        for (int n = 0; n < inputs.size(); n++) {
            Input i = inputs.get(n);
            ProgressFact f = facts.get(n);
            Formulas.Progress p = Formulas.progress(i.baseline(), i.baselineYear(), i.target(), i.targetYear(),
                    i.actual(), i.actualYear(), i.ascending(), i.limit(), i.thresholds());
            assertThat(f.getCategory()).as(i.toString()).isEqualTo(p.category());
            assertThat(f.getGrowth() == null ? OptionalDouble.empty() : OptionalDouble.of(f.getGrowth()))
                    .as(i.toString()).isEqualTo(p.growthRatio());
            assertThat(f.getRatio() == null ? OptionalDouble.empty() : OptionalDouble.of(f.getRatio()))
                    .as(i.toString()).isEqualTo(p.ratio());
            assertThat(Boolean.TRUE.equals(f.getMet())).as(i.toString()).isEqualTo(p.met());
        }
    }
}

package org.m4sd.sdk.internal.framework;

import static org.m4sd.sdk.framework.IndicatorValue.TOTAL;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.m4sd.sdk.framework.Achievement;
import org.m4sd.sdk.framework.Baseline;
import org.m4sd.sdk.framework.Formulas;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Importance;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.Operator;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.Target;
import org.m4sd.sdk.framework.ValidationFinding;

/**
 * Progress of each numeric total against its baseline and target: the achievement ratio and the Open SDG
 * category ({@link Formulas#progress}), with the framework's thresholds.
 */
final class ProgressAssessment {
    private final Framework framework;

    ProgressAssessment(Framework framework) {
        this.framework = framework;
    }

    /**
     * The achievement of every total of a numeric indicator with a baseline in its country; an
     * {@code actual-has-baseline} finding, once per indicator and country, where an actual has none.
     */
    List<Achievement> achievements(List<IndicatorValue> values, List<ValidationFinding> findings) {
        List<Achievement> out = new ArrayList<>();
        Set<List<String>> missingBaseline = new HashSet<>();
        for (IndicatorValue v : values) {
            Indicator ind = framework.indicator(v.indicator()).orElseThrow();
            if (!v.total() || !ind.measure().numeric()) {
                continue;
            }
            Optional<Baseline> baseline = ind.baseline(v.country());
            if (baseline.isEmpty() || baseline.get().value().isEmpty()) {
                if (!v.country().equals(TOTAL) && missingBaseline.add(List.of(ind.id(), v.country()))) {
                    findings.add(new ValidationFinding("actual-has-baseline", Importance.MEDIUM,
                            Operator.COMPULSORY_PAIR, ind.id(), v.country(), v.period(), v.dimensions(),
                            OptionalDouble.of(v.value()), OptionalDouble.empty(),
                            "an actual is reported for " + v.country() + " but the indicator has no baseline there"));
                }
                continue;
            }
            Baseline b = baseline.get();
            Optional<Target> target = target(ind, v.country(), v.period());
            OptionalDouble tv = target.map(Target::value).orElse(OptionalDouble.empty());
            int targetYear = target.map(t -> t.period().end().getYear()).orElse(0);
            Formulas.Progress pr = Formulas.progress(b.value().getAsDouble(), b.year(), tv, targetYear, v.value(),
                    v.period().end().getYear(), ind.ascending(), ind.limit(), framework.thresholds());
            out.add(new Achievement(ind.id(), v.country(), v.period(), b.value().getAsDouble(), b.year(), tv,
                    v.value(), pr.ratio(), pr.met(), pr.growthRatio(), pr.category()));
        }
        return out;
    }

    /** The target of the period (containing its end), else the next one after it. */
    static Optional<Target> target(Indicator ind, String country, Period period) {
        Target best = null;
        for (Target t : ind.targets()) {
            if (!t.country().equals(country) || !t.dimensions().isEmpty() || t.value().isEmpty()) {
                continue;
            }
            if (t.period().contains(period.end())) {
                return Optional.of(t);
            }
            if (t.period().end().isAfter(period.end()) && (best == null || t.period().end().isBefore(best.period().end()))) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }
}

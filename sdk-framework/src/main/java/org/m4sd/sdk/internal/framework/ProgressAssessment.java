package org.m4sd.sdk.internal.framework;

import static org.m4sd.sdk.framework.IndicatorValue.TOTAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
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
 * category ({@link Formulas#progress}), with the framework's thresholds; and, for an indicator whose values the
 * programme reports, {@link Achievement#nothingReported} for each period with a baseline but no value.
 */
final class ProgressAssessment {
    private final Framework framework;
    private final List<Period> periods;

    ProgressAssessment(Framework framework, List<Period> periods) {
        this.framework = framework;
        this.periods = periods;
    }

    /**
     * The achievement of every total of a numeric indicator with a baseline in its country; an
     * {@code actual-has-baseline} finding, once per indicator and country, where an actual has none. In the
     * framework's indicator order, then by country and period.
     */
    List<Achievement> achievements(List<IndicatorValue> values, List<ValidationFinding> findings) {
        List<Achievement> out = new ArrayList<>();
        Set<List<String>> missingBaseline = new HashSet<>();
        Set<List<Object>> assessed = new HashSet<>();
        for (IndicatorValue v : values) {
            if (v.total()) {
                assessed.add(List.of(v.indicator(), v.country(), v.period()));
            }
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
        out.addAll(nothingReported(assessed));
        out.sort(order(framework));
        return out;
    }

    /**
     * For each numeric indicator the programme reports, each country (or {@code _T}) with a baseline value and
     * each period without a total value there: progress not assessed, since nothing was reported.
     */
    private List<Achievement> nothingReported(Set<List<Object>> assessed) {
        List<Achievement> out = new ArrayList<>();
        for (Indicator ind : framework.indicators()) {
            if (!ind.source().reportedByProgramme() || !ind.measure().numeric()) {
                continue;
            }
            Set<String> countries = new TreeSet<>();
            ind.baselines().forEach(b -> countries.add(b.country()));
            for (String country : countries) {
                Optional<Baseline> baseline = ind.baseline(country);
                if (baseline.isEmpty() || baseline.get().value().isEmpty()) {
                    continue;
                }
                for (Period period : periods) {
                    if (!assessed.contains(List.of(ind.id(), country, period))) {
                        OptionalDouble target = target(ind, country, period).map(Target::value)
                                .orElse(OptionalDouble.empty());
                        out.add(Achievement.nothingReported(ind.id(), country, period,
                                baseline.get().value().getAsDouble(), baseline.get().year(), target));
                    }
                }
            }
        }
        return out;
    }

    /** The framework's indicator order, then country and period: the order of a report's achievements. */
    static Comparator<Achievement> order(Framework framework) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < framework.indicators().size(); i++) {
            order.put(framework.indicators().get(i).id(), i);
        }
        return Comparator.<Achievement, Integer>comparing(a -> order.get(a.indicator()))
                .thenComparing(Achievement::country).thenComparing(Achievement::period);
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

package org.m4sd.sdk.internal.framework;

import static org.m4sd.sdk.framework.IndicatorValue.TOTAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.m4sd.sdk.framework.Formulas;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Importance;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.Measure;
import org.m4sd.sdk.framework.Operator;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.ValidationFinding;
import org.m4sd.sdk.framework.ValidationRule;

/**
 * The built-in validation rules of a report's counts: records left out (counted per rule, subject and country),
 * values that do not fit their measure, and parts that add up to more than their reported total.
 */
final class ValidationChecks {
    private final Framework framework;
    /** Findings not tied to a cell, counted: rule, indicator, country. */
    private final Map<List<String>, int[]> counted = new TreeMap<>(ValidationChecks::compareLists);

    ValidationChecks(Framework framework) {
        this.framework = framework;
    }

    /** Counts a record left out by a rule ({@code known-country}, {@code known-indicator} ...). */
    void leftOut(String rule, String subject, String country) {
        counted.computeIfAbsent(List.of(rule, subject, country), k -> new int[1])[0]++;
    }

    /** One finding per rule, subject and country for the records left out. */
    void leftOutFindings(List<ValidationFinding> findings) {
        counted.forEach((k, n) -> findings.add(leftOutFinding(k, n[0])));
    }

    /**
     * Parts not above a reported total; values that do not fit the measure (negative counts). {@code reported}
     * holds the cells as reported, {@code sums} their sums.
     */
    static void checkCells(Indicator ind, String country, Period period, Map<List<String>, CellCounts.Sum> reported,
            Map<List<String>, BigDecimal> sums, int k, List<ValidationFinding> findings) {
        Map<List<String>, BigDecimal> memo = new HashMap<>();
        boolean additive = ind.additive();
        reported.forEach((cell, acc) -> {
            Map<String, String> dims = dimensionMap(ind, cell);
            if (acc.misfits > 0) {
                boolean negative = ind.measure() == Measure.UNIT;
                findings.add(new ValidationFinding(negative ? "no-negative-count" : "value-fits-measure",
                        Importance.HIGH, Operator.GREATER_THAN_OR_EQUAL_TO, ind.id(), country, period, dims,
                        OptionalDouble.of(acc.sum.doubleValue()), OptionalDouble.of(0),
                        acc.misfits + " value(s) do not fit the measure " + ind.measure() + ": " + acc.misfit));
            }
            for (int d = 0; d < k && additive; d++) {
                if (!cell.get(d).equals(TOTAL)) {
                    continue;
                }
                Set<String> seen = TotalsLattice.partsAlong(cell, d, sums.keySet());
                if (seen.isEmpty()) {
                    continue;
                }
                BigDecimal parts = BigDecimal.ZERO;
                for (String v : seen) {
                    List<String> part = new ArrayList<>(cell);
                    part.set(d, v);
                    parts = parts.add(TotalsLattice.value(List.copyOf(part), sums, k, memo));
                }
                ValidationRule rule = ValidationRule.PART_NOT_ABOVE_TOTAL;
                if (Formulas.validate(List.of(OptionalDouble.of(parts.doubleValue())), rule.leftStrategy(),
                        rule.operator(), List.of(OptionalDouble.of(acc.sum.doubleValue())), rule.rightStrategy())
                        == Formulas.RuleOutcome.FAILED) {
                    findings.add(new ValidationFinding("part-not-above-total", Importance.HIGH,
                            Operator.LESS_THAN_OR_EQUAL_TO, ind.id(), country, period, dims,
                            OptionalDouble.of(parts.doubleValue()), OptionalDouble.of(acc.sum.doubleValue()),
                            "the parts by " + ind.dimensions().get(d) + " add up to " + parts.toPlainString()
                                    + ", above the reported total " + acc.sum.toPlainString()));
                }
            }
        });
    }

    /** A cell's dimension values by dimension name. */
    static Map<String, String> dimensionMap(Indicator ind, List<String> cell) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < cell.size(); i++) {
            map.put(ind.dimensions().get(i), cell.get(i));
        }
        return map;
    }

    private ValidationFinding leftOutFinding(List<String> key, int n) {
        String rule = key.get(0);
        String what = switch (rule) {
            case "known-indicator" -> "record(s) name an indicator the framework does not have or does not observe";
            case "known-country" -> "record(s) name a country that is not a programme country";
            case "period-in-programme" -> "record(s) fall outside the programme period";
            default -> "record(s) name a dimension the indicator does not have";
        };
        return new ValidationFinding(rule, Importance.HIGH, Operator.COMPULSORY_PAIR, key.get(1), key.get(2),
                framework.programme().period(), Map.of(), OptionalDouble.of(n), OptionalDouble.empty(),
                n + " " + what + "; they were left out");
    }

    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}

package org.m4sd.sdk.internal.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.m4sd.sdk.framework.Achievement;
import org.m4sd.sdk.framework.DisclosureControl;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.Sdg1071Result;
import org.m4sd.sdk.framework.Source;
import org.m4sd.sdk.framework.ValidationFinding;

/**
 * The publishable copy of a finished report: {@link CellSuppression} on each table of an indicator counting
 * people (its values of one period over countries and dimension values, with their {@code _T} margins), then
 * everything that would give a withheld count away.
 *
 * <ul>
 *   <li>A ratio whose numerator or denominator is withheld (same country, period and disaggregation) is withheld.</li>
 *   <li>SDG 10.7.1 over fewer workers than the threshold: its result is left out, and the values of the indicators
 *       computed from it are withheld; so is a breakdown's mean, median or quintile over fewer workers than the
 *       threshold ({@link org.m4sd.sdk.framework.IndicatorValue#basis()}), its country's total published.</li>
 *   <li>The achievement of a withheld total is left out (it carries the actual).</li>
 *   <li>A validation finding on a withheld cell keeps its rule and cell but loses its numbers and message.</li>
 * </ul>
 *
 * <p>Protecting a protected report with the same parameters changes nothing.
 */
public final class ReportProtection {
    /** The message of a finding whose cell is withheld. */
    public static final String WITHHELD_FINDING = "the cell's values are withheld by disclosure control";

    private ReportProtection() {
    }

    /** The report with its small counts withheld under {@code control}, which the returned report's framework carries. */
    public static ResultsReport protect(ResultsReport report, DisclosureControl control) {
        Framework framework = report.framework().disclosureControl().equals(control) ? report.framework()
                : report.framework().withDisclosureControl(control);
        Set<CellKey> withheld = new HashSet<>();
        Map<String, List<IndicatorValue>> byIndicator = new LinkedHashMap<>();
        for (IndicatorValue v : report.values()) {
            byIndicator.computeIfAbsent(v.indicator(), k -> new ArrayList<>()).add(v);
            if (v.suppressed()) {
                withheld.add(CellKey.of(v));
            }
        }
        for (Indicator ind : framework.indicators()) {
            if (control.protects(ind)) {
                suppressCounts(ind, byIndicator.getOrDefault(ind.id(), List.of()), control.threshold(), withheld);
            }
        }
        List<Sdg1071Result> sdg1071 = new ArrayList<>();
        Set<List<Object>> fewWorkers = new HashSet<>();
        for (Sdg1071Result r : report.sdg1071()) {
            if (r.workers() > 0 && r.workers() < control.threshold()) {
                fewWorkers.add(List.of(r.country(), r.period()));
            } else {
                sdg1071.add(r);
            }
        }
        for (IndicatorValue v : report.values()) {
            Indicator ind = framework.indicator(v.indicator()).orElse(null);
            boolean recruitmentCost = ind != null && (ind.source() == Source.SDG_10_7_1_MEAN
                    || ind.source() == Source.SDG_10_7_1_MEDIAN || ind.source() == Source.SDG_10_7_1_FOURTH_QUINTILE);
            // a breakdown's mean over fewer people than the threshold is as telling as their count
            if (recruitmentCost && (fewWorkers.contains(List.of(v.country(), v.period()))
                    || v.basis() > 0 && v.basis() < control.threshold())) {
                withheld.add(CellKey.of(v));
            }
        }
        withholdRatios(framework, report.values(), withheld);
        List<IndicatorValue> values = new ArrayList<>(report.values().size());
        for (IndicatorValue v : report.values()) {
            values.add(withheld.contains(CellKey.of(v)) && !v.suppressed() ? v.suppress() : v);
        }
        List<Achievement> achievements = new ArrayList<>();
        for (Achievement a : report.achievements()) {
            if (!withheld.contains(new CellKey(a.indicator(), a.country(), a.period(), totals(framework, a.indicator())))) {
                achievements.add(a);
            }
        }
        List<ValidationFinding> findings = new ArrayList<>();
        for (ValidationFinding f : report.findings()) {
            boolean onWithheldCell = withheld.contains(new CellKey(f.indicator(), f.country(), f.period(),
                    f.dimensions()));
            findings.add(onWithheldCell ? new ValidationFinding(f.rule(), f.importance(), f.operator(), f.indicator(),
                    f.country(), f.period(), f.dimensions(), OptionalDouble.empty(), OptionalDouble.empty(),
                    WITHHELD_FINDING) : f);
        }
        return new ResultsReport(framework, report.periods(), values, achievements, findings, sdg1071,
                report.sdg1072(), report.sdg10c1());
    }

    /** Suppression in each period's table of one indicator: countries and dimension values with their margins. */
    private static void suppressCounts(Indicator ind, List<IndicatorValue> values, int threshold,
            Set<CellKey> withheld) {
        Map<Period, Map<List<String>, IndicatorValue>> tables = new LinkedHashMap<>();
        for (IndicatorValue v : values) {
            tables.computeIfAbsent(v.period(), k -> new LinkedHashMap<>()).put(coordinates(ind, v), v);
        }
        for (Map<List<String>, IndicatorValue> table : tables.values()) {
            Map<List<String>, Double> counts = new LinkedHashMap<>();
            table.forEach((cell, v) -> counts.put(cell, v.suppressed() ? Double.NaN : v.value()));
            for (List<String> cell : CellSuppression.suppress(counts, threshold)) {
                withheld.add(CellKey.of(table.get(cell)));
            }
        }
    }

    /** Ratios (of ratios too) whose numerator or denominator is withheld, until nothing more is. */
    private static void withholdRatios(Framework framework, List<IndicatorValue> values, Set<CellKey> withheld) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (IndicatorValue v : values) {
                Indicator ind = framework.indicator(v.indicator()).orElse(null);
                if (ind == null || ind.ratio().isEmpty() || withheld.contains(CellKey.of(v))) {
                    continue;
                }
                CellKey key = CellKey.of(v);
                if (withheld.contains(key.sameCellOf(framework, ind.ratio().get().numerator()))
                        || withheld.contains(key.sameCellOf(framework, ind.ratio().get().denominator()))) {
                    withheld.add(key);
                    changed = true;
                }
            }
        }
    }

    /** The cell's country then its dimension values in the indicator's order. */
    private static List<String> coordinates(Indicator ind, IndicatorValue v) {
        List<String> out = new ArrayList<>(1 + ind.dimensions().size());
        out.add(v.country());
        for (String d : ind.dimensions()) {
            out.add(v.dimensions().getOrDefault(d, IndicatorValue.TOTAL));
        }
        return out;
    }

    /** The disaggregation of an indicator's total: every dimension {@code _T}. */
    private static Map<String, String> totals(Framework framework, String indicator) {
        Map<String, String> dims = new java.util.TreeMap<>();
        framework.indicator(indicator).ifPresent(i -> i.dimensions().forEach(d -> dims.put(d, IndicatorValue.TOTAL)));
        return dims;
    }

    /** A cell of the report: indicator, country, period and disaggregation. */
    private record CellKey(String indicator, String country, Period period, Map<String, String> dimensions) {
        static CellKey of(IndicatorValue v) {
            return new CellKey(v.indicator(), v.country(), v.period(), v.dimensions());
        }

        /** The same cell of another indicator: its dimensions this cell does not have are totals. */
        CellKey sameCellOf(Framework framework, String otherIndicator) {
            Map<String, String> dims = new java.util.TreeMap<>();
            framework.indicator(otherIndicator).ifPresent(
                    i -> i.dimensions().forEach(d -> dims.put(d, dimensions.getOrDefault(d, IndicatorValue.TOTAL))));
            return new CellKey(otherIndicator, country, period, dims);
        }
    }
}

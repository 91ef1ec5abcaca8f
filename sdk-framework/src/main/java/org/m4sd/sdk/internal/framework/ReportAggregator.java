package org.m4sd.sdk.internal.framework;

import static org.m4sd.sdk.framework.IndicatorValue.TOTAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.m4sd.sdk.framework.Achievement;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Formulas;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.Observation;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.Population;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ProgrammeEvent.DecisionMade;
import org.m4sd.sdk.framework.ProgrammeEvent.OfficialsTrained;
import org.m4sd.sdk.framework.ProgrammeEvent.PolicyAdopted;
import org.m4sd.sdk.framework.ProgrammeEvent.RecruitmentCost;
import org.m4sd.sdk.framework.ProgrammeEvent.RemittancePrice;
import org.m4sd.sdk.framework.ProgrammeEvent.Sdg1072Questionnaire;
import org.m4sd.sdk.framework.Ratio;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.Sdg1071Result;
import org.m4sd.sdk.framework.Sdg1072Result;
import org.m4sd.sdk.framework.Sdg10c1Result;
import org.m4sd.sdk.framework.Source;
import org.m4sd.sdk.framework.Target;
import org.m4sd.sdk.framework.ValidationFinding;

/**
 * Streaming aggregation of observations and events into a {@link ResultsReport}: routes each record to what it
 * counts in, then puts the report together. The work is done by one class per concern: {@link CellCounts} (cells,
 * persons counted once, totals and cumulation), {@link ValidationChecks} (records left out, misfits, parts above
 * totals), {@link SdgSurveys} (SDG 10.7.1, 10.7.2 and 10.c.1) and {@link ProgressAssessment} (achievement and
 * progress category).
 * Memory grows with the number of distinct indicator x country x period x disaggregation cells, with the distinct
 * persons of each country and period that person-counting indicators count (a person decided twice counts once),
 * and with the survey records of SDG 10.7.1 and 10.c.1 (which need every value for medians and rankings), never
 * with the number of decisions or observations.
 * Sums are exact ({@link BigDecimal}), so the report does not depend on input order.
 */
public final class ReportAggregator {
    private final Framework framework;
    private final List<Period> periods;
    private final Set<String> countries;
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<Source, List<Indicator>> bySource = new HashMap<>();
    private final CellCounts cells;
    private final ValidationChecks checks;
    private final SdgSurveys surveys;

    /** A new aggregation for this framework. */
    public ReportAggregator(Framework framework) {
        this.framework = framework;
        this.periods = reportingPeriods(framework.programme().period());
        this.countries = Set.copyOf(framework.programme().countries());
        for (Indicator i : framework.indicators()) {
            indicators.put(i.id(), i);
            bySource.computeIfAbsent(i.source(), s -> new ArrayList<>()).add(i);
        }
        this.cells = new CellCounts(framework, periods);
        this.checks = new ValidationChecks(framework);
        this.surveys = new SdgSurveys(periods);
    }

    /** The calendar years of a programme, cut to its duration. */
    public static List<Period> reportingPeriods(Period programme) {
        List<Period> out = new ArrayList<>();
        for (int y = programme.start().getYear(); y <= programme.end().getYear(); y++) {
            LocalDate s = LocalDate.of(y, 1, 1);
            LocalDate e = LocalDate.of(y, 12, 31);
            out.add(Period.of(s.isBefore(programme.start()) ? programme.start() : s,
                    e.isAfter(programme.end()) ? programme.end() : e));
        }
        return List.copyOf(out);
    }

    /** The target of the period (containing its end), else the next one after it. */
    public static Optional<Target> target(Indicator ind, String country, Period period) {
        return ProgressAssessment.target(ind, country, period);
    }

    /** The reporting periods. */
    public List<Period> periods() {
        return periods;
    }

    /** The index of the reporting period holding this date, or -1 outside the programme. */
    public int periodOf(LocalDate date) {
        if (date.isBefore(periods.get(0).start()) || date.isAfter(periods.get(periods.size() - 1).end())) {
            return -1;
        }
        return date.getYear() - periods.get(0).start().getYear();
    }

    /** Adds an amount to one cell of an indicator (dimension values in the indicator's order). */
    public void addCell(Indicator ind, String country, int period, List<String> dims, BigDecimal amount) {
        cells.add(ind, country, period, dims, amount);
    }

    /** Marks a value added to a cell as not fitting the indicator's measure. */
    public void flagMisfit(Indicator ind, String country, int period, List<String> dims, String message) {
        cells.flagMisfit(ind, country, period, dims, message);
    }

    /** Marks the indicator's population as decided in this country and period (its count 0 if nobody qualified). */
    public void markDecided(Indicator ind, String country, int period) {
        cells.decided(ind, country, period);
    }

    /** Counts a record left out by a rule ({@code known-country}, {@code known-indicator} ...). */
    public void count(String rule, String indicator, String country) {
        checks.leftOut(rule, indicator, country);
    }

    // ---- input ----------------------------------------------------------------------------------------------

    /** Adds one observation. */
    public void add(Observation o) {
        Indicator ind = indicators.get(o.indicator());
        if (ind == null || ind.source() != Source.OBSERVATIONS) {
            count("known-indicator", o.indicator(), o.country());
            return;
        }
        if (!countries.contains(o.country())) {
            count("known-country", o.indicator(), o.country());
            return;
        }
        int p = periodOf(o.period().end());
        if (p < 0) {
            count("period-in-programme", o.indicator(), o.country());
            return;
        }
        List<String> dims = new ArrayList<>(ind.dimensions().size());
        for (String d : ind.dimensions()) {
            dims.add(o.dimensions().getOrDefault(d, TOTAL));
        }
        for (String d : o.dimensions().keySet()) {
            if (!ind.dimensions().contains(d)) {
                count("known-dimension", o.indicator(), o.country());
                return;
            }
        }
        cells.add(ind, o.country(), p, dims, new BigDecimal(o.value()));
        ind.measure().misfit(o.value()).ifPresent(m -> cells.flagMisfit(ind, o.country(), p, dims, m));
    }

    /** Adds one event. */
    public void add(ProgrammeEvent e) {
        String kind = "event:" + e.getClass().getSimpleName();
        if (!countries.contains(e.country())) {
            count("known-country", kind, e.country());
            return;
        }
        int p = periodOf(e.date());
        if (p < 0) {
            count("period-in-programme", kind, e.country());
            return;
        }
        if (e instanceof DecisionMade d) {
            for (Source s : List.of(Source.ACCESS_DECISIONS, Source.DECISIONS_MADE)) {
                for (Indicator ind : bySource.getOrDefault(s, List.of())) {
                    Population population = ind.population().orElseThrow();
                    if (population.decides(d.determination(), d.outcome(), d.migratoryStatus())) {
                        cells.decided(ind, d.country(), p);
                    }
                    if (!population.includes(d.determination(), d.outcome(), d.migratoryStatus())) {
                        continue;
                    }
                    if (population.counts() == Population.Counting.DECISIONS) {
                        cells.add(ind, d.country(), p, dim -> dim.equals("sex") ? d.sex().name()
                                : d.migratoryStatus().name(), BigDecimal.ONE);
                    } else {
                        cells.attribute(ind, d, p);
                    }
                }
            }
        } else if (e instanceof PolicyAdopted a) {
            for (Indicator ind : bySource.getOrDefault(Source.POLICIES_ADOPTED, List.of())) {
                if (ind.sector().isEmpty() || ind.sector().equals(a.sector())) {
                    cells.add(ind, a.country(), p, dim -> dim.equals("type") ? a.type().name() : a.level().name(),
                            BigDecimal.ONE);
                }
            }
        } else if (e instanceof OfficialsTrained t) {
            for (Indicator ind : bySource.getOrDefault(Source.OFFICIALS_TRAINED, List.of())) {
                cells.add(ind, t.country(), p, dim -> dim.equals("sex") ? t.sex().name() : t.level().name(),
                        BigDecimal.valueOf(t.count()));
            }
        } else if (e instanceof RecruitmentCost r) {
            surveys.add(r, p);
        } else if (e instanceof Sdg1072Questionnaire q) {
            surveys.add(q, p);
        } else if (e instanceof RemittancePrice r) {
            surveys.add(r, p);
        }
    }

    // ---- output ---------------------------------------------------------------------------------------------

    /** Computes the report from everything added. */
    public ResultsReport finish() {
        cells.countPersons();
        List<IndicatorValue> values = new ArrayList<>();
        List<ValidationFinding> findings = new ArrayList<>();
        Map<String, Map<List<Object>, Double>> computed = new HashMap<>();
        Map<String, Map<String, Map<Integer, Map<List<String>, CellCounts.Sum>>>> grouped = cells.byIndicator();

        List<Sdg1071Result> sdg1071 = surveys.sdg1071();
        List<Sdg1072Result> sdg1072 = surveys.sdg1072();
        List<Sdg10c1Result> sdg10c1 = surveys.sdg10c1();

        for (Indicator ind : framework.indicators()) {
            Map<List<Object>, Double> out = new LinkedHashMap<>();
            switch (ind.source()) {
                case OBSERVATIONS, ACCESS_DECISIONS, DECISIONS_MADE, POLICIES_ADOPTED, OFFICIALS_TRAINED ->
                        cells.values(ind, grouped.getOrDefault(ind.id(), Map.of()), out, findings);
                case SDG_10_7_1_MEAN, SDG_10_7_1_MEDIAN, SDG_10_7_1_FOURTH_QUINTILE -> surveys.sdg1071Values(ind, out);
                case SDG_10_7_2_OVERALL -> surveys.sdg1072Scores(ind, sdg1072, out);
                case SDG_10_7_2_BAND_SHARE -> surveys.sdg1072BandShares(ind, sdg1072, out);
                case SDG_10_C_1 -> surveys.sdg10c1Values(sdg10c1, out);
                case RATIO -> ratioValues(ind, computed, out);
            }
            computed.put(ind.id(), out);
            out.forEach((k, v) -> values.add(value(ind, k, v)));
        }
        values.sort(valueOrder());
        List<Achievement> achievements = new ProgressAssessment(framework, periods).achievements(values, findings);
        checks.leftOutFindings(findings);
        surveys.unconvertibleFindings(findings);
        findings.sort(Comparator.comparing(ValidationFinding::rule).thenComparing(ValidationFinding::indicator)
                .thenComparing(ValidationFinding::country).thenComparing(ValidationFinding::period)
                .thenComparing(f -> f.dimensions().toString()));
        return new ResultsReport(framework, periods, values, achievements, findings, sdg1071, sdg1072, sdg10c1);
    }

    /** Numerator / denominator x factor for each cell both have (DHIS2). */
    private void ratioValues(Indicator ind, Map<String, Map<List<Object>, Double>> computed,
            Map<List<Object>, Double> out) {
        Ratio ratio = ind.ratio().orElseThrow();
        Map<List<Object>, Double> num = computed.get(ratio.numerator());
        Map<List<Object>, Double> den = computed.get(ratio.denominator());
        num.forEach((k, n) -> {
            List<Object> dk = List.of(k.get(0), k.get(1), reorder(ratio.numerator(), ratio.denominator(), k.get(2)));
            Double d = den.get(dk);
            if (d != null) {
                Formulas.indicatorValue(n, d, ratio.factor()).ifPresent(v -> out.put(List.of(k.get(0), k.get(1),
                        reorder(ratio.numerator(), ind.id(), k.get(2))), v));
            }
        });
    }

    /** Dimension values of indicator {@code from} put in the dimension order of indicator {@code to}. */
    @SuppressWarnings("unchecked")
    private List<String> reorder(String from, String to, Object dims) {
        List<String> fromDims = indicators.get(from).dimensions();
        List<String> toDims = indicators.get(to).dimensions();
        List<String> values = (List<String>) dims;
        if (fromDims.equals(toDims)) {
            return values;
        }
        List<String> out = new ArrayList<>();
        for (String d : toDims) {
            out.add(values.get(fromDims.indexOf(d)));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private IndicatorValue value(Indicator ind, List<Object> key, double v) {
        List<String> dims = (List<String>) key.get(2);
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < ind.dimensions().size(); i++) {
            map.put(ind.dimensions().get(i), dims.get(i));
        }
        return new IndicatorValue(ind.id(), (String) key.get(0), periods.get((Integer) key.get(1)), map, v, false,
                surveys.basis(ind.id(), key));
    }

    private Comparator<IndicatorValue> valueOrder() {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < framework.indicators().size(); i++) {
            order.put(framework.indicators().get(i).id(), i);
        }
        return Comparator.<IndicatorValue, Integer>comparing(v -> order.get(v.indicator()))
                .thenComparing(IndicatorValue::country).thenComparing(IndicatorValue::period)
                .thenComparing(v -> v.dimensions().toString());
    }
}

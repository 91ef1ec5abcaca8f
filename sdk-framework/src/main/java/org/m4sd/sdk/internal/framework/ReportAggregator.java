package org.m4sd.sdk.internal.framework;

import static org.m4sd.sdk.framework.IndicatorValue.TOTAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.m4sd.sdk.framework.Achievement;
import org.m4sd.sdk.framework.Aggregation;
import org.m4sd.sdk.framework.Baseline;
import org.m4sd.sdk.framework.CorridorCost;
import org.m4sd.sdk.framework.Formulas;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Importance;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.Observation;
import org.m4sd.sdk.framework.Operator;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.Population;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ProgrammeEvent.DecisionMade;
import org.m4sd.sdk.framework.ProgrammeEvent.OfficialsTrained;
import org.m4sd.sdk.framework.ProgrammeEvent.PolicyAdopted;
import org.m4sd.sdk.framework.ProgrammeEvent.RecruitmentCost;
import org.m4sd.sdk.framework.ProgrammeEvent.RemittancePrice;
import org.m4sd.sdk.framework.ProgrammeEvent.Sdg1072Questionnaire;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.Sdg1071Result;
import org.m4sd.sdk.framework.Sdg1072Result;
import org.m4sd.sdk.framework.Sdg10c1Result;
import org.m4sd.sdk.framework.Source;
import org.m4sd.sdk.framework.Target;
import org.m4sd.sdk.framework.ValidationFinding;
import org.m4sd.sdk.framework.ValidationRule;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;

/**
 * Streaming aggregation of observations and events into a {@link ResultsReport}. Memory grows with the number of
 * distinct indicator x country x period x disaggregation cells, with the distinct persons of each country and
 * period that person-counting indicators count (a person decided twice counts once), and with the survey records
 * of SDG 10.7.1 and 10.c.1 (which need every value for medians and rankings), never with the number of decisions
 * or observations.
 * Sums are exact ({@link BigDecimal}), so the report does not depend on input order.
 */
public final class ReportAggregator {
    private final Framework framework;
    private final List<Period> periods;
    private final Set<String> countries;
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<Source, List<Indicator>> bySource = new HashMap<>();

    /** Reported increments by indicator, country, period index and dimension vector. */
    private final Map<Cell, Acc> cells = new HashMap<>();
    /** Findings not tied to a cell, counted: rule, indicator, country. */
    private final Map<List<String>, int[]> counted = new TreeMap<>(ReportAggregator::compareLists);
    /** SDG 10.7.1 workers counted, by origin country and period. */
    private final Map<List<Object>, List<Worker>> workers1071 = new HashMap<>();
    /** Indicator, country, period and breakdown cell of an SDG 10.7.1 value: how many workers it is over. */
    private final Map<List<Object>, Integer> basis1071 = new HashMap<>();
    /** SDG 10.7.1 survey records outside the 3 years, by origin country and period. */
    private final Map<List<Object>, int[]> excluded1071 = new HashMap<>();
    /** SDG 10.7.1 workers whose costs cannot be converted, by origin country and period (the finding names them). */
    private final Map<List<Object>, List<RecruitmentCost>> unconvertible1071 = new HashMap<>();
    private final Map<List<Object>, Sdg1072Questionnaire> questionnaires = new HashMap<>();
    private final Map<Integer, List<RemittancePrice>> remittances = new HashMap<>();

    private record Cell(String indicator, String country, int period, List<String> dims) {
    }

    /** An SDG 10.7.1 worker: the ratio C / E and the breakdowns the metadata asks for. */
    private record Worker(double ratio, Map<String, String> breakdowns) {
        static Worker of(RecruitmentCost r) {
            return new Worker(r.ratio(), Map.of("sex", r.sex().name(), "ageGroup", r.ageGroup().orElse(UNKNOWN),
                    "education", r.education().orElse(UNKNOWN), "destination", r.destination()));
        }
    }

    /** The SDMX code of a breakdown value not recorded. */
    private static final String UNKNOWN = "_U";

    /**
     * Indicators whose population counts persons; a person's {@link Attribution} array has one slot for each, in
     * this order.
     */
    private final List<Indicator> personCounted = new ArrayList<>();
    private final Map<String, Integer> personSlots = new HashMap<>();
    /**
     * Per country and period, each person counted (by person key) with the decision that places the person in a
     * cell of each person-counting indicator. This is the one structure that grows with the number of distinct
     * persons: about 130 bytes per person, country and period (key, map entry, slot array), plus about 50 for each
     * person-counting indicator that counts the person (its placing date, status and sex).
     */
    private final Map<CountryPeriod, Map<String, Attribution[]>> persons = new HashMap<>();

    private record CountryPeriod(String country, int period) {
    }

    /** The date, status and sex of the decision a person is counted by. */
    private record Attribution(LocalDate date, MigratoryStatus status, Sex sex) {
        static final Comparator<Attribution> ORDER = Comparator.comparing(Attribution::date)
                .thenComparing(a -> a.status().name()).thenComparing(a -> a.sex().name());
    }

    private static final class Acc {
        BigDecimal sum = BigDecimal.ZERO;
        int misfits;
        String misfit;
    }

    /** A new aggregation for this framework. */
    public ReportAggregator(Framework framework) {
        this.framework = framework;
        this.periods = reportingPeriods(framework.programme().period());
        this.countries = Set.copyOf(framework.programme().countries());
        for (Indicator i : framework.indicators()) {
            indicators.put(i.id(), i);
            bySource.computeIfAbsent(i.source(), s -> new ArrayList<>()).add(i);
            if (i.population().filter(pop -> pop.counts() == Population.Counting.PERSONS).isPresent()) {
                personSlots.put(i.id(), personCounted.size());
                personCounted.add(i);
            }
        }
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

    private int periodIndex(LocalDate date) {
        if (date.isBefore(periods.get(0).start()) || date.isAfter(periods.get(periods.size() - 1).end())) {
            return -1;
        }
        return date.getYear() - periods.get(0).start().getYear();
    }

    /** The reporting periods. */
    public List<Period> periods() {
        return periods;
    }

    /** The index of the reporting period holding this date, or -1 outside the programme. */
    public int periodOf(LocalDate date) {
        return periodIndex(date);
    }

    /** Adds an amount to one cell of an indicator (dimension values in the indicator's order). */
    public void addCell(Indicator ind, String country, int period, List<String> dims, BigDecimal amount) {
        Acc acc = cells.computeIfAbsent(new Cell(ind.id(), country, period, List.copyOf(dims)), c -> new Acc());
        acc.sum = acc.sum.add(amount);
    }

    /** Marks a value added to a cell as not fitting the indicator's measure. */
    public void flagMisfit(Indicator ind, String country, int period, List<String> dims, String message) {
        Acc acc = cells.computeIfAbsent(new Cell(ind.id(), country, period, List.copyOf(dims)), c -> new Acc());
        acc.misfits++;
        if (acc.misfit == null || acc.misfit.compareTo(message) > 0) {
            acc.misfit = message;
        }
    }

    /** Counts a record left out by a rule ({@code known-country}, {@code known-indicator} ...). */
    public void count(String rule, String indicator, String country) {
        counted.computeIfAbsent(List.of(rule, indicator, country), k -> new int[1])[0]++;
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
        int p = periodIndex(o.period().end());
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
        Acc acc = cells.computeIfAbsent(new Cell(ind.id(), o.country(), p, List.copyOf(dims)), c -> new Acc());
        acc.sum = acc.sum.add(new BigDecimal(o.value()));
        Optional<String> misfit = ind.measure().misfit(o.value());
        if (misfit.isPresent()) {
            acc.misfits++;
            if (acc.misfit == null || acc.misfit.compareTo(misfit.get()) > 0) {
                acc.misfit = misfit.get();
            }
        }
    }

    /** Adds one event. */
    public void add(ProgrammeEvent e) {
        String kind = "event:" + e.getClass().getSimpleName();
        if (!countries.contains(e.country())) {
            count("known-country", kind, e.country());
            return;
        }
        int p = periodIndex(e.date());
        if (p < 0) {
            count("period-in-programme", kind, e.country());
            return;
        }
        if (e instanceof DecisionMade d) {
            for (Source s : List.of(Source.ACCESS_DECISIONS, Source.DECISIONS_MADE)) {
                for (Indicator ind : bySource.getOrDefault(s, List.of())) {
                    Population population = ind.population().orElseThrow();
                    if (!population.includes(d.determination(), d.outcome(), d.migratoryStatus())) {
                        continue;
                    }
                    if (population.counts() == Population.Counting.DECISIONS) {
                        increment(ind, d.country(), p, dim -> dim.equals("sex") ? d.sex().name()
                                : d.migratoryStatus().name(), BigDecimal.ONE);
                    } else {
                        attribute(ind, d, p);
                    }
                }
            }
        } else if (e instanceof PolicyAdopted a) {
            for (Indicator ind : bySource.getOrDefault(Source.POLICIES_ADOPTED, List.of())) {
                if (ind.sector().isEmpty() || ind.sector().equals(a.sector())) {
                    increment(ind, a.country(), p, dim -> dim.equals("type") ? a.type().name() : a.level().name(),
                            BigDecimal.ONE);
                }
            }
        } else if (e instanceof OfficialsTrained t) {
            for (Indicator ind : bySource.getOrDefault(Source.OFFICIALS_TRAINED, List.of())) {
                increment(ind, t.country(), p, dim -> dim.equals("sex") ? t.sex().name() : t.level().name(),
                        BigDecimal.valueOf(t.count()));
            }
        } else if (e instanceof RecruitmentCost r) {
            List<Object> key = List.of(r.country(), p);
            if (!Formulas.sdg1071Counts(r.firstJobStart(), r.date())) {
                excluded1071.computeIfAbsent(key, k -> new int[1])[0]++;
            } else if (!r.convertible()) {
                unconvertible1071.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            } else {
                workers1071.computeIfAbsent(key, k -> new ArrayList<>()).add(Worker.of(r));
            }
        } else if (e instanceof Sdg1072Questionnaire q) {
            questionnaires.merge(List.of(q.country(), p), q, ReportAggregator::later);
        } else if (e instanceof RemittancePrice r) {
            remittances.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
        }
    }

    /**
     * Keeps, for a person counted by a person-counting indicator, the decision that places the person in a cell:
     * the latest in the period (on the same day, the greater migratory status name, then sex name), whatever the
     * order the decisions come in.
     */
    private void attribute(Indicator ind, DecisionMade d, int p) {
        Attribution[] byIndicator = persons.computeIfAbsent(new CountryPeriod(d.country(), p), k -> new HashMap<>())
                .computeIfAbsent(d.personKey(), k -> new Attribution[personCounted.size()]);
        int slot = personSlots.get(ind.id());
        Attribution candidate = new Attribution(d.date(), d.migratoryStatus(), d.sex());
        if (byIndicator[slot] == null || Attribution.ORDER.compare(candidate, byIndicator[slot]) > 0) {
            byIndicator[slot] = candidate;
        }
    }

    /** Adds every person kept by {@link #attribute} to the cell of its attribution, once; then forgets them. */
    private void countPersons() {
        persons.forEach((cp, people) -> people.values().forEach(byIndicator -> {
            for (int slot = 0; slot < byIndicator.length; slot++) {
                Attribution a = byIndicator[slot];
                if (a != null) {
                    increment(personCounted.get(slot), cp.country(), cp.period(),
                            dim -> dim.equals("sex") ? a.sex().name() : a.status().name(), BigDecimal.ONE);
                }
            }
        }));
        persons.clear();
    }

    private static Sdg1072Questionnaire later(Sdg1072Questionnaire a, Sdg1072Questionnaire b) {
        int c = a.date().compareTo(b.date());
        if (c == 0) {
            c = new TreeMap<>(a.answers()).toString().compareTo(new TreeMap<>(b.answers()).toString());
        }
        return c >= 0 ? a : b;
    }

    private void increment(Indicator ind, String country, int p, java.util.function.Function<String, String> dim,
            BigDecimal amount) {
        List<String> dims = new ArrayList<>(ind.dimensions().size());
        for (String d : ind.dimensions()) {
            dims.add(dim.apply(d));
        }
        Acc acc = cells.computeIfAbsent(new Cell(ind.id(), country, p, List.copyOf(dims)), c -> new Acc());
        acc.sum = acc.sum.add(amount);
    }

    // ---- output ---------------------------------------------------------------------------------------------

    /** Computes the report from everything added. */
    public ResultsReport finish() {
        countPersons();
        List<IndicatorValue> values = new ArrayList<>();
        List<ValidationFinding> findings = new ArrayList<>();
        Map<String, Map<List<Object>, Double>> computed = new HashMap<>();

        Map<String, Map<String, Map<Integer, Map<List<String>, Acc>>>> grouped = new HashMap<>();
        cells.forEach((c, acc) -> grouped.computeIfAbsent(c.indicator(), k -> new TreeMap<>())
                .computeIfAbsent(c.country(), k -> new TreeMap<>())
                .computeIfAbsent(c.period(), k -> new HashMap<>()).put(c.dims(), acc));

        List<Sdg1071Result> sdg1071 = sdg1071();
        List<Sdg1072Result> sdg1072 = new ArrayList<>();
        questionnaires.forEach((k, q) -> sdg1072.add(Formulas.sdg1072(q.country(), periods.get((Integer) k.get(1)),
                q.answers())));
        sdg1072.sort(Comparator.comparing(Sdg1072Result::country).thenComparing(Sdg1072Result::period));
        List<Sdg10c1Result> sdg10c1 = new ArrayList<>();
        new TreeMap<>(remittances).forEach((p, prices) -> sdg10c1.add(Formulas.sdg10c1(periods.get(p), prices)));

        for (Indicator ind : framework.indicators()) {
            Map<List<Object>, Double> out = new LinkedHashMap<>();
            switch (ind.source()) {
                case OBSERVATIONS, ACCESS_DECISIONS, DECISIONS_MADE, POLICIES_ADOPTED, OFFICIALS_TRAINED ->
                        counts(ind, grouped.getOrDefault(ind.id(), Map.of()), out, findings);
                case SDG_10_7_1_MEAN, SDG_10_7_1_MEDIAN, SDG_10_7_1_FOURTH_QUINTILE -> sdg1071Values(ind, out);
                case SDG_10_7_2_OVERALL -> sdg1072Scores(ind, sdg1072, out);
                case SDG_10_7_2_BAND_SHARE -> sdg1072BandShares(ind, sdg1072, out);
                case SDG_10_C_1 -> sdg10c1Values(sdg10c1, out);
                case RATIO -> {
                    Map<List<Object>, Double> num = computed.get(ind.ratio().orElseThrow().numerator());
                    Map<List<Object>, Double> den = computed.get(ind.ratio().orElseThrow().denominator());
                    num.forEach((k, n) -> {
                        List<Object> dk = List.of(k.get(0), k.get(1), reorder(ind, ind.ratio().orElseThrow()
                                .numerator(), ind.ratio().orElseThrow().denominator(), k.get(2)));
                        Double d = den.get(dk);
                        if (d != null) {
                            Formulas.indicatorValue(n, d, ind.ratio().orElseThrow().factor())
                                    .ifPresent(v -> out.put(List.of(k.get(0), k.get(1),
                                            reorder(ind, ind.ratio().orElseThrow().numerator(), ind.id(), k.get(2))),
                                            v));
                        }
                    });
                }
            }
            computed.put(ind.id(), out);
            out.forEach((k, v) -> values.add(value(ind, k, v)));
        }
        values.sort(valueOrder());
        List<Achievement> achievements = achievements(values, findings);
        counted.forEach((k, n) -> findings.add(countedFinding(k, n[0])));
        unconvertible1071.forEach((k, workers) -> findings.add(unconvertibleFinding(k, workers)));
        findings.sort(Comparator.comparing(ValidationFinding::rule).thenComparing(ValidationFinding::indicator)
                .thenComparing(ValidationFinding::country).thenComparing(ValidationFinding::period)
                .thenComparing(f -> f.dimensions().toString()));
        return new ResultsReport(framework, periods, values, achievements, findings, sdg1071, sdg1072, sdg10c1);
    }

    /** Dimension values of indicator {@code from} put in the dimension order of indicator {@code to}. */
    @SuppressWarnings("unchecked")
    private List<String> reorder(Indicator ratio, String from, String to, Object dims) {
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
        Integer basis = basis1071.get(List.of(ind.id(), key.get(0), key.get(1), key.get(2)));
        return new IndicatorValue(ind.id(), (String) key.get(0), periods.get((Integer) key.get(1)), map, v, false,
                basis == null ? 0 : basis);
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

    /** Counts and sums: disaggregation lattice, totals, cumulation, the country total, part checks. */
    private void counts(Indicator ind, Map<String, Map<Integer, Map<List<String>, Acc>>> byCountry,
            Map<List<Object>, Double> out, List<ValidationFinding> findings) {
        int k = ind.dimensions().size();
        boolean cumulative = ind.aggregation() == Aggregation.CUMULATIVE;
        Map<Integer, Map<List<String>, BigDecimal>> countryTotal = new TreeMap<>();
        Set<String> countriesSeen = new TreeSet<>(byCountry.keySet());
        if (cumulative) {
            for (Baseline b : ind.baselines()) {
                if (!b.country().equals(TOTAL) && b.value().isPresent()) {
                    countriesSeen.add(b.country());
                }
            }
        }
        Map<List<String>, BigDecimal> totalBaselines = new HashMap<>();
        for (String country : countriesSeen) {
            Map<Integer, Map<List<String>, Acc>> byPeriod = byCountry.getOrDefault(country, Map.of());
            Map<Integer, Map<List<String>, BigDecimal>> lattices = new TreeMap<>();
            byPeriod.forEach((p, reported) -> {
                Map<List<String>, BigDecimal> sums = new HashMap<>();
                reported.forEach((dims, acc) -> sums.put(dims, acc.sum));
                lattices.put(p, ind.additive() ? lattice(sums, k) : sums);
                checks(ind, country, periods.get(p), reported, sums, k, findings);
            });
            Map<Integer, Map<List<String>, BigDecimal>> values = lattices;
            if (cumulative) {
                Map<List<String>, BigDecimal> base = baselines(ind, country, k);
                base.forEach((dims, v) -> totalBaselines.merge(dims, v, BigDecimal::add));
                values = cumulate(lattices, base);
            }
            values.forEach((p, lattice) -> lattice.forEach((dims, v) -> {
                out.put(List.of(country, p, dims), v.doubleValue());
                countryTotal.computeIfAbsent(p, x -> new HashMap<>()).merge(dims, v, BigDecimal::add);
            }));
        }
        if (!ind.additive() || countryTotal.isEmpty()) {
            return;
        }
        if (cumulative) {
            Map<List<String>, BigDecimal> explicit = baselines(ind, TOTAL, k);
            if (!explicit.isEmpty()) {
                // the programme-wide baseline replaces the sum of the country baselines
                countryTotal.forEach((p, lattice) -> {
                    totalBaselines.forEach((dims, v) -> lattice.merge(dims, v.negate(), BigDecimal::add));
                    explicit.forEach((dims, v) -> lattice.merge(dims, v, BigDecimal::add));
                });
            }
        }
        countryTotal.forEach((p, lattice) -> lattice.forEach(
                (dims, v) -> out.put(List.of(TOTAL, p, dims), v.doubleValue())));
    }

    private static Map<List<String>, BigDecimal> baselines(Indicator ind, String country, int k) {
        Map<List<String>, BigDecimal> out = new HashMap<>();
        Map<List<String>, Integer> years = new HashMap<>();
        for (Baseline b : ind.baselines()) {
            if (b.country().equals(country) && b.value().isPresent()) {
                List<String> dims = new ArrayList<>(k);
                for (String d : ind.dimensions()) {
                    dims.add(b.dimensions().getOrDefault(d, TOTAL));
                }
                Integer year = years.get(dims);
                if (year == null || b.year() > year) {
                    years.put(dims, b.year());
                    out.put(List.copyOf(dims), new BigDecimal(b.value().getAsDouble()));
                }
            }
        }
        return out;
    }

    /** Running sums over the reporting periods, from the first period with data, plus the baselines. */
    private Map<Integer, Map<List<String>, BigDecimal>> cumulate(Map<Integer, Map<List<String>, BigDecimal>> lattices,
            Map<List<String>, BigDecimal> baselines) {
        Map<Integer, Map<List<String>, BigDecimal>> out = new TreeMap<>();
        Map<List<String>, BigDecimal> running = new HashMap<>(baselines);
        int first = baselines.isEmpty() && !lattices.isEmpty() ? ((TreeMap<Integer, ?>) lattices).firstKey() : 0;
        for (int p = first; p < periods.size(); p++) {
            Map<List<String>, BigDecimal> inc = lattices.get(p);
            if (inc != null) {
                inc.forEach((dims, v) -> running.merge(dims, v, BigDecimal::add));
            }
            out.put(p, new HashMap<>(running));
        }
        return out;
    }

    /** Every generalisation of every reported cell, with its value: reported, else the sum of its parts. */
    static Map<List<String>, BigDecimal> lattice(Map<List<String>, BigDecimal> reported, int k) {
        Set<List<String>> wanted = new HashSet<>();
        for (List<String> key : reported.keySet()) {
            for (int mask = 0; mask < (1 << k); mask++) {
                List<String> g = new ArrayList<>(key);
                for (int d = 0; d < k; d++) {
                    if ((mask & (1 << d)) != 0) {
                        g.set(d, TOTAL);
                    }
                }
                wanted.add(List.copyOf(g));
            }
        }
        Map<List<String>, BigDecimal> memo = new HashMap<>();
        Map<List<String>, BigDecimal> out = new HashMap<>();
        for (List<String> cell : wanted) {
            out.put(cell, compute(cell, reported, k, memo));
        }
        return out;
    }

    private static BigDecimal compute(List<String> cell, Map<List<String>, BigDecimal> reported, int k,
            Map<List<String>, BigDecimal> memo) {
        BigDecimal r = reported.get(cell);
        if (r != null) {
            return r;
        }
        BigDecimal m = memo.get(cell);
        if (m != null) {
            return m;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int d = 0; d < k; d++) {
            if (!cell.get(d).equals(TOTAL)) {
                continue;
            }
            Set<String> seen = partsAlong(cell, d, reported.keySet());
            if (!seen.isEmpty()) {
                for (String v : seen) {
                    List<String> part = new ArrayList<>(cell);
                    part.set(d, v);
                    sum = sum.add(compute(List.copyOf(part), reported, k, memo));
                }
                break;
            }
        }
        memo.put(cell, sum);
        return sum;
    }

    private static Set<String> partsAlong(List<String> cell, int d, Set<List<String>> keys) {
        Set<String> seen = new TreeSet<>();
        for (List<String> key : keys) {
            if (!key.get(d).equals(TOTAL) && refines(key, cell)) {
                seen.add(key.get(d));
            }
        }
        return seen;
    }

    private static boolean refines(List<String> key, List<String> cell) {
        for (int i = 0; i < cell.size(); i++) {
            if (!cell.get(i).equals(TOTAL) && !cell.get(i).equals(key.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Parts not above a reported total; values that do not fit the measure (negative counts). */
    private void checks(Indicator ind, String country, Period period, Map<List<String>, Acc> reported,
            Map<List<String>, BigDecimal> sums, int k, List<ValidationFinding> findings) {
        Map<List<String>, BigDecimal> memo = new HashMap<>();
        boolean additive = ind.additive();
        reported.forEach((cell, acc) -> {
            Map<String, String> dims = dimsMap(ind, cell);
            if (acc.misfits > 0) {
                boolean negative = ind.measure() == org.m4sd.sdk.framework.Measure.UNIT;
                findings.add(new ValidationFinding(negative ? "no-negative-count" : "value-fits-measure",
                        Importance.HIGH, Operator.GREATER_THAN_OR_EQUAL_TO, ind.id(), country, period, dims,
                        OptionalDouble.of(acc.sum.doubleValue()), OptionalDouble.of(0),
                        acc.misfits + " value(s) do not fit the measure " + ind.measure() + ": " + acc.misfit));
            }
            for (int d = 0; d < k && additive; d++) {
                if (!cell.get(d).equals(TOTAL)) {
                    continue;
                }
                Set<String> seen = partsAlong(cell, d, sums.keySet());
                if (seen.isEmpty()) {
                    continue;
                }
                BigDecimal parts = BigDecimal.ZERO;
                for (String v : seen) {
                    List<String> part = new ArrayList<>(cell);
                    part.set(d, v);
                    parts = parts.add(compute(List.copyOf(part), sums, k, memo));
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

    private static Map<String, String> dimsMap(Indicator ind, List<String> cell) {
        Map<String, String> map = new TreeMap<>();
        for (int i = 0; i < cell.size(); i++) {
            map.put(ind.dimensions().get(i), cell.get(i));
        }
        return map;
    }

    private List<Sdg1071Result> sdg1071() {
        Set<List<Object>> keys = new HashSet<>(workers1071.keySet());
        keys.addAll(excluded1071.keySet());
        keys.addAll(unconvertible1071.keySet());
        List<Sdg1071Result> out = new ArrayList<>();
        for (List<Object> k : keys) {
            double[] r = ratios(workers1071.getOrDefault(k, List.of()));
            int excluded = excluded1071.containsKey(k) ? excluded1071.get(k)[0] : 0;
            out.add(new Sdg1071Result((String) k.get(0), periods.get((Integer) k.get(1)), r.length, excluded,
                    unconvertible1071.getOrDefault(k, List.of()).size(), Formulas.mean(r), Formulas.median(r),
                    Formulas.fourthQuintile(r)));
        }
        out.sort(Comparator.comparing(Sdg1071Result::country).thenComparing(Sdg1071Result::period));
        return out;
    }

    private static double[] ratios(List<Worker> workers) {
        double[] r = workers.stream().mapToDouble(Worker::ratio).toArray();
        Arrays.sort(r);
        return r;
    }

    /**
     * Mean, median or 4th quintile of the workers of every cell of the indicator's breakdowns: each worker counts
     * in every generalisation of its own cell (a dimension at {@code _T} or at the worker's value), so that each
     * breakdown alone, their crossings and the total are all there.
     */
    private void sdg1071Values(Indicator ind, Map<List<Object>, Double> out) {
        int k = ind.dimensions().size();
        workers1071.forEach((key, workers) -> {
            Map<List<String>, List<Worker>> groups = new HashMap<>();
            for (Worker w : workers) {
                for (int mask = 0; mask < (1 << k); mask++) {
                    List<String> dims = new ArrayList<>(k);
                    for (int d = 0; d < k; d++) {
                        dims.add((mask & (1 << d)) != 0 ? TOTAL : w.breakdowns().get(ind.dimensions().get(d)));
                    }
                    groups.computeIfAbsent(List.copyOf(dims), x -> new ArrayList<>()).add(w);
                }
            }
            groups.forEach((dims, group) -> {
                double[] r = ratios(group);
                basis1071.put(List.of(ind.id(), key.get(0), key.get(1), dims), r.length);
                out.put(List.of(key.get(0), key.get(1), dims), switch (ind.source()) {
                    case SDG_10_7_1_MEAN -> Formulas.mean(r);
                    case SDG_10_7_1_MEDIAN -> Formulas.median(r);
                    default -> Formulas.fourthQuintile(r);
                });
            });
        });
    }

    private ValidationFinding unconvertibleFinding(List<Object> key, List<RecruitmentCost> workers) {
        Set<String> currencies = new TreeSet<>();
        workers.forEach(w -> currencies.addAll(w.unconvertedCurrencies()));
        return new ValidationFinding(ValidationRule.COSTS_CONVERTIBLE.id(), Importance.HIGH, Operator.COMPULSORY_PAIR,
                "event:RecruitmentCost", (String) key.get(0), periods.get((Integer) key.get(1)), Map.of(),
                OptionalDouble.of(workers.size()), OptionalDouble.empty(), workers.size()
                        + " surveyed worker(s) paid recruitment costs in a currency without an exchange rate to their"
                        + " earnings currency (" + String.join(", ", currencies) + "); they are not in the SDG 10.7.1"
                        + " mean, median or 4th quintile");
    }

    /** The overall score, and with dimension {@code domain} the six domain scores (the overall as their total). */
    private void sdg1072Scores(Indicator ind, List<Sdg1072Result> results, Map<List<Object>, Double> out) {
        boolean byDomain = ind.dimensions().contains("domain");
        for (Sdg1072Result r : results) {
            int p = periods.indexOf(r.period());
            out.put(List.of(r.country(), p, byDomain ? List.of(TOTAL) : List.of()), r.overall());
            for (int d = 1; d <= 6 && byDomain; d++) {
                out.put(List.of(r.country(), p, List.of(String.valueOf(d))), r.domainScores().get(d - 1));
            }
        }
    }

    /**
     * The proportion of answering countries in each band, programme-wide ({@code _T}), per period: by band (the
     * total over bands being 100) and, with dimension {@code domain}, for each domain's score too.
     */
    private void sdg1072BandShares(Indicator ind, List<Sdg1072Result> results, Map<List<Object>, Double> out) {
        Map<Integer, List<Sdg1072Result>> byPeriod = new TreeMap<>();
        results.forEach(r -> byPeriod.computeIfAbsent(periods.indexOf(r.period()), x -> new ArrayList<>()).add(r));
        byPeriod.forEach((p, answered) -> Formulas.sdg1072BandShares(answered).forEach((domain, shares) -> {
            if (domain > 0 && !ind.dimensions().contains("domain")) {
                return;
            }
            Map<String, String> cell = new HashMap<>();
            cell.put("domain", domain == 0 ? TOTAL : String.valueOf(domain));
            cell.put("band", TOTAL);
            out.put(List.of(TOTAL, p, dimsOf(ind, cell)), 100.0);
            if (ind.dimensions().contains("band")) {
                shares.forEach((band, share) -> {
                    cell.put("band", band.name());
                    out.put(List.of(TOTAL, p, dimsOf(ind, cell)), share);
                });
            }
        }));
    }

    private static List<String> dimsOf(Indicator ind, Map<String, String> cell) {
        List<String> dims = new ArrayList<>(ind.dimensions().size());
        for (String d : ind.dimensions()) {
            dims.add(cell.get(d));
        }
        return List.copyOf(dims);
    }

    /** Each receiving country's simple average over its services, every corridor into it included. */
    private void sdg10c1Values(List<Sdg10c1Result> results, Map<List<Object>, Double> out) {
        for (Sdg10c1Result r : results) {
            int p = periods.indexOf(r.period());
            r.countryAverages().forEach((country, average) -> out.put(List.of(country, p, List.of()), average));
        }
    }

    private List<Achievement> achievements(List<IndicatorValue> values, List<ValidationFinding> findings) {
        List<Achievement> out = new ArrayList<>();
        Set<List<String>> missingBaseline = new HashSet<>();
        for (IndicatorValue v : values) {
            Indicator ind = indicators.get(v.indicator());
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
    public static Optional<Target> target(Indicator ind, String country, Period period) {
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

    private ValidationFinding countedFinding(List<String> key, int n) {
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

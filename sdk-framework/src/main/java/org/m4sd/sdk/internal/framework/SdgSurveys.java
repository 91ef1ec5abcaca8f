package org.m4sd.sdk.internal.framework;

import static org.m4sd.sdk.framework.IndicatorValue.TOTAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.m4sd.sdk.framework.Formulas;
import org.m4sd.sdk.framework.Importance;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.Operator;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.ProgrammeEvent.RecruitmentCost;
import org.m4sd.sdk.framework.ProgrammeEvent.RemittancePrice;
import org.m4sd.sdk.framework.ProgrammeEvent.Sdg1072Questionnaire;
import org.m4sd.sdk.framework.Sdg1071Result;
import org.m4sd.sdk.framework.Sdg1072Result;
import org.m4sd.sdk.framework.Sdg10c1Result;
import org.m4sd.sdk.framework.ValidationFinding;
import org.m4sd.sdk.framework.ValidationRule;

/**
 * The survey records of the SDG indicators and the values their custodians' formulas give: SDG 10.7.1
 * (recruitment cost over earnings: mean, median, 4th quintile, by breakdown), 10.7.2 (questionnaire scores and the
 * shares of countries by band) and 10.c.1 (remittance cost per receiving country). Every record is kept, since
 * medians, rankings and the latest questionnaire need them all.
 */
final class SdgSurveys {
    /** The SDMX code of a breakdown value not recorded. */
    private static final String UNKNOWN = "_U";

    private final List<Period> periods;
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

    /** An SDG 10.7.1 worker: the ratio C / E and the breakdowns the metadata asks for. */
    private record Worker(double ratio, Map<String, String> breakdowns) {
        static Worker of(RecruitmentCost r) {
            return new Worker(r.ratio(), Map.of("sex", r.sex().name(), "ageGroup", r.ageGroup().orElse(UNKNOWN),
                    "education", r.education().orElse(UNKNOWN), "destination", r.destination()));
        }
    }

    SdgSurveys(List<Period> periods) {
        this.periods = periods;
    }

    /** Keeps a worker surveyed for SDG 10.7.1, or counts why the worker is not in it. */
    void add(RecruitmentCost r, int p) {
        List<Object> key = List.of(r.country(), p);
        if (!Formulas.sdg1071Counts(r.firstJobStart(), r.date())) {
            excluded1071.computeIfAbsent(key, k -> new int[1])[0]++;
        } else if (!r.convertible()) {
            unconvertible1071.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        } else {
            workers1071.computeIfAbsent(key, k -> new ArrayList<>()).add(Worker.of(r));
        }
    }

    /** Keeps the latest SDG 10.7.2 questionnaire of a country and period. */
    void add(Sdg1072Questionnaire q, int p) {
        questionnaires.merge(List.of(q.country(), p), q, SdgSurveys::later);
    }

    /** Keeps a remittance price for SDG 10.c.1. */
    void add(RemittancePrice r, int p) {
        remittances.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
    }

    private static Sdg1072Questionnaire later(Sdg1072Questionnaire a, Sdg1072Questionnaire b) {
        int c = a.date().compareTo(b.date());
        if (c == 0) {
            c = new TreeMap<>(a.answers()).toString().compareTo(new TreeMap<>(b.answers()).toString());
        }
        return c >= 0 ? a : b;
    }

    /** SDG 10.7.1 per origin country and period, with the workers left out and why. */
    List<Sdg1071Result> sdg1071() {
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

    /** SDG 10.7.2 from the latest questionnaire of each country and period. */
    List<Sdg1072Result> sdg1072() {
        List<Sdg1072Result> out = new ArrayList<>();
        questionnaires.forEach((k, q) -> out.add(Formulas.sdg1072(q.country(), periods.get((Integer) k.get(1)),
                q.answers())));
        out.sort(Comparator.comparing(Sdg1072Result::country).thenComparing(Sdg1072Result::period));
        return out;
    }

    /** SDG 10.c.1 per period. */
    List<Sdg10c1Result> sdg10c1() {
        List<Sdg10c1Result> out = new ArrayList<>();
        new TreeMap<>(remittances).forEach((p, prices) -> out.add(Formulas.sdg10c1(periods.get(p), prices)));
        return out;
    }

    /** How many workers the SDG 10.7.1 value of this indicator and key (country, period, cell) is over; 0 if none. */
    int basis(String indicator, List<Object> key) {
        Integer basis = basis1071.get(List.of(indicator, key.get(0), key.get(1), key.get(2)));
        return basis == null ? 0 : basis;
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
    void sdg1071Values(Indicator ind, Map<List<Object>, Double> out) {
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

    /** A {@code costs-convertible} finding per country and period with workers whose costs cannot be converted. */
    void unconvertibleFindings(List<ValidationFinding> findings) {
        unconvertible1071.forEach((k, workers) -> findings.add(unconvertibleFinding(k, workers)));
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
    void sdg1072Scores(Indicator ind, List<Sdg1072Result> results, Map<List<Object>, Double> out) {
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
    void sdg1072BandShares(Indicator ind, List<Sdg1072Result> results, Map<List<Object>, Double> out) {
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
    void sdg10c1Values(List<Sdg10c1Result> results, Map<List<Object>, Double> out) {
        for (Sdg10c1Result r : results) {
            int p = periods.indexOf(r.period());
            r.countryAverages().forEach((country, average) -> out.put(List.of(country, p, List.of()), average));
        }
    }
}

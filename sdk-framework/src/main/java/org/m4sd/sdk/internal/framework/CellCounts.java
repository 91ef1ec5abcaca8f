package org.m4sd.sdk.internal.framework;

import static org.m4sd.sdk.framework.IndicatorValue.TOTAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.m4sd.sdk.framework.Aggregation;
import org.m4sd.sdk.framework.Baseline;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.Population;
import org.m4sd.sdk.framework.ProgrammeEvent.DecisionMade;
import org.m4sd.sdk.framework.ValidationFinding;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;

/**
 * The cells of the counting indicators (sources {@code OBSERVATIONS}, {@code ACCESS_DECISIONS},
 * {@code DECISIONS_MADE}, {@code POLICIES_ADOPTED}, {@code OFFICIALS_TRAINED}): exact sums per indicator, country,
 * period and disaggregation, each person of a person-counting population counted once, then the values derived
 * from them (totals, cumulation, the programme total over countries).
 */
final class CellCounts {
    private final List<Period> periods;
    /** Reported increments by indicator, country, period index and dimension vector. */
    private final Map<Cell, Sum> cells = new HashMap<>();

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
    /** By indicator and country, the periods in which the indicator's population was decided. */
    private final Map<String, Map<String, Set<Integer>>> decided = new HashMap<>();

    private record Cell(String indicator, String country, int period, List<String> dims) {
    }

    private record CountryPeriod(String country, int period) {
    }

    /** The date, status and sex of the decision a person is counted by. */
    private record Attribution(LocalDate date, MigratoryStatus status, Sex sex) {
        static final Comparator<Attribution> ORDER = Comparator.comparing(Attribution::date)
                .thenComparing(a -> a.status().name()).thenComparing(a -> a.sex().name());
    }

    /** A cell's exact sum, and the values added to it that do not fit the indicator's measure. */
    static final class Sum {
        BigDecimal sum = BigDecimal.ZERO;
        int misfits;
        /** The first, in text order, of the messages of the misfits. */
        String misfit;
    }

    CellCounts(Framework framework, List<Period> periods) {
        this.periods = periods;
        for (Indicator i : framework.indicators()) {
            if (i.population().filter(pop -> pop.counts() == Population.Counting.PERSONS).isPresent()) {
                personSlots.put(i.id(), personCounted.size());
                personCounted.add(i);
            }
        }
    }

    /** Adds an amount to one cell of an indicator (dimension values in the indicator's order). */
    void add(Indicator ind, String country, int period, List<String> dims, BigDecimal amount) {
        Sum acc = cells.computeIfAbsent(new Cell(ind.id(), country, period, List.copyOf(dims)), c -> new Sum());
        acc.sum = acc.sum.add(amount);
    }

    /** Adds an amount to the cell whose value of each dimension {@code dim} gives. */
    void add(Indicator ind, String country, int period, Function<String, String> dim, BigDecimal amount) {
        List<String> dims = new ArrayList<>(ind.dimensions().size());
        for (String d : ind.dimensions()) {
            dims.add(dim.apply(d));
        }
        add(ind, country, period, dims, amount);
    }

    /** Marks a value added to a cell as not fitting the indicator's measure. */
    void flagMisfit(Indicator ind, String country, int period, List<String> dims, String message) {
        Sum acc = cells.computeIfAbsent(new Cell(ind.id(), country, period, List.copyOf(dims)), c -> new Sum());
        acc.misfits++;
        if (acc.misfit == null || acc.misfit.compareTo(message) > 0) {
            acc.misfit = message;
        }
    }

    /**
     * Keeps, for a person counted by a person-counting indicator, the decision that places the person in a cell:
     * the latest in the period (on the same day, the greater migratory status name, then sex name), whatever the
     * order the decisions come in.
     */
    void attribute(Indicator ind, DecisionMade d, int p) {
        Attribution[] byIndicator = persons.computeIfAbsent(new CountryPeriod(d.country(), p), k -> new HashMap<>())
                .computeIfAbsent(d.personKey(), k -> new Attribution[personCounted.size()]);
        int slot = personSlots.get(ind.id());
        Attribution candidate = new Attribution(d.date(), d.migratoryStatus(), d.sex());
        if (byIndicator[slot] == null || Attribution.ORDER.compare(candidate, byIndicator[slot]) > 0) {
            byIndicator[slot] = candidate;
        }
    }

    /** Adds every person kept by {@link #attribute} to the cell of its attribution, once; then forgets them. */
    void countPersons() {
        persons.forEach((cp, people) -> people.values().forEach(byIndicator -> {
            for (int slot = 0; slot < byIndicator.length; slot++) {
                Attribution a = byIndicator[slot];
                if (a != null) {
                    add(personCounted.get(slot), cp.country(), cp.period(),
                            dim -> dim.equals("sex") ? a.sex().name() : a.status().name(), BigDecimal.ONE);
                }
            }
        }));
        persons.clear();
    }

    /** The cells as reported: by indicator, country, period index and dimension vector. */
    Map<String, Map<String, Map<Integer, Map<List<String>, Sum>>>> byIndicator() {
        Map<String, Map<String, Map<Integer, Map<List<String>, Sum>>>> grouped = new HashMap<>();
        cells.forEach((c, acc) -> grouped.computeIfAbsent(c.indicator(), k -> new TreeMap<>())
                .computeIfAbsent(c.country(), k -> new TreeMap<>())
                .computeIfAbsent(c.period(), k -> new HashMap<>()).put(c.dims(), acc));
        return grouped;
    }

    /**
     * Marks that a decision about the indicator's population ({@link Population#decides}: its determinations and
     * migratory statuses, any outcome but UNDETERMINED) was made in this country and period: nobody counted there is a count of 0, not a value missing.
     */
    void decided(Indicator ind, String country, int period) {
        decided.computeIfAbsent(ind.id(), k -> new HashMap<>()).computeIfAbsent(country, k -> new TreeSet<>())
                .add(period);
    }

    /**
     * Counts and sums of one indicator: disaggregation lattice, totals, cumulation, the country total, part
     * checks. Puts each value under its key (country, period index, dimension vector). A country and period has
     * values where something was counted in it, where its population was decided ({@link #decided}: 0 when
     * nobody qualified), and for a CUMULATIVE indicator in every period from the first of these on; before that,
     * or without any, nothing was reported and there is no value (a baseline alone makes none).
     */
    void values(Indicator ind, Map<String, Map<Integer, Map<List<String>, Sum>>> byCountry,
            Map<List<Object>, Double> out, List<ValidationFinding> findings) {
        int k = ind.dimensions().size();
        boolean cumulative = ind.aggregation() == Aggregation.CUMULATIVE;
        Map<String, Set<Integer>> decidedHere = decided.getOrDefault(ind.id(), Map.of());
        Map<Integer, Map<List<String>, BigDecimal>> countryTotal = new TreeMap<>();
        // per period, the sum of the baselines of the countries in that period's total
        Map<Integer, Map<List<String>, BigDecimal>> totalBaselines = new HashMap<>();
        Set<String> countriesSeen = new TreeSet<>(byCountry.keySet());
        countriesSeen.addAll(decidedHere.keySet());
        List<String> total = Collections.nCopies(k, TOTAL);
        for (String country : countriesSeen) {
            Map<Integer, Map<List<String>, Sum>> byPeriod = byCountry.getOrDefault(country, Map.of());
            Map<Integer, Map<List<String>, BigDecimal>> lattices = new TreeMap<>();
            byPeriod.forEach((p, reported) -> {
                Map<List<String>, BigDecimal> sums = new HashMap<>();
                reported.forEach((dims, acc) -> sums.put(dims, acc.sum));
                lattices.put(p, ind.additive() ? TotalsLattice.of(sums, k) : sums);
                ValidationChecks.checkCells(ind, country, periods.get(p), reported, sums, k, findings);
            });
            for (int p : decidedHere.getOrDefault(country, Set.of())) {
                lattices.computeIfAbsent(p, x -> new HashMap<>(Map.of(total, BigDecimal.ZERO)));
            }
            Map<Integer, Map<List<String>, BigDecimal>> values = lattices;
            if (cumulative) {
                Map<List<String>, BigDecimal> base = baselines(ind, country, k);
                values = cumulate(lattices, base);
                values.keySet().forEach(p -> base.forEach((dims, v) -> totalBaselines
                        .computeIfAbsent(p, x -> new HashMap<>()).merge(dims, v, BigDecimal::add)));
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
                // the programme-wide baseline replaces the sum of the baselines of the countries in the total
                countryTotal.forEach((p, lattice) -> {
                    totalBaselines.getOrDefault(p, Map.of())
                            .forEach((dims, v) -> lattice.merge(dims, v.negate(), BigDecimal::add));
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

    /**
     * Running sums over the reporting periods plus the baselines, from the first period with data (none without
     * data: a baseline alone is not a report).
     */
    private Map<Integer, Map<List<String>, BigDecimal>> cumulate(Map<Integer, Map<List<String>, BigDecimal>> lattices,
            Map<List<String>, BigDecimal> baselines) {
        Map<Integer, Map<List<String>, BigDecimal>> out = new TreeMap<>();
        Map<List<String>, BigDecimal> running = new HashMap<>(baselines);
        int first = lattices.isEmpty() ? periods.size() : ((TreeMap<Integer, ?>) lattices).firstKey();
        for (int p = first; p < periods.size(); p++) {
            Map<List<String>, BigDecimal> inc = lattices.get(p);
            if (inc != null) {
                inc.forEach((dims, v) -> running.merge(dims, v, BigDecimal::add));
            }
            out.put(p, new HashMap<>(running));
        }
        return out;
    }
}

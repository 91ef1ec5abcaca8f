package org.m4sd.sdk.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.internal.framework.CellSuppression;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;

/**
 * Laws of disclosure control over random cross-tables with their margins: no count below the threshold is
 * published, none can be worked out from the published totals of its row, its column or the whole table, and
 * zeros are published (a zero discloses no person; docs/RESULTS-FRAMEWORK.md, "Disclosure control").
 */
class DisclosureControlProperties {
    private static final String T = IndicatorValue.TOTAL;

    /** A table: the counts of its inner cells, dimension by dimension, and the sizes of its dimensions. */
    record CrossTable(List<Integer> sizes, List<Integer> inner) {
        /** Every cell with its margins (the sums over each dimension), keyed by coordinates. */
        Map<List<String>, Double> cells() {
            Map<List<String>, Double> cells = new LinkedHashMap<>();
            List<List<String>> inners = coordinates(false);
            for (int i = 0; i < inners.size(); i++) {
                cells.put(inners.get(i), (double) inner.get(i));
            }
            for (List<String> cell : coordinates(true)) {
                if (!cells.containsKey(cell)) {
                    double sum = 0;
                    for (List<String> part : inners) {
                        if (covers(cell, part)) {
                            sum += cells.get(part);
                        }
                    }
                    cells.put(cell, sum);
                }
            }
            return cells;
        }

        /** Every cell's coordinates: codes "0", "1" ... per dimension, and {@code _T} when margins are asked. */
        List<List<String>> coordinates(boolean margins) {
            List<List<String>> out = new ArrayList<>();
            out.add(List.of());
            for (int size : sizes) {
                List<List<String>> next = new ArrayList<>();
                for (List<String> prefix : out) {
                    for (int c = 0; c < size + (margins ? 1 : 0); c++) {
                        List<String> cell = new ArrayList<>(prefix);
                        cell.add(c == size ? T : Integer.toString(c));
                        next.add(List.copyOf(cell));
                    }
                }
                out = next;
            }
            return out;
        }

        private static boolean covers(List<String> total, List<String> part) {
            for (int d = 0; d < total.size(); d++) {
                if (!total.get(d).equals(T) && !total.get(d).equals(part.get(d))) {
                    return false;
                }
            }
            return true;
        }
    }

    @Provide
    Arbitrary<CrossTable> tables() {
        // counts as a programme's tables have them: many zeros, many below any threshold, some large
        Arbitrary<Integer> count = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(1, 4)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(5, 60)));
        return Arbitraries.integers().between(1, 3).flatMap(k -> Arbitraries.integers().between(1, k == 3 ? 3 : 4)
                .list().ofSize(k).flatMap(sizes -> {
                    int n = sizes.stream().reduce(1, (a, b) -> a * b);
                    return count.list().ofSize(n).map(inner -> new CrossTable(sizes, inner));
                }));
    }

    /** No count from 1 to threshold - 1 is published; zeros are. */
    @Property(tries = 400)
    void no_small_count_is_published_and_zeros_are(@ForAll("tables") CrossTable table,
            @ForAll @IntRange(min = 2, max = 10) int threshold) {
        Map<List<String>, Double> cells = table.cells();
        Set<List<String>> withheld = CellSuppression.suppress(cells, threshold);
        cells.forEach((cell, value) -> {
            if (value > 0 && value < threshold) {
                assertThat(withheld).as("%s = %s", cell, value).contains(cell);
            }
            if (value == 0) {
                assertThat(withheld).as("zero at %s", cell).doesNotContain(cell);
            }
        });
    }

    /** No row, column or other line of the table (its parts and its total) has exactly one cell withheld. */
    @Property(tries = 400)
    void no_withheld_cell_is_the_only_one_of_its_line(@ForAll("tables") CrossTable table,
            @ForAll @IntRange(min = 2, max = 10) int threshold) {
        Map<List<String>, Double> cells = table.cells();
        Set<List<String>> withheld = CellSuppression.suppress(cells, threshold);
        for (List<List<String>> line : lines(table)) {
            long hidden = line.stream().filter(withheld::contains).count();
            assertThat(hidden).as("line %s", line).isNotEqualTo(1L);
        }
    }

    /**
     * No withheld cell follows from every published total together: the cell's unit vector is not in the span
     * of the table's sum equations restricted to the withheld cells (exact rational arithmetic).
     */
    @Property(tries = 300)
    void no_withheld_cell_follows_from_all_published_totals(@ForAll("tables") CrossTable table,
            @ForAll @IntRange(min = 2, max = 10) int threshold) {
        Map<List<String>, Double> cells = table.cells();
        List<List<String>> withheld = new ArrayList<>(CellSuppression.suppress(cells, threshold));
        Map<List<String>, Integer> column = new HashMap<>();
        for (int i = 0; i < withheld.size(); i++) {
            column.put(withheld.get(i), i);
        }
        List<BigInteger[]> equations = new ArrayList<>();
        for (List<List<String>> line : lines(table)) {
            BigInteger[] row = new BigInteger[withheld.size()];
            java.util.Arrays.fill(row, BigInteger.ZERO);
            boolean any = false;
            for (List<String> cell : line) {
                Integer c = column.get(cell);
                if (c != null) {
                    // parts add up to the total: +1 for each part, -1 for the total (the line's last cell)
                    row[c] = cell == line.get(line.size() - 1) ? BigInteger.ONE.negate() : BigInteger.ONE;
                    any = true;
                }
            }
            if (any) {
                equations.add(row);
            }
        }
        for (BigInteger[] row : reducedRowEchelon(equations, withheld.size())) {
            long nonZero = java.util.Arrays.stream(row).filter(x -> x.signum() != 0).count();
            assertThat(nonZero).as("a withheld cell is determined by the published totals").isNotEqualTo(1L);
        }
    }

    /** Suppressing an already protected table withholds nothing more. */
    @Property(tries = 300)
    void protecting_twice_changes_nothing(@ForAll("tables") CrossTable table,
            @ForAll @IntRange(min = 2, max = 10) int threshold) {
        Map<List<String>, Double> cells = table.cells();
        Set<List<String>> first = CellSuppression.suppress(cells, threshold);
        Map<List<String>, Double> published = new LinkedHashMap<>(cells);
        first.forEach(cell -> published.put(cell, Double.NaN));
        assertThat(CellSuppression.suppress(published, threshold)).isEqualTo(first);
    }

    @Provide
    Arbitrary<List<ProgrammeEvent>> decisions() {
        Arbitrary<ProgrammeEvent> d = Combinators.combine(
                Arbitraries.of("ECU", "MAR", "NPL"), Arbitraries.integers().between(2020, 2021),
                Arbitraries.of(Determination.HEALTH_EMERGENCY_CARE, Determination.EDUCATION_PUBLIC_SCHOOL),
                Arbitraries.of(Outcome.ELIGIBLE, Outcome.INELIGIBLE),
                Arbitraries.of(Sex.F, Sex.M), Arbitraries.of(MigratoryStatus.REGULAR, MigratoryStatus.REFUGEE),
                Arbitraries.integers().between(0, 200))
                .as((c, y, det, out, sex, st, person) -> new ProgrammeEvent.DecisionMade(c, LocalDate.of(y, 3, 1), det,
                        out, sex, st, "person-" + person));
        return d.list().ofMaxSize(80);
    }

    /**
     * In a whole report: no protected count below the threshold is published, every line of each protected table
     * has no or several withheld cells, a ratio over a withheld cell is withheld, and so is the achievement of a
     * withheld total.
     */
    @Property(tries = 150)
    void a_protected_report_publishes_no_small_count(@ForAll("decisions") List<ProgrammeEvent> events) {
        Framework framework = Framework.illustrative();
        ResultsReport report = ResultsReporter.reference().report(framework, java.util.Collections.emptyIterator(),
                events.iterator());
        ResultsReport published = report.protect();
        int threshold = framework.disclosureControl().threshold();
        Map<List<Object>, IndicatorValue> byCell = new HashMap<>();
        for (IndicatorValue v : published.values()) {
            byCell.put(List.of(v.indicator(), v.country(), v.period(), v.dimensions()), v);
            Indicator ind = framework.indicator(v.indicator()).orElseThrow();
            if (framework.disclosureControl().protects(ind) && !v.suppressed()) {
                assertThat(v.value() == 0 || v.value() >= threshold).as("%s", v).isTrue();
            }
        }
        for (IndicatorValue v : published.values()) {
            Indicator ind = framework.indicator(v.indicator()).orElseThrow();
            if (ind.ratio().isPresent()) {
                IndicatorValue num = byCell.get(List.of(ind.ratio().get().numerator(), v.country(), v.period(),
                        v.dimensions()));
                IndicatorValue den = byCell.get(List.of(ind.ratio().get().denominator(), v.country(), v.period(),
                        v.dimensions()));
                if (num != null && num.suppressed() || den != null && den.suppressed()) {
                    assertThat(v.suppressed()).as("ratio %s", v).isTrue();
                }
            }
            if (v.suppressed() && v.total()) {
                assertThat(published.achievement(v.indicator(), v.country(), v.period())).isEmpty();
            }
        }
        assertThat(published.protect()).isEqualTo(published);
        assertThat(report.values()).hasSameSizeAs(published.values());
    }

    /** Every line of a table: the cells along one dimension with the others fixed, parts first, total last. */
    private static List<List<List<String>>> lines(CrossTable table) {
        List<List<List<String>>> lines = new ArrayList<>();
        int k = table.sizes().size();
        for (List<String> cell : table.coordinates(true)) {
            for (int d = 0; d < k; d++) {
                if (!cell.get(d).equals(T)) {
                    continue; // one line per fixing of the other dimensions: start from its total
                }
                List<List<String>> line = new ArrayList<>();
                for (int c = 0; c <= table.sizes().get(d); c++) {
                    List<String> member = new ArrayList<>(cell);
                    member.set(d, c == table.sizes().get(d) ? T : Integer.toString(c));
                    line.add(List.copyOf(member));
                }
                lines.add(line);
            }
        }
        return lines;
    }

    /** Gauss-Jordan elimination over the rationals, rows kept as integers divided by their gcd. */
    private static List<BigInteger[]> reducedRowEchelon(List<BigInteger[]> rows, int columns) {
        List<BigInteger[]> m = new ArrayList<>(rows);
        int pivotRow = 0;
        for (int c = 0; c < columns && pivotRow < m.size(); c++) {
            int found = -1;
            for (int r = pivotRow; r < m.size(); r++) {
                if (m.get(r)[c].signum() != 0) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            java.util.Collections.swap(m, pivotRow, found);
            BigInteger[] pivot = m.get(pivotRow);
            for (int r = 0; r < m.size(); r++) {
                BigInteger[] row = m.get(r);
                if (r == pivotRow || row[c].signum() == 0) {
                    continue;
                }
                BigInteger a = pivot[c];
                BigInteger b = row[c];
                BigInteger[] next = new BigInteger[columns];
                BigInteger gcd = BigInteger.ZERO;
                for (int j = 0; j < columns; j++) {
                    next[j] = row[j].multiply(a).subtract(pivot[j].multiply(b));
                    gcd = gcd.gcd(next[j]);
                }
                if (gcd.signum() != 0) {
                    for (int j = 0; j < columns; j++) {
                        next[j] = next[j].divide(gcd);
                    }
                }
                m.set(r, next);
            }
            pivotRow++;
        }
        return m;
    }
}

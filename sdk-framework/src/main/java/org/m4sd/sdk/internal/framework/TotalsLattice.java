package org.m4sd.sdk.internal.framework;

import static org.m4sd.sdk.framework.IndicatorValue.TOTAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The totals ({@code _T}) of a table of counts: every generalisation of its reported cells, a reported value
 * winning over the sum of its parts. A cell is a list of dimension values in the indicator's order.
 */
final class TotalsLattice {
    private TotalsLattice() {
    }

    /** Every generalisation of every reported cell, with its value: reported, else the sum of its parts. */
    static Map<List<String>, BigDecimal> of(Map<List<String>, BigDecimal> reported, int k) {
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
            out.put(cell, value(cell, reported, k, memo));
        }
        return out;
    }

    /** A cell's value: reported, else the sum of its parts along the first dimension that has any. */
    static BigDecimal value(List<String> cell, Map<List<String>, BigDecimal> reported, int k,
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
                    sum = sum.add(value(List.copyOf(part), reported, k, memo));
                }
                break;
            }
        }
        memo.put(cell, sum);
        return sum;
    }

    /** The values of dimension {@code d} among the keys that refine the cell there, in code order. */
    static Set<String> partsAlong(List<String> cell, int d, Set<List<String>> keys) {
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
}

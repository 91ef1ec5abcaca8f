package org.m4sd.sdk.internal.framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.m4sd.sdk.framework.IndicatorValue;

/**
 * Primary and secondary cell suppression of one table of counts with its margins, by the hypercube method
 * (Repsilber's GHMITER, as in tau-argus and sdcTable's {@code HYPERCUBE}).
 *
 * <p>A table has k dimensions; a cell's coordinates give one code per dimension, {@link IndicatorValue#TOTAL} for
 * the margin (the sum over that dimension). Primary suppression: every count from 1 to {@code threshold - 1}.
 * Secondary suppression: for each suppressed cell, a k-dimensional box of 2^k cells having it as a corner (in each
 * dimension its own code and one other, a margin allowed) is suppressed whole. The signs +1 and -1 put on the
 * corners, flipped between the two codes of a dimension unless one of them is the margin, give a change of the
 * table that keeps every published sum: each row, column or line of the table crossing the box meets two corners
 * whose changes cancel in its sum. With every corner a count of at least 1, both a change of +1 and one of -1
 * stay non-negative, so whatever is published holds for the cell's true value and for that value plus or minus 1:
 * the cell cannot be worked out from any combination of the published totals, whether of its row, its column, or
 * the table.
 *
 * <p>A dimension without a margin among the table's cells is not summed: each of its values is a table of its own,
 * and boxes do not vary along it.
 *
 * <p>Among the boxes whose corners are all present and are counts of at least 1 (or already suppressed), the one
 * withholding the least is taken: the smallest sum of the counts it adds, then the fewest cells, then the first in
 * code order. A cell already inside a suppressed box costs nothing, so a protected table is left as it is. Zero is
 * never suppressed nor used as a corner: it discloses no person, and a box with a zero corner could be moved in one
 * direction only. Where no box exists (totals that are not the sums of their parts, or cells missing), every cell
 * of the table is suppressed.
 */
public final class CellSuppression {
    private static final Comparator<List<String>> CODE_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final Map<List<String>, Double> cells;
    private final int dimensions;
    private final List<List<String>> codes = new ArrayList<>();
    private final TreeSet<List<String>> suppressed = new TreeSet<>(CODE_ORDER);

    private CellSuppression(Map<List<String>, Double> cells) {
        this.cells = cells;
        this.dimensions = cells.keySet().iterator().next().size();
        for (int d = 0; d < dimensions; d++) {
            TreeSet<String> seen = new TreeSet<>();
            for (List<String> key : cells.keySet()) {
                seen.add(key.get(d));
            }
            codes.add(List.copyOf(seen));
        }
    }

    /**
     * The cells to withhold in a table of counts.
     *
     * @param cells     the table: each cell's coordinates (one code per dimension, {@code _T} for a margin, all of
     *                  the same length) with its count; {@link Double#NaN} for a cell already withheld
     * @param threshold the smallest count published
     * @return the coordinates of every cell to withhold, those already withheld included
     */
    public static Set<List<String>> suppress(Map<List<String>, Double> cells, int threshold) {
        if (cells.isEmpty()) {
            return Set.of();
        }
        CellSuppression table = new CellSuppression(cells);
        TreeSet<List<String>> primary = new TreeSet<>(CODE_ORDER);
        cells.forEach((key, value) -> {
            if (Double.isNaN(value) || value > 0 && value < threshold) {
                primary.add(key);
            }
        });
        table.suppressed.addAll(primary);
        for (List<String> cell : primary) {
            if (!table.protect(cell)) {
                return Set.copyOf(cells.keySet());
            }
        }
        return Set.copyOf(table.suppressed);
    }

    /** Suppresses the cheapest box having {@code cell} as a corner; false when the table has none. */
    private boolean protect(List<String> cell) {
        List<List<String>> others = new ArrayList<>();
        for (int d = 0; d < dimensions; d++) {
            if (!codes.get(d).contains(IndicatorValue.TOTAL)) {
                others.add(List.of(cell.get(d))); // nothing is summed over d: each of its values is a table apart
                continue;
            }
            List<String> usable = new ArrayList<>();
            for (String code : codes.get(d)) {
                if (!code.equals(cell.get(d)) && usableCorner(with(cell, d, code))) {
                    usable.add(code); // the corner next to the cell along d must itself be usable
                }
            }
            if (usable.isEmpty()) {
                return false;
            }
            others.add(usable);
        }
        Box best = cheapest(cell, others, 0, new String[dimensions], null);
        if (best == null) {
            return false;
        }
        suppressed.addAll(best.corners());
        return true;
    }

    /** The cheapest complete box over every choice of the other code in dimensions {@code d} onwards. */
    private Box cheapest(List<String> cell, List<List<String>> others, int d, String[] chosen, Box best) {
        if (d == dimensions) {
            Box box = box(cell, chosen);
            return box != null && (best == null || box.cheaperThan(best)) ? box : best;
        }
        for (String code : others.get(d)) {
            chosen[d] = code;
            best = cheapest(cell, others, d + 1, chosen, best);
            if (best != null && best.added() == 0) {
                return best; // nothing is cheaper than a box already suppressed
            }
        }
        return best;
    }

    /** The box with corners at {@code cell} and {@code other}, or null when a corner cannot be used. */
    private Box box(List<String> cell, String[] other) {
        Set<List<String>> corners = new LinkedHashSet<>(); // a dimension that does not vary gives each corner twice
        for (int mask = 0; mask < 1 << dimensions; mask++) {
            List<String> corner = new ArrayList<>(cell);
            for (int d = 0; d < dimensions; d++) {
                if ((mask & 1 << d) != 0) {
                    corner.set(d, other[d]);
                }
            }
            if (!usableCorner(corner)) {
                return null;
            }
            corners.add(List.copyOf(corner));
        }
        double cost = 0;
        int added = 0;
        for (List<String> corner : corners) {
            if (!suppressed.contains(corner)) {
                cost += cells.get(corner);
                added++;
            }
        }
        return new Box(List.copyOf(corners), cost, added);
    }

    /** A corner must be in the table and be withheld already or a count of at least 1. */
    private boolean usableCorner(List<String> corner) {
        Double value = cells.get(corner);
        return value != null && (suppressed.contains(corner) || value > 0);
    }

    private static List<String> with(List<String> cell, int d, String code) {
        List<String> out = new ArrayList<>(cell);
        out.set(d, code);
        return out;
    }

    /** A candidate box: its corners, the sum of the counts it would add, and how many cells it would add. */
    private record Box(List<List<String>> corners, double cost, int added) {
        boolean cheaperThan(Box other) {
            return cost < other.cost || cost == other.cost && added < other.added;
        }
    }
}

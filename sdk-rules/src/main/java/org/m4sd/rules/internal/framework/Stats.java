package org.m4sd.rules.internal.framework;

import java.util.Arrays;
import java.util.Collection;
import org.m4sd.sdk.framework.Formulas;

/** Arithmetic the SDG rules call on the values they collect. */
public final class Stats {
    private Stats() {
    }

    /** The values, sorted. */
    public static double[] sorted(Collection<?> values) {
        double[] a = values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        Arrays.sort(a);
        return a;
    }

    /** Exact mean; NaN when empty. */
    public static double mean(Collection<?> values) {
        return Formulas.mean(sorted(values));
    }

    /** Median; NaN when empty. */
    public static double median(Collection<?> values) {
        return Formulas.median(sorted(values));
    }

    /** Mean of the three smallest values, or null when there are fewer than three. */
    public static Double meanOfThreeSmallest(Collection<?> values) {
        double[] a = sorted(values);
        return a.length < 3 ? null : Formulas.mean(Arrays.copyOf(a, 3));
    }
}

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

    /**
     * The 4th quintile: four fifths of the way from the smallest to the largest rank of the sorted values (ranks
     * from 0), interpolated linearly between the two ranks around it; NaN when empty.
     */
    public static double fourthQuintile(Collection<?> values) {
        double[] a = sorted(values);
        if (a.length == 0) {
            return Double.NaN;
        }
        double position = 0.8 * (a.length - 1);
        int below = (int) position;
        double weight = position - below;
        return weight == 0 ? a[below] : a[below] + weight * (a[below + 1] - a[below]);
    }

    /** Mean of the three smallest values, or null when there are fewer than three. */
    public static Double meanOfThreeSmallest(Collection<?> values) {
        double[] a = sorted(values);
        return a.length < 3 ? null : Formulas.mean(Arrays.copyOf(a, 3));
    }
}

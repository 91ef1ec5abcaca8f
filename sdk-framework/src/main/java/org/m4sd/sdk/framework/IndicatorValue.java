package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A computed value of an indicator for a country, a period and one disaggregation.
 *
 * @param indicator  the indicator's id
 * @param country    ISO 3166-1 alpha-3 code, or {@link #TOTAL} for the sum over countries (additive indicators)
 * @param period     the reporting period
 * @param dimensions every disaggregation dimension of the indicator mapped to a value, {@link #TOTAL} for the
 *                   total over that dimension
 * @param value      the value; {@link Double#NaN} when the value is suppressed
 * @param suppressed true when disclosure control withholds the value ({@link ResultsReport#protect()}): a cell
 *                   below the threshold, a cell suppressed so that it cannot be derived from its totals, or a ratio
 *                   whose numerator or denominator is suppressed
 * @param basis      the number of people a mean, median or quantile is computed over (SDG 10.7.1), which disclosure
 *                   control compares with its threshold; 0 for counts, ratios and scores, and for a withheld value
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record IndicatorValue(String indicator, String country, Period period, Map<String, String> dimensions,
        double value, boolean suppressed, int basis) {
    /** The SDMX code of a total: all countries, or all values of a dimension. */
    public static final String TOTAL = "_T";

    /** Rejects nulls; keeps dimensions sorted by name; a suppressed value keeps no number. */
    public IndicatorValue {
        Checks.requiredText(indicator, "indicator");
        Checks.requiredText(country, "country");
        Checks.required(period, "period");
        dimensions = java.util.Collections.unmodifiableMap(new TreeMap<>(Checks.map(dimensions, "dimensions")));
        // -0.0 (a zero computed with a sign) becomes 0.0, so no comparison reads it as negative; a suppressed
        // value is dropped here so that no copy of a protected report carries the number it withholds
        value = suppressed ? Double.NaN : value + 0.0;
        if (basis < 0) {
            throw new IllegalArgumentException("basis must not be negative, got " + basis);
        }
        basis = suppressed ? 0 : basis;
    }

    /** A value that is published or withheld, not computed over a group of people. */
    public IndicatorValue(String indicator, String country, Period period, Map<String, String> dimensions,
            double value, boolean suppressed) {
        this(indicator, country, period, dimensions, value, suppressed, 0);
    }

    /** A value that is published. */
    public IndicatorValue(String indicator, String country, Period period, Map<String, String> dimensions,
            double value) {
        this(indicator, country, period, dimensions, value, false, 0);
    }

    /** This cell with its value withheld. */
    public IndicatorValue suppress() {
        return new IndicatorValue(indicator, country, period, dimensions, Double.NaN, true, 0);
    }

    /** True when every dimension is {@link #TOTAL}. */
    public boolean total() {
        return dimensions.values().stream().allMatch(TOTAL::equals);
    }
}

package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A reported value of an indicator whose source is {@link Source#OBSERVATIONS}. Observations with the same
 * indicator, country, period and dimensions add up. A dimension that is left out means the value is not broken
 * down by it; its value {@code _T} means the same.
 *
 * @param indicator  the indicator's id
 * @param country    ISO 3166-1 alpha-3 code
 * @param period     the period the value belongs to
 * @param value      the value
 * @param dimensions disaggregation, for example {@code sex=F}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Observation(String indicator, String country, Period period, double value,
        Map<String, String> dimensions) {
    /** Rejects nulls, blanks and values that are not finite numbers. */
    public Observation {
        Checks.requiredText(indicator, "indicator");
        Checks.requiredText(country, "country");
        Checks.required(period, "period");
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("value must be a finite number, got " + value);
        }
        dimensions = Checks.map(dimensions, "dimensions");
        value = value + 0.0; // -0.0 becomes 0.0: the same count, and no sign for comparisons to disagree on
    }

    /** An observation without disaggregation. */
    public static Observation of(String indicator, String country, Period period, double value) {
        return new Observation(indicator, country, period, value, Map.of());
    }
}

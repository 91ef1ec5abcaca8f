package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * The value an indicator should reach in a country by the end of a period (IATI {@code period/target}).
 *
 * @param country    ISO 3166-1 alpha-3 code, or {@link IndicatorValue#TOTAL} for the whole programme
 * @param period     the period, inside the programme's duration
 * @param value      the value; empty for a qualitative indicator
 * @param dimensions disaggregation the value applies to; empty for the total
 * @param comment    a note, or the text of a qualitative target
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Target(String country, Period period, OptionalDouble value, Map<String, String> dimensions,
        Optional<String> comment) {
    /** Rejects nulls. */
    public Target {
        Checks.requiredText(country, "country");
        Checks.required(period, "period");
        Checks.required(value, "value");
        dimensions = Checks.map(dimensions, "dimensions");
        Checks.optional(comment, "comment");
    }

    /** A numeric total target. */
    public static Target of(String country, Period period, double value) {
        return new Target(country, period, OptionalDouble.of(value), Map.of(), Optional.empty());
    }
}

package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * The value of an indicator before the programme acted, for one country (IATI {@code baseline}).
 *
 * @param country    ISO 3166-1 alpha-3 code, or {@link IndicatorValue#TOTAL} for the whole programme
 * @param year       the baseline year
 * @param value      the value; empty for a qualitative indicator
 * @param dimensions disaggregation the value applies to; empty for the total
 * @param comment    a note, or the text of a qualitative baseline
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Baseline(String country, int year, OptionalDouble value, Map<String, String> dimensions,
        Optional<String> comment) {
    /** Rejects nulls. */
    public Baseline {
        Checks.requiredText(country, "country");
        Checks.required(value, "value");
        dimensions = Checks.map(dimensions, "dimensions");
        Checks.optional(comment, "comment");
    }

    /** A numeric total baseline. */
    public static Baseline of(String country, int year, double value) {
        return new Baseline(country, year, OptionalDouble.of(value), Map.of(), Optional.empty());
    }
}

package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * SDG 10.c.1 over every corridor priced in a period.
 *
 * @param period         the reporting period
 * @param corridors       each corridor's SmaRT average, per quarter
 * @param services        services priced in all corridors, one per service and quarter
 * @param globalAverage   simple mean of the total cost (percent of USD 200) of every service priced, one price per
 *                        service and quarter
 * @param belowTarget     whether the global average is below {@link #GLOBAL_TARGET_PERCENT}
 * @param countryAverages by receiving country, the simple mean total cost of its services (one price per service
 *                        and quarter, over every corridor into it): the country's SDG 10.c.1 figure
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Sdg10c1Result(Period period, List<CorridorCost> corridors, int services, double globalAverage,
        boolean belowTarget, Map<String, Double> countryAverages) {
    /** SDG target 10.c: a global average below 3 %. */
    public static final double GLOBAL_TARGET_PERCENT = 3.0;

    /** Rejects nulls. */
    public Sdg10c1Result {
        Checks.required(period, "period");
        corridors = Checks.list(corridors, "corridors");
        countryAverages = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(
                Checks.map(countryAverages, "countryAverages")));
    }
}

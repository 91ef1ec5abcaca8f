package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * SDG 10.c.1 for one remittance corridor and quarter (SmaRT is computed per corridor and quarter).
 *
 * @param sendingCountry      where money is sent from
 * @param country             where it is received
 * @param period              the reporting period the quarter falls in
 * @param quarter             the calendar quarter the prices were collected in
 * @param services            services priced in the quarter (a service priced twice is one service)
 * @param qualifyingServices  services that are transparent, arrive in 5 days or less and are accessible
 * @param smartAverage        mean total cost (percent of USD 200) of the three cheapest qualifying services;
 *                            empty when fewer than three qualify, and then the corridor fails the target
 * @param atOrBelowTarget     whether the SmaRT average is at or below {@link #CORRIDOR_TARGET_PERCENT}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CorridorCost(String sendingCountry, String country, Period period, Period quarter, int services,
        int qualifyingServices, OptionalDouble smartAverage, boolean atOrBelowTarget) {
    /** SDG target 10.c: no corridor above 5 %. */
    public static final double CORRIDOR_TARGET_PERCENT = 5.0;

    /** Rejects nulls. */
    public CorridorCost {
        Checks.requiredText(sendingCountry, "sendingCountry");
        Checks.requiredText(country, "country");
        Checks.required(period, "period");
        Checks.required(quarter, "quarter");
        Checks.required(smartAverage, "smartAverage");
    }
}

package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * SDG 10.7.1 for one origin country and period: recruitment cost borne by the worker as a proportion of monthly
 * earnings in the destination, over workers whose first job abroad began at most 3 years before the survey.
 *
 * @param country  origin country
 * @param period   the reporting period of the surveys
 * @param workers  workers counted
 * @param excluded      survey records left out because the first job began more than 3 years before the survey
 * @param unconvertible workers within the 3 years left out because a cost is in a currency without an exchange
 *                      rate to their earnings currency (each also reported by a {@code costs-convertible} finding)
 * @param mean          mean of the worker ratios C / E
 * @param median        median of the worker ratios
 * @param fourthQuintile the 4th quintile of the worker ratios ({@link Formulas#fourthQuintile})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Sdg1071Result(String country, Period period, int workers, int excluded, int unconvertible, double mean,
        double median, double fourthQuintile) {
    /** Rejects nulls. */
    public Sdg1071Result {
        Checks.requiredText(country, "country");
        Checks.required(period, "period");
    }
}

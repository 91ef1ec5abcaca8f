package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A DHIS2-style indicator formula: value = numerator / denominator x factor, computed per country, period and
 * disaggregation from two other indicators of the framework.
 *
 * @param numerator   id of the numerator indicator
 * @param denominator id of the denominator indicator
 * @param factor      1, 100, 1,000 or 100,000 in DHIS2 practice; any positive number is accepted
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Ratio(String numerator, String denominator, double factor) {
    /** Rejects nulls, blank ids and a factor that is not positive. */
    public Ratio {
        Checks.requiredText(numerator, "numerator");
        Checks.requiredText(denominator, "denominator");
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("factor must be a positive number, got " + factor);
        }
    }
}

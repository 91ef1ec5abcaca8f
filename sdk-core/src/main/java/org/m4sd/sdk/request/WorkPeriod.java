package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A period of relevant professional work in one country, both ends inclusive: relevant to the field the
 * professional would contribute in (diaspora return programmes count such work abroad over a recent window). Work
 * that continues is given up to the decision date or later.
 *
 * @param country ISO 3166-1 alpha-3 code of the country worked in
 * @param from    first day worked
 * @param to      last day worked; not before {@code from}
 */
@API(status = STABLE, since = "0.2")
public record WorkPeriod(String country, LocalDate from, LocalDate to) {
    /** Rejects nulls, unknown countries and periods that end before they start. */
    public WorkPeriod {
        Checks.country(country, "country");
        Checks.required(from, "from");
        Checks.required(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
    }

    /** Convenience factory. */
    public static WorkPeriod of(String country, LocalDate from, LocalDate to) {
        return new WorkPeriod(country, from, to);
    }
}

package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A period of social-insurance contributions in one country, both ends inclusive.
 *
 * @param country ISO 3166-1 alpha-3 code of the country where contributions were paid
 * @param from    first day covered
 * @param to      last day covered; not before {@code from}
 */
@API(status = STABLE, since = "0.1")
public record ContributionPeriod(String country, LocalDate from, LocalDate to) {
    /** Rejects nulls, unknown countries and periods that end before they start. */
    public ContributionPeriod {
        Checks.country(country, "country");
        Checks.required(from, "from");
        Checks.required(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
    }

    /** Convenience factory. */
    public static ContributionPeriod of(String country, LocalDate from, LocalDate to) {
        return new ContributionPeriod(country, from, to);
    }

    /** Whole calendar months covered, counting a partial month as none. */
    public long months() {
        return ChronoUnit.MONTHS.between(from, to.plusDays(1));
    }

    /** Calendar days covered, both ends inclusive. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}

package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * A period of social-insurance contributions in one country, both ends inclusive, with the units the scheme
 * recorded for it where they are known (DOMAIN.md 4.5: months, declared days or weeks). Without them, a
 * determination counts the period from its calendar range by the rule pack's conversion, and says the record is an
 * estimate.
 *
 * @param country ISO 3166-1 alpha-3 code of the country where contributions were paid
 * @param from    first day covered
 * @param to      last day covered; not before {@code from}
 * @param units   the contribution units the scheme recorded for the period, given with {@code unit}; not negative
 * @param unit    the unit of {@code units}, given with it
 */
@API(status = STABLE, since = "0.1")
public record ContributionPeriod(String country, LocalDate from, LocalDate to, OptionalLong units,
        Optional<ContributionUnit> unit) {
    /** Rejects nulls, unknown countries, periods that end before they start, and units without their unit. */
    public ContributionPeriod {
        Checks.country(country, "country");
        Checks.required(from, "from");
        Checks.required(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        Checks.required(units, "units");
        Checks.optional(unit, "unit");
        if (units.isPresent() != unit.isPresent()) {
            throw new IllegalArgumentException("units and unit are given together or not at all");
        }
        if (units.isPresent() && units.getAsLong() < 0) {
            throw new IllegalArgumentException("units (" + units.getAsLong() + ") is negative");
        }
    }

    /** A period counted from its calendar range, without the units the scheme recorded. */
    public ContributionPeriod(String country, LocalDate from, LocalDate to) {
        this(country, from, to, OptionalLong.empty(), Optional.empty());
    }

    /** Convenience factory: a period without the units the scheme recorded. */
    public static ContributionPeriod of(String country, LocalDate from, LocalDate to) {
        return new ContributionPeriod(country, from, to);
    }

    /** Convenience factory: a period with the units the scheme recorded for it. */
    public static ContributionPeriod of(String country, LocalDate from, LocalDate to, long units,
            ContributionUnit unit) {
        return new ContributionPeriod(country, from, to, OptionalLong.of(units), Optional.of(unit));
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

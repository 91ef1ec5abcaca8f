package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * What would have to change for a criterion not met to be met, as the rules computed it from the same parameters
 * they decided with: the fact, by how much or from when, and the other routes open to the person. The criterion's
 * message says the same in words.
 *
 * @param fact   JSON path of the request fact that would have to change, for example
 *               {@code $.person.contributionPeriods} or {@code $.asOf}
 * @param kind   how it would have to change; {@link GapKind#UNCHANGEABLE} when the person cannot change it
 * @param amount by how much, for {@link GapKind#INCREASE} and {@link GapKind#DECREASE}: the smallest change that
 *               meets the criterion
 * @param unit   the unit of {@code amount}: {@code months}, {@code weeks}, {@code years}, or an ISO 4217 code
 * @param date   the first date on which the criterion is met, for {@link GapKind#REACH_DATE}
 * @param values the values that would meet it, for {@link GapKind#CHANGE} (documents to supply, measures offered)
 * @param routes other routes to the outcome the rules found open, in the order the packs give them
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record Gap(
        String fact,
        GapKind kind,
        Optional<BigDecimal> amount,
        Optional<String> unit,
        Optional<LocalDate> date,
        List<String> values,
        List<Route> routes) {

    /** Rejects nulls, a blank fact, and an amount, date or values missing where the kind needs them. */
    public Gap {
        Checks.requiredText(fact, "fact");
        Checks.required(kind, "kind");
        Checks.optional(amount, "amount");
        Checks.optional(unit, "unit");
        Checks.optional(date, "date");
        values = Checks.list(values, "values");
        routes = Checks.list(routes, "routes");
        switch (kind) {
            case INCREASE, DECREASE -> {
                if (amount.isEmpty() || amount.get().signum() <= 0 || unit.isEmpty()) {
                    throw new IllegalArgumentException("a gap of kind " + kind + " has a positive amount and a unit");
                }
            }
            case REACH_DATE -> {
                if (date.isEmpty()) {
                    throw new IllegalArgumentException("a gap of kind REACH_DATE has a date");
                }
            }
            case CHANGE -> {
                if (values.isEmpty()) {
                    throw new IllegalArgumentException("a gap of kind CHANGE lists the values that would meet it");
                }
            }
            case UNCHANGEABLE -> {
                // nothing to quantify: the fact alone says what stands in the way
            }
        }
    }

    /** The fact would have to grow by {@code amount} {@code unit}. */
    public static Gap increase(String fact, BigDecimal amount, String unit) {
        return new Gap(fact, GapKind.INCREASE, Optional.of(amount), Optional.of(unit), Optional.empty(), List.of(),
                List.of());
    }

    /** The fact would have to shrink by {@code amount} {@code unit}. */
    public static Gap decrease(String fact, BigDecimal amount, String unit) {
        return new Gap(fact, GapKind.DECREASE, Optional.of(amount), Optional.of(unit), Optional.empty(), List.of(),
                List.of());
    }

    /** The criterion is met from {@code date} on ({@code fact} is usually {@code $.asOf}). */
    public static Gap reachDate(String fact, LocalDate date) {
        return new Gap(fact, GapKind.REACH_DATE, Optional.empty(), Optional.empty(), Optional.of(date), List.of(),
                List.of());
    }

    /** The fact would have to take one of {@code values}. */
    public static Gap change(String fact, List<String> values) {
        return new Gap(fact, GapKind.CHANGE, Optional.empty(), Optional.empty(), Optional.empty(), values,
                List.of());
    }

    /** The person cannot change the fact. */
    public static Gap unchangeable(String fact) {
        return new Gap(fact, GapKind.UNCHANGEABLE, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), List.of());
    }

    /** This gap with {@code route} added after the routes it lists. */
    public Gap withRoute(Route route) {
        List<Route> more = new java.util.ArrayList<>(routes);
        more.add(Checks.required(route, "route"));
        return new Gap(fact, kind, amount, unit, date, values, more);
    }

    /** Whether the person can change the fact at all. */
    public boolean changeable() {
        return kind != GapKind.UNCHANGEABLE;
    }
}

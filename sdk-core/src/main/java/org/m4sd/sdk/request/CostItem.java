package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;
import org.m4sd.sdk.internal.Consistency;

/**
 * One cost paid by a worker (or the worker's family) to be recruited.
 *
 * @param item     the kind of cost (its canonical item: a synonym read from JSON is stored as the item it names)
 * @param amount   not negative, at most 10^12
 * @param currency ISO 4217 code of the amount
 * @param paidOn   the day it was paid, when known: a cost is judged under the rule in force that day
 */
@API(status = STABLE, since = "0.1")
public record CostItem(CostType item, BigDecimal amount, String currency, Optional<LocalDate> paidOn) {
    /** Rejects nulls, negative amounts and unknown currencies. */
    public CostItem {
        Checks.required(item, "item");
        Consistency.plausibleAmount(amount, "amount");
        Money.requireCurrency(currency, "currency");
        Checks.optional(paidOn, "paidOn");
    }

    /** A cost whose payment day is not known. */
    public CostItem(CostType item, BigDecimal amount, String currency) {
        this(item, amount, currency, Optional.empty());
    }

    /** Convenience factory. */
    public static CostItem of(CostType item, long amount, String currency) {
        return new CostItem(item, BigDecimal.valueOf(amount), currency);
    }

    /** Convenience factory for a cost paid on a known day. */
    @API(status = STABLE, since = "0.2")
    public static CostItem of(CostType item, long amount, String currency, LocalDate paidOn) {
        return new CostItem(item, BigDecimal.valueOf(amount), currency, Optional.of(paidOn));
    }

    /** The cost as money. */
    public Money money() {
        return new Money(amount, currency);
    }
}

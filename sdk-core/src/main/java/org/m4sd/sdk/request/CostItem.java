package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * One cost paid by a worker (or the worker's family) to be recruited.
 *
 * @param item     the kind of cost
 * @param amount   not negative
 * @param currency ISO 4217 code of the amount
 */
@API(status = STABLE, since = "0.1")
public record CostItem(CostType item, BigDecimal amount, String currency) {
    /** Rejects nulls, negative amounts and unknown currencies. */
    public CostItem {
        Checks.required(item, "item");
        Checks.nonNegative(amount, "amount");
        Money.requireCurrency(currency, "currency");
    }

    /** Convenience factory. */
    public static CostItem of(CostType item, long amount, String currency) {
        return new CostItem(item, BigDecimal.valueOf(amount), currency);
    }

    /** The cost as money. */
    public Money money() {
        return new Money(amount, currency);
    }
}

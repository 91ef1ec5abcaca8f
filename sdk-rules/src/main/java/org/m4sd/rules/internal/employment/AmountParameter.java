package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;
import org.m4sd.rules.internal.packs.Source;

/**
 * An amount a national rule fixes (a cap on a charge, a contribution due), as the pack states it.
 *
 * @param amount   the amount
 * @param currency its currency
 * @param source   where the pack takes it from
 */
public record AmountParameter(BigDecimal amount, String currency, Source source) {

    /** The amount as messages show it: {@code "NPR 10000"}. */
    public String text() {
        return Amounts.money(amount, currency);
    }
}

package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;
import org.m4sd.rules.internal.packs.Source;

/**
 * A government ceiling on what a worker recruited for one destination may be charged in all.
 *
 * @param destination ISO 3166-1 alpha-3 code of the destination it applies to
 * @param amount      the ceiling
 * @param currency    its currency
 * @param since       the first day this ceiling is in force, as messages show it
 * @param source      where the pack takes it from
 */
public record Ceiling(String destination, BigDecimal amount, String currency, String since, Source source) {

    /** The ceiling as messages show it: {@code "BDT 165000"}. */
    public String text() {
        return Amounts.money(amount, currency);
    }
}

package org.m4sd.rules.internal.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.m4sd.sdk.request.Money;

/**
 * What a worker paid compared with a cap a national rule sets (Nepal's service-charge cap and welfare-fund amount,
 * the Philippine placement-fee cap, a Bangladeshi ceiling), with the figures the explanation shows.
 *
 * @param verdict         within the cap, above it, or not known for want of an exchange rate
 * @param paid            what was paid, currency by currency, followed by its value in the cap's currency (rounded
 *                        to cents) when some was paid in another currency and all of it could be converted
 * @param cap             the cap, as the messages show it
 * @param missingRatePath the JSON path of the exchange rate that left the verdict unknown, else empty
 */
record ReferenceFrCap(Verdict verdict, String paid, String cap, String missingRatePath) {

    /** Where what was paid stands against the cap. */
    enum Verdict { WITHIN, EXCEEDED, UNKNOWN }

    /**
     * Compares {@code costs} with {@code cap}. Amounts in the cap's currency need no rate. Amounts in other currencies
     * are brought into the cap's currency through the earnings currency, which needs the cap currency's own rate
     * first. What can be converted decides alone when it already exceeds the cap; otherwise a missing rate leaves
     * the verdict unknown, naming the cap currency's rate if that is the one missing, else the first missing in
     * alphabetical order.
     */
    static ReferenceFrCap compare(ReferenceFrCosts costs, Money cap, ReferenceFrRates rates) {
        String currency = cap.currency();
        String capText = ReferenceFrCosts.text(cap.amount(), currency);
        BigDecimal inOwnCurrency = costs.sumIn(currency);
        SortedSet<String> others = costs.otherCurrenciesPaid(currency);
        if (others.isEmpty()) {
            Verdict verdict = inOwnCurrency.compareTo(cap.amount()) > 0 ? Verdict.EXCEEDED : Verdict.WITHIN;
            return new ReferenceFrCap(verdict, costs.describe(), capText, "");
        }
        Optional<BigDecimal> capUnit = rates.unitValue(currency);
        if (capUnit.isEmpty()) {
            // Nothing paid in another currency can be expressed in the cap's: only the cap-currency part is known.
            Verdict verdict = inOwnCurrency.compareTo(cap.amount()) > 0 ? Verdict.EXCEEDED : Verdict.UNKNOWN;
            return new ReferenceFrCap(verdict, costs.describe(), capText,
                    verdict == Verdict.UNKNOWN ? ReferenceFrRates.missingRatePath(currency) : "");
        }
        BigDecimal knownInEarnings = inOwnCurrency.multiply(capUnit.get());
        SortedSet<String> unconvertible = new TreeSet<>();
        var byCurrency = costs.paidByCurrency();
        for (String other : others) {
            Optional<BigDecimal> unit = rates.unitValue(other);
            if (unit.isPresent()) {
                knownInEarnings = knownInEarnings.add(byCurrency.get(other).multiply(unit.get()));
            } else {
                unconvertible.add(other);
            }
        }
        boolean above = knownInEarnings.compareTo(cap.amount().multiply(capUnit.get())) > 0;
        if (!unconvertible.isEmpty()) {
            return above ? new ReferenceFrCap(Verdict.EXCEEDED, costs.describe(), capText, "")
                    : new ReferenceFrCap(Verdict.UNKNOWN, costs.describe(), capText,
                            ReferenceFrRates.missingRatePath(unconvertible.first()));
        }
        BigDecimal inCapCurrency = knownInEarnings.divide(capUnit.get(), 2, RoundingMode.HALF_UP);
        String paid = costs.describe() + " (" + ReferenceFrCosts.text(inCapCurrency, currency) + ")";
        return new ReferenceFrCap(above ? Verdict.EXCEEDED : Verdict.WITHIN, paid, capText, "");
    }
}

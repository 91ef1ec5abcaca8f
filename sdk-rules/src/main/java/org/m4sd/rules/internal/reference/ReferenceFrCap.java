package org.m4sd.rules.internal.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.m4sd.sdk.decision.Gap;
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
 * @param excess          when above the cap, what is to be repaid: the amount above it, in the cap's currency, of
 *                        what could be converted
 */
record ReferenceFrCap(Verdict verdict, String paid, String cap, String missingRatePath, Optional<Gap> excess) {

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
        Optional<Gap> ownExcess = inOwnCurrency.compareTo(cap.amount()) > 0
                ? Optional.of(ReferenceFrRepayment.aboveCap(inOwnCurrency.subtract(cap.amount()), currency))
                : Optional.empty();
        if (others.isEmpty()) {
            Verdict verdict = ownExcess.isPresent() ? Verdict.EXCEEDED : Verdict.WITHIN;
            return new ReferenceFrCap(verdict, costs.describe(), capText, "", ownExcess);
        }
        Optional<BigDecimal> capUnit = rates.unitValue(currency);
        if (capUnit.isEmpty()) {
            // Nothing paid in another currency can be expressed in the cap's: only the cap-currency part is known.
            Verdict verdict = ownExcess.isPresent() ? Verdict.EXCEEDED : Verdict.UNKNOWN;
            return new ReferenceFrCap(verdict, costs.describe(), capText,
                    verdict == Verdict.UNKNOWN ? ReferenceFrRates.missingRatePath(currency) : "", ownExcess);
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
        BigDecimal capInEarnings = cap.amount().multiply(capUnit.get());
        boolean above = knownInEarnings.compareTo(capInEarnings) > 0;
        // Above the cap, what could be converted beyond it is to be repaid, in the cap's currency, to the cent.
        Optional<Gap> excess = above ? Optional.of(ReferenceFrRepayment.aboveCap(
                knownInEarnings.subtract(capInEarnings).divide(capUnit.get(), 2, RoundingMode.CEILING), currency))
                : Optional.empty();
        if (!unconvertible.isEmpty()) {
            return above ? new ReferenceFrCap(Verdict.EXCEEDED, costs.describe(), capText, "", excess)
                    : new ReferenceFrCap(Verdict.UNKNOWN, costs.describe(), capText,
                            ReferenceFrRates.missingRatePath(unconvertible.first()), excess);
        }
        BigDecimal inCapCurrency = knownInEarnings.divide(capUnit.get(), 2, RoundingMode.HALF_UP);
        String paid = costs.describe() + " (" + ReferenceFrCosts.text(inCapCurrency, currency) + ")";
        return new ReferenceFrCap(above ? Verdict.EXCEEDED : Verdict.WITHIN, paid, capText, "", excess);
    }
}

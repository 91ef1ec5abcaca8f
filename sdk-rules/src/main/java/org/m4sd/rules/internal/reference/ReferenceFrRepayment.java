package org.m4sd.rules.internal.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.request.CostType;

/**
 * What the worker is to be repaid for a fair-recruitment criterion to be met (issue 18: the gap to compliance), on
 * the request fact {@code $.recruitment.costsPaidByWorker}. Money is stated to the cent, rounded up: repaying the
 * amount is enough, a cent less is not.
 *
 * @param gap  the gap
 * @param text what is to be repaid as the explanation shows it: currency by currency, then, where it was paid in
 *             several currencies and could be added up, the sum in the gap's currency in parentheses
 */
record ReferenceFrRepayment(Gap gap, String text) {
    static final String COSTS = "$.recruitment.costsPaidByWorker";

    /** A cap exceeded: the amount above the cap, in the cap's currency ({@code excess} as compared, exactly). */
    static Gap aboveCap(BigDecimal excess, String capCurrency) {
        return Gap.decrease(COSTS, cents(excess), capCurrency);
    }

    /**
     * Costs none of which may be charged: all of {@code charged} is to be repaid. In the currency it was paid in,
     * if one; else in {@code sumIn} where the request's rates value every currency paid and that one; else the
     * amounts cannot be added and the gap names the kinds of cost to repay.
     */
    static ReferenceFrRepayment allOf(ReferenceFrCosts charged, Optional<String> sumIn, ReferenceFrRates rates) {
        SortedMap<String, BigDecimal> byCurrency = charged.paidByCurrency();
        String described = charged.describe();
        if (byCurrency.size() == 1) {
            Map.Entry<String, BigDecimal> only = byCurrency.entrySet().iterator().next();
            return new ReferenceFrRepayment(Gap.decrease(COSTS, cents(only.getValue()), only.getKey()), described);
        }
        Optional<BigDecimal> total = sumIn.flatMap(currency -> sum(byCurrency, currency, rates));
        if (total.isPresent()) {
            BigDecimal amount = cents(total.get());
            return new ReferenceFrRepayment(Gap.decrease(COSTS, amount, sumIn.get()),
                    described + " (" + ReferenceFrCosts.text(amount, sumIn.get()) + ")");
        }
        List<String> kinds = new ArrayList<>();
        for (CostType kind : charged.kindsPaid()) {
            kinds.add(kind.name());
        }
        return new ReferenceFrRepayment(Gap.change(COSTS, kinds), described);
    }

    /** The amounts valued in {@code currency}, rounded up to the cent; empty where a rate is lacking. */
    private static Optional<BigDecimal> sum(SortedMap<String, BigDecimal> byCurrency, String currency,
            ReferenceFrRates rates) {
        Optional<BigDecimal> unit = rates.unitValue(currency);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal inRatesCurrency = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> paid : byCurrency.entrySet()) {
            Optional<BigDecimal> value = rates.unitValue(paid.getKey());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            inRatesCurrency = inRatesCurrency.add(paid.getValue().multiply(value.get()));
        }
        return Optional.of(inRatesCurrency.divide(unit.get(), 2, RoundingMode.CEILING));
    }

    /** Up to the cent, without trailing zeros. */
    static BigDecimal cents(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.CEILING).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}

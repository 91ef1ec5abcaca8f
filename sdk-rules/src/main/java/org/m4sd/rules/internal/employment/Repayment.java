package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;

/**
 * What would have to be repaid to the worker for a criterion on recruitment costs to be met, and how messages
 * show it: the gap on {@code $.recruitment.costsPaidByWorker}. A gap states an amount of money to the cent: an
 * amount with more places is rounded up, so that repaying it is enough and a cent less is not.
 *
 * @param gap  the gap
 * @param text what is to be repaid, currency by currency ({@code "NPR 1500 + USD 20"}), followed by its sum in the
 *             gap's currency when it was paid in several ({@code "NPR 1500 + USD 20 (QAR 123.46)"})
 */
public record Repayment(Gap gap, String text) {
    /** The request fact every fair-recruitment gap is on. */
    public static final String COSTS_PAID = "$.recruitment.costsPaidByWorker";

    /** Places of a gap's amount of money. */
    private static final int CENTS = 2;

    /**
     * A cost charged above a cap: the amount paid beyond it, in the cap's currency. {@code paid} was measured in
     * that currency and is above the cap.
     */
    public static Gap above(Paid paid, BigDecimal cap) {
        return Gap.decrease(COSTS_PAID, toTheCent(paid.amount().subtract(cap)), paid.currency());
    }

    /**
     * Everything paid for {@code items}, none of which may be charged: in the one currency it was paid in; paid in
     * several, in {@code currency} (null for none) where the request's rates convert every amount into it;
     * otherwise the amounts cannot be added up, and the gap names the items whose charges are to be repaid.
     */
    static Repayment ofItems(List<CostItem> costs, Set<CostType> items, String currency, Conversion conversion) {
        List<CostItem> charged = new ArrayList<>(costs.size());
        // the currency the charges were paid in, while there is one
        String paidIn = null;
        boolean severalCurrencies = false;
        for (int i = 0; i < costs.size(); i++) {
            CostItem cost = costs.get(i);
            if (items.contains(cost.item()) && cost.amount().signum() > 0) {
                charged.add(cost);
                if (paidIn == null) {
                    paidIn = cost.currency();
                } else if (!paidIn.equals(cost.currency())) {
                    severalCurrencies = true;
                }
            }
        }
        String own = Amounts.byCurrency(charged);
        if (paidIn != null && !severalCurrencies) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < charged.size(); i++) {
                sum = sum.add(charged.get(i).amount());
            }
            return new Repayment(Gap.decrease(COSTS_PAID, toTheCent(sum), paidIn), own);
        }
        if (currency != null) {
            Paid paid = conversion.paid(charged, currency);
            if (paid.missingRate() == null) {
                BigDecimal amount = toTheCent(paid.amount());
                return new Repayment(Gap.decrease(COSTS_PAID, amount, currency),
                        own + " (" + Amounts.money(amount, currency) + ")");
            }
        }
        Set<CostType> chargedItems = EnumSet.noneOf(CostType.class);
        for (CostItem cost : charged) {
            chargedItems.add(cost.item());
        }
        List<String> names = new ArrayList<>();
        for (CostType item : chargedItems) {
            names.add(item.name());
        }
        return new Repayment(Gap.change(COSTS_PAID, names), own);
    }

    /** {@code amount} rounded up to the cent, without trailing zeros. */
    private static BigDecimal toTheCent(BigDecimal amount) {
        BigDecimal cents = amount.setScale(CENTS, RoundingMode.CEILING).stripTrailingZeros();
        return cents.scale() < 0 ? cents.setScale(0) : cents;
    }
}

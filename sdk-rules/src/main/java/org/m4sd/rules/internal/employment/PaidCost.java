package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.m4sd.sdk.request.CostType;

/**
 * One cost the worker paid, as measured from the request.
 *
 * @param item                     the canonical cost item
 * @param amount                   the amount paid, in {@code currency}
 * @param currency                 the currency it was paid in
 * @param amountInEarningsCurrency its exact value in the currency of the first month's earnings, or null when the
 *                                 request gives no earnings or no rate for {@code currency} (zero for nothing paid)
 * @param judgedOn                 the day it is judged on: the day it was paid, else the first job's start, else
 *                                 the decision date
 * @param judgedBy                 which of those days {@code judgedOn} is
 */
public record PaidCost(CostType item, BigDecimal amount, String currency, BigDecimal amountInEarningsCurrency,
        LocalDate judgedOn, JudgedBy judgedBy) {

    /** The day a cost is judged on, as the request gives it (DOMAIN.md 4.18). */
    public enum JudgedBy {
        /** The day the cost was paid. */
        PAID_ON,
        /** No payment day: the first job's start. */
        FIRST_JOB_START,
        /** Neither: the decision date. */
        DECISION_DATE
    }

    /** The cost as messages show it: {@code "VISA BDT 5000"}. */
    String text() {
        return item.name() + " " + Amounts.money(amount, currency);
    }
}

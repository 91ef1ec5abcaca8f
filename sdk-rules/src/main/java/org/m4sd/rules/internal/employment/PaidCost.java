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
 * @param paidOn                   the day it was paid, as far as the request tells: the first job's start, or null.
 *                                 The rules read the parameters in force on the request's date, not on this day
 */
public record PaidCost(CostType item, BigDecimal amount, String currency, BigDecimal amountInEarningsCurrency,
        LocalDate paidOn) {
}

package org.m4sd.rules.internal.socialsecurity;

import java.math.BigDecimal;

/**
 * How an early path's pension is reduced for starting before the pensionable age ({@code ss.pension.early-paths},
 * {@code reduction}): a percentage for each period, or part of a period, between the start and the pensionable
 * age, at most a cap where the law sets one.
 *
 * @param percentPerPeriod the reduction for each period, in percent
 * @param periodMonths     the period in months: 1 (a month) or 3 (a quarter)
 * @param capPercent       the most the reduction can be, in percent; null where the law sets none
 * @param capPeriods       the most periods the reduction counts before it reaches the cap (the cap over the
 *                         percentage, rounded down); {@link Integer#MAX_VALUE} without a cap
 */
public record EarlyReduction(BigDecimal percentPerPeriod, int periodMonths, BigDecimal capPercent, int capPeriods) {
    /** 0 when the period is a month, 1 a quarter (for message choice formats). */
    public int periodIndex() {
        return periodMonths == 3 ? 1 : 0;
    }
}

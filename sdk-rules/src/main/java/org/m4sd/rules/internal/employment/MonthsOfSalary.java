package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.request.Money;

/**
 * A cap stated as a number of months of the worker's basic salary.
 *
 * @param months the number of months (it may have a fraction)
 * @param source where the pack takes it from
 */
public record MonthsOfSalary(BigDecimal months, Source source) {

    /** The cap for a worker with this monthly salary, exactly: the salary times the number of months. */
    public BigDecimal amountFor(Money monthlyBasicSalary) {
        return monthlyBasicSalary.amount().multiply(months);
    }

    /** The number as messages show it: {@code "1"}, {@code "1.5"}. */
    public String text() {
        return months.stripTrailingZeros().toPlainString();
    }
}

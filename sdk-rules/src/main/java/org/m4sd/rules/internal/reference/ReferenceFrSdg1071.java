package org.m4sd.rules.internal.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.Money;

/**
 * SDG indicator 10.7.1 for one worker (DOMAIN.md section 3): the recruitment costs the worker bore, C, as a
 * proportion of one month's earnings in the destination, E. C is added up exactly in the earnings currency through
 * the request's exchange rates and shown rounded to cents; the ratio C / E is rounded to four places. A worker whose
 * costs cannot be converted is reported as such, never dropped.
 */
final class ReferenceFrSdg1071 {
    static final int MONEY_SCALE = 2;
    static final int RATIO_SCALE = 4;

    private ReferenceFrSdg1071() {
    }

    /** The indicator for one worker, or why it cannot be computed. */
    sealed interface Measure {
    }

    /** C / E, with C in the earnings currency. */
    record Ratio(BigDecimal ratio, BigDecimal costs, Money earnings) implements Measure {
    }

    /** The earnings are given as zero: C is known, C / E is not. */
    record ZeroEarnings(BigDecimal costs, String currency) implements Measure {
    }

    /** A cost is in a currency without an exchange rate (the first such currency in alphabetical order). */
    record RateMissing(String currency) implements Measure {
    }

    /**
     * The earnings are not given. C can still be reported when everything was paid in one currency (then in that
     * currency) or nothing was paid (then without a currency).
     */
    record NoEarnings(Optional<BigDecimal> costs, Optional<String> currency) implements Measure {
    }

    /** The indicator for a worker who paid {@code costs} and earned {@code firstMonth}, if given. */
    static Measure measure(ReferenceFrCosts costs, Optional<Money> firstMonth, ReferenceFrRates rates) {
        if (firstMonth.isEmpty()) {
            SortedSet<String> currencies = new TreeSet<>(costs.paidByCurrency().keySet());
            if (currencies.size() > 1) {
                return new NoEarnings(Optional.empty(), Optional.empty());
            }
            BigDecimal sum = costs.items().stream().map(CostItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new NoEarnings(Optional.of(cents(sum)),
                    currencies.isEmpty() ? Optional.empty() : Optional.of(currencies.first()));
        }
        Money earnings = firstMonth.get();
        BigDecimal inEarnings = BigDecimal.ZERO;
        SortedSet<String> withoutRate = new TreeSet<>();
        for (var paid : costs.paidByCurrency().entrySet()) {
            Optional<BigDecimal> unit = rates.unitValue(paid.getKey());
            if (unit.isPresent()) {
                inEarnings = inEarnings.add(paid.getValue().multiply(unit.get()));
            } else {
                withoutRate.add(paid.getKey());
            }
        }
        if (!withoutRate.isEmpty()) {
            return new RateMissing(withoutRate.first());
        }
        if (earnings.amount().signum() == 0) {
            return new ZeroEarnings(cents(inEarnings), earnings.currency());
        }
        // The ratio divides the exact total, not the total rounded to cents.
        BigDecimal ratio = inEarnings.divide(earnings.amount(), RATIO_SCALE, RoundingMode.HALF_UP);
        return new Ratio(ratio, cents(inEarnings), earnings);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }
}

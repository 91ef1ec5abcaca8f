package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.Money;

/**
 * Amounts in several currencies, compared exactly. A request's {@code exchangeRates} give, for each currency, the
 * value of one unit in the earnings currency; the earnings currency itself converts at one. Comparisons multiply
 * both sides into that base and never divide, so no rounding can move an amount across a cap; only the figures
 * shown in messages and values are rounded.
 */
final class Conversion {
    /** The outcome of comparing what a worker paid with a cap. */
    enum Check { WITHIN, EXCEEDED, UNKNOWN }

    /**
     * What was paid against a cap.
     *
     * @param check           within, exceeded, or unknown for want of a rate
     * @param paid            what was paid in the cap's currency, for messages (rounded to 2 places); when
     *                        {@code partial}, only the amounts that could be converted
     * @param partial         whether some amounts could not be converted (no rate)
     * @param missingCurrency the currency without a rate (first in alphabetical order), or null
     */
    record CapResult(Check check, BigDecimal paid, boolean partial, String missingCurrency) {
        String missingPath() {
            return missingCurrency == null ? null : "$.recruitment.exchangeRates." + missingCurrency;
        }
    }

    private final String earningsCurrency;
    private final Map<String, BigDecimal> rates;

    Conversion(String earningsCurrency, Map<String, BigDecimal> rates) {
        this.earningsCurrency = earningsCurrency;
        this.rates = rates;
    }

    /** The value of one unit of {@code currency} in the earnings currency, if the request gives it. */
    Optional<BigDecimal> rate(String currency) {
        if (currency.equals(earningsCurrency)) {
            return Optional.of(BigDecimal.ONE);
        }
        return Optional.ofNullable(rates.get(currency));
    }

    /**
     * Compares the sum of {@code items} with {@code cap}. Amounts in the cap's own currency need no rate. When a
     * rate is missing, the amounts that can be converted still decide if they alone exceed the cap.
     */
    CapResult check(List<CostItem> items, Money cap) {
        BigDecimal same = BigDecimal.ZERO;
        boolean others = false;
        for (CostItem i : items) {
            if (i.currency().equals(cap.currency())) {
                same = same.add(i.amount());
            } else if (i.amount().signum() > 0) {
                others = true;
            }
        }
        if (!others) {
            return new CapResult(same.compareTo(cap.amount()) > 0 ? Check.EXCEEDED : Check.WITHIN, same, false, null);
        }
        Optional<BigDecimal> capRate = rate(cap.currency());
        if (capRate.isEmpty()) {
            if (same.compareTo(cap.amount()) > 0) {
                return new CapResult(Check.EXCEEDED, same, true, null);
            }
            return new CapResult(Check.UNKNOWN, same, true, cap.currency());
        }
        BigDecimal base = same.multiply(capRate.get());
        TreeSet<String> missing = new TreeSet<>();
        for (CostItem i : items) {
            if (!i.currency().equals(cap.currency()) && i.amount().signum() > 0) {
                Optional<BigDecimal> r = rate(i.currency());
                if (r.isPresent()) {
                    base = base.add(i.amount().multiply(r.get()));
                } else {
                    missing.add(i.currency());
                }
            }
        }
        BigDecimal capBase = cap.amount().multiply(capRate.get());
        BigDecimal paid = inCap(base, capRate.get());
        if (base.compareTo(capBase) > 0) {
            return new CapResult(Check.EXCEEDED, paid, !missing.isEmpty(), null);
        }
        if (!missing.isEmpty()) {
            return new CapResult(Check.UNKNOWN, paid, true, missing.first());
        }
        return new CapResult(Check.WITHIN, paid, false, null);
    }

    /**
     * The exact sum of {@code items} in the earnings currency, or empty naming (in {@code missing}) the currencies
     * without a rate.
     */
    Optional<BigDecimal> totalInEarningsCurrency(List<CostItem> items, TreeSet<String> missing) {
        BigDecimal total = BigDecimal.ZERO;
        for (CostItem i : items) {
            if (i.amount().signum() == 0) {
                continue;
            }
            Optional<BigDecimal> r = earningsCurrency == null ? Optional.empty() : rate(i.currency());
            if (r.isPresent()) {
                total = total.add(i.amount().multiply(r.get()));
            } else {
                missing.add(i.currency());
            }
        }
        return missing.isEmpty() ? Optional.of(total) : Optional.empty();
    }

    private static BigDecimal inCap(BigDecimal base, BigDecimal capRate) {
        return base.divide(capRate, 2, RoundingMode.HALF_UP);
    }
}

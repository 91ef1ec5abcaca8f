package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.m4sd.sdk.request.CostItem;

/**
 * Amounts in several currencies brought into one. A request's {@code exchangeRates} give, for each currency, the
 * value of one unit in the earnings currency; the earnings currency itself converts at one. Sums are taken in the
 * earnings currency, where they are exact, and only then divided into another currency, with enough digits that
 * no comparison with a cap can come out otherwise than exactly; only the figures shown in messages are rounded.
 */
final class Conversion {
    /**
     * The most decimal places of an amount a converted sum is compared with (a cap, a ceiling, a salary times a
     * number of months): the division into the cap's currency keeps enough digits for such a comparison to be
     * exact.
     */
    static final int COMPARISON_SCALE = 64;

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

    /** The exact value of {@code amount} in the earnings currency, or null without earnings or a rate. */
    BigDecimal inEarningsCurrency(BigDecimal amount, String currency) {
        if (amount.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (earningsCurrency == null) {
            return null;
        }
        return rate(currency).map(amount::multiply).orElse(null);
    }

    /**
     * What was paid for {@code items}, in {@code currency}. Amounts already in that currency need no rate. When
     * {@code currency} itself has no rate, nothing else can be converted and the currency is the missing rate.
     */
    Paid paid(List<CostItem> items, String currency) {
        BigDecimal same = BigDecimal.ZERO;
        boolean foreign = false;
        for (CostItem i : items) {
            if (i.currency().equals(currency)) {
                same = same.add(i.amount());
            } else if (i.amount().signum() > 0) {
                foreign = true;
            }
        }
        String own = Amounts.byCurrency(items);
        if (!foreign) {
            return new Paid(same, currency, null, own);
        }
        Optional<BigDecimal> targetRate = rate(currency);
        if (targetRate.isEmpty()) {
            return new Paid(same, currency, currency, own);
        }
        BigDecimal rate = targetRate.get();
        BigDecimal base = same.multiply(rate);
        TreeSet<String> missing = new TreeSet<>();
        for (CostItem i : items) {
            if (!i.currency().equals(currency) && i.amount().signum() > 0) {
                Optional<BigDecimal> r = rate(i.currency());
                if (r.isPresent()) {
                    base = base.add(i.amount().multiply(r.get()));
                } else {
                    missing.add(i.currency());
                }
            }
        }
        BigDecimal amount = inCurrency(base, rate);
        if (!missing.isEmpty()) {
            return new Paid(amount, currency, missing.first(), own);
        }
        String shown = Amounts.money(base.divide(rate, 2, RoundingMode.HALF_UP), currency);
        return new Paid(amount, currency, null, own + " (" + shown + ")");
    }

    /**
     * {@code base / rate}. Let A be an amount of at most {@link #COMPARISON_SCALE} places: {@code base} and
     * {@code A * rate} differ, when they differ, by at least one unit of their larger scale, so the quotient lies at
     * least that much over {@code rate} from A; a quotient rounded to the precision below lies closer to the exact
     * one than that, hence on the same side of A, and equals A only when the exact quotient does.
     */
    private static BigDecimal inCurrency(BigDecimal base, BigDecimal rate) {
        if (rate.compareTo(BigDecimal.ONE) == 0) {
            return base;
        }
        int integerDigits = base.precision() - base.scale();
        int precision = integerDigits + Math.max(base.scale(), COMPARISON_SCALE + Math.max(0, rate.scale())) + 2;
        return base.divide(rate, new MathContext(Math.max(precision, 1), RoundingMode.HALF_EVEN));
    }
}

package org.m4sd.rules.internal.reference;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Recruitment;

/**
 * The request's exchange rates: each gives the value of one unit of a currency in the currency of the worker's
 * first month's earnings, which itself is worth one. Without earnings the rates are still read as given: they are
 * all in one currency, the request just does not say which.
 *
 * <p>Amounts in different currencies are compared by multiplying both sides into that one currency, never by
 * dividing, so that the comparison is exact; only the figures shown to the reader are rounded.
 */
final class ReferenceFrRates {
    private final Optional<String> earningsCurrency;
    private final Map<String, BigDecimal> rates;

    ReferenceFrRates(Optional<String> earningsCurrency, Map<String, BigDecimal> rates) {
        this.earningsCurrency = earningsCurrency;
        this.rates = rates;
    }

    /** The rates a recruitment gives, against the currency of its first month's earnings. */
    static ReferenceFrRates of(Recruitment recruitment) {
        return new ReferenceFrRates(recruitment.firstMonthEarnings().map(Money::currency),
                recruitment.exchangeRates());
    }

    /** The value of one unit of {@code currency} in the earnings currency, if the request makes it known. */
    Optional<BigDecimal> unitValue(String currency) {
        if (earningsCurrency.filter(currency::equals).isPresent()) {
            return Optional.of(BigDecimal.ONE);
        }
        return Optional.ofNullable(rates.get(currency));
    }

    /** The JSON path of the rate a conversion lacks. */
    static String missingRatePath(String currency) {
        return "$.recruitment.exchangeRates." + currency;
    }
}

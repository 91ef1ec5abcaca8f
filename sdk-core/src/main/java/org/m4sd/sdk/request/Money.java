package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Currency;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;
import org.m4sd.sdk.internal.Consistency;

/**
 * An amount of money.
 *
 * @param amount   not negative, at most 10^12
 * @param currency ISO 4217 alphabetic code
 */
@API(status = STABLE, since = "0.1")
public record Money(BigDecimal amount, String currency) {
    /** Rejects nulls, negative amounts and codes that are not ISO 4217. */
    public Money {
        Consistency.plausibleAmount(amount, "amount");
        requireCurrency(currency, "currency");
    }

    /** Convenience factory. */
    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    /** Convenience factory. */
    public static Money of(long amount, String currency) {
        return new Money(BigDecimal.valueOf(amount), currency);
    }

    static String requireCurrency(String code, String field) {
        Checks.required(code, field);
        if (!isCurrency(code)) {
            throw new IllegalArgumentException(field + " must be an ISO 4217 currency code, got \"" + code + "\"");
        }
        return code;
    }

    /** True when {@code code} is an ISO 4217 alphabetic currency code known to the Java platform. */
    public static boolean isCurrency(String code) {
        if (code == null || code.length() != 3) {
            return false;
        }
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

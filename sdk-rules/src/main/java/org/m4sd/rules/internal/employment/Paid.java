package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;

/**
 * What the worker paid for some cost items, measured in one currency (the currency of the cap a rule compares it
 * with). Amounts in other currencies are converted through the request's exchange rates; those without a rate
 * are left out of {@code amount} and named by {@code missingRate}, so a rule can still find the amount that could
 * be converted above a cap, but not within it.
 *
 * @param amount      what could be converted, in {@code currency}; exact enough that comparing it with any amount
 *                    of up to {@link Conversion#COMPARISON_SCALE} decimal places gives the exact answer
 * @param currency    the currency of {@code amount}
 * @param missingRate the first currency (in alphabetical order) whose rate the conversion lacked, or null
 * @param text        what was paid, for messages: the amounts in their own currencies, followed by their value in
 *                    {@code currency} (rounded to 2 places) when some were converted and none lacked a rate
 */
public record Paid(BigDecimal amount, String currency, String missingRate, String text) {

    /** The JSON path of the missing exchange rate, for an unknown criterion. */
    public String missingRatePath() {
        return missingRate == null ? null : "$.recruitment.exchangeRates." + missingRate;
    }
}

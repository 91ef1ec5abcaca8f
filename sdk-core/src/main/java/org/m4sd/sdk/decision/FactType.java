package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The type of the answer a {@link Question} asks for, as the request's JSON Schema gives it. */
@API(status = EXPERIMENTAL, since = "0.2")
public enum FactType {
    /** An ISO 8601 date, {@code 2027-04-02}. */
    DATE,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A whole number of the question's unit. */
    INTEGER,
    /** A decimal number of the question's unit (an exchange rate, an amount in a currency). */
    NUMBER,
    /** One of the question's allowed values. */
    ONE_OF,
    /** Any number of the question's allowed values, none included. */
    SOME_OF,
    /** An ISO 3166-1 alpha-3 country code. */
    COUNTRY,
    /** ISO 639-1 language codes, any number. */
    LANGUAGES,
    /** A sum of money: an amount and its ISO 4217 currency. */
    MONEY,
    /** Periods of work abroad, each a country and two dates. */
    PERIODS
}

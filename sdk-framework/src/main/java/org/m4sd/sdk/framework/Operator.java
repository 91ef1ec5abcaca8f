package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/** A DHIS2 validation-rule operator between a left and a right expression. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Operator {
    /** left == right. */
    EQUAL_TO,
    /** left != right. */
    NOT_EQUAL_TO,
    /** left &gt; right. */
    GREATER_THAN,
    /** left &gt;= right. */
    GREATER_THAN_OR_EQUAL_TO,
    /** left &lt; right. */
    LESS_THAN,
    /** left &lt;= right. */
    LESS_THAN_OR_EQUAL_TO,
    /** Both sides have a value, or neither has. */
    COMPULSORY_PAIR,
    /** Not both sides have a value. */
    EXCLUSIVE_PAIR;

    /** The DHIS2 spelling, for example {@code less_than_or_equal_to}. */
    public String dhis2Name() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for {@link #COMPULSORY_PAIR} and {@link #EXCLUSIVE_PAIR}, which test presence, not values. */
    public boolean pair() {
        return this == COMPULSORY_PAIR || this == EXCLUSIVE_PAIR;
    }
}

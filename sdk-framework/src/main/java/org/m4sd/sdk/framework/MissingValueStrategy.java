package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a DHIS2 validation rule does when a side of it has missing values. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum MissingValueStrategy {
    /** Always evaluate; a missing value counts as 0 (pair operators look at presence instead). */
    NEVER_SKIP,
    /** Skip the rule when any value of the side is missing. */
    SKIP_IF_ANY_VALUE_MISSING,
    /** Skip the rule when every value of the side is missing. */
    SKIP_IF_ALL_VALUES_MISSING
}

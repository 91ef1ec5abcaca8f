package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The unit in which a social-security scheme recorded a contribution period (DOMAIN.md 4.5): schemes count
 * records in months, declared days or weeks.
 */
@API(status = STABLE, since = "0.1")
public enum ContributionUnit {
    /** Contribution months. */
    MONTHS,
    /** Weeks paid or credited. */
    WEEKS,
    /** Declared (insured) days. */
    DAYS
}

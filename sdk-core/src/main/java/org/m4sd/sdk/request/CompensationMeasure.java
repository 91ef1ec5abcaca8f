package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Compensation measures for a substantial difference in a regulated profession (EU Directive 2005/36 art. 14). */
@API(status = STABLE, since = "0.1")
public enum CompensationMeasure {
    /** A supervised adaptation period of at most three years. */
    ADAPTATION_PERIOD,
    /** An aptitude test. */
    APTITUDE_TEST
}

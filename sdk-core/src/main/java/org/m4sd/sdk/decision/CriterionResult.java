package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The result of one criterion of a determination. */
@API(status = STABLE, since = "0.1")
public enum CriterionResult {
    /** The criterion holds. */
    MET,
    /** The criterion does not hold. */
    NOT_MET,
    /** A fact the criterion needs is missing. */
    UNKNOWN
}

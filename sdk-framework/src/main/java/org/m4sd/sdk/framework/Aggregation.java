package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How values of successive periods relate. IATI only describes this in text; the SDK models it. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Aggregation {
    /** Observations and events are increments; the value of a period is the baseline plus every increment from
     * the programme start to the end of the period. */
    CUMULATIVE,
    /** The value of a period is computed from that period's observations and events alone. */
    PERIODIC
}

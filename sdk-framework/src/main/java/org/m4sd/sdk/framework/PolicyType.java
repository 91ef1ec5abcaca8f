package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The kind of instrument a policy-adoption event records. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum PolicyType {
    /** A law or regulation. */
    LAW,
    /** A policy. */
    POLICY,
    /** A strategy. */
    STRATEGY,
    /** An action plan. */
    ACTION_PLAN
}

package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How a diaspora health professional returns to work in the origin country. */
@API(status = STABLE, since = "0.1")
public enum ReturnType {
    /** Physical return for a limited period. */
    TEMPORARY,
    /** Physical return for good. */
    PERMANENT,
    /** Work for the origin country's health system from abroad (tele-health, teaching, mentoring). */
    VIRTUAL
}

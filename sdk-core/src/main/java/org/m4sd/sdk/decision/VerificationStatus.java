package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How well a legal source or parameter has been verified. */
@API(status = STABLE, since = "0.1")
public enum VerificationStatus {
    /** Confirmed in a primary or official text. */
    V,
    /** Only a secondary source (news, law firm, NGO). */
    S,
    /** Believed, not confirmed: check it against the official text before relying on it. */
    B
}

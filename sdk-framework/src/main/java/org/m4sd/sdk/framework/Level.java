package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The level at which an indicator is measured (DOMAIN.md §1). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Level {
    /** Sharing practice and feeding global dialogue. */
    GLOBAL,
    /** Policy implementation and whole-of-government work. */
    NATIONAL,
    /** Concrete projects led by local authorities. */
    LOCAL
}

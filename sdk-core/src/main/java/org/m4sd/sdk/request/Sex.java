package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Sex as recorded, coded as in SDMX ({@code F}, {@code M}); {@code X} where the record says neither. */
@API(status = STABLE, since = "0.1")
public enum Sex {
    /** Female. */
    F,
    /** Male. */
    M,
    /** Neither, or another sex recorded. */
    X
}

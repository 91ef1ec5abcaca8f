package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Importance of a validation rule, as in DHIS2. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Importance {
    /** Must be fixed before the report is published. */
    HIGH,
    /** Should be checked. */
    MEDIUM,
    /** Worth a look. */
    LOW
}

package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * An outcome of the programme (IATI result type 2).
 *
 * @param id    stable id, unique among outcomes and outputs
 * @param title the outcome statement
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ProgrammeOutcome(String id, String title) {
    /** Rejects nulls and blanks. */
    public ProgrammeOutcome {
        Checks.requiredText(id, "id");
        Checks.requiredText(title, "title");
    }
}

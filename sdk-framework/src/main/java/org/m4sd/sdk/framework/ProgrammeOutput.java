package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * An output of the programme (IATI result type 1), contributing to one outcome.
 *
 * @param id      stable id, unique among outcomes and outputs
 * @param outcome id of the outcome it contributes to
 * @param title   the output statement
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ProgrammeOutput(String id, String outcome, String title) {
    /** Rejects nulls and blanks. */
    public ProgrammeOutput {
        Checks.requiredText(id, "id");
        Checks.requiredText(outcome, "outcome");
        Checks.requiredText(title, "title");
    }
}

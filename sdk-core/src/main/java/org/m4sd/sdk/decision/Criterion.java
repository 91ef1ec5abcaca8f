package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * One criterion of a determination, as the rules evaluated it: the explanation is a list of these.
 *
 * @param id         stable criterion id, for example {@code ss.min-contribution}
 * @param rule       the stable name of the rule that produced it, for example {@code ss.min-contribution.met}
 * @param result     met, not met or unknown
 * @param reasonCode stable code for the reason, for example {@code SS_CONTRIB_15Y}; messages are keyed by it
 * @param message    the reason in the request's language, with the figures that decided it
 * @param legalBasis the legal sources of the criterion, at least one
 */
@API(status = STABLE, since = "0.1")
public record Criterion(
        String id,
        String rule,
        CriterionResult result,
        String reasonCode,
        String message,
        List<LegalBasis> legalBasis) {

    /** Rejects nulls and blank ids. */
    public Criterion {
        Checks.requiredText(id, "id");
        Checks.requiredText(rule, "rule");
        Checks.required(result, "result");
        Checks.requiredText(reasonCode, "reasonCode");
        Checks.required(message, "message");
        legalBasis = Checks.list(legalBasis, "legalBasis");
    }
}

package org.m4sd.sdk.decision;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
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
 * @param gap        for a criterion not met, what would have to change for it to be met (the message says it in
 *                   words); empty for a criterion met or unknown
 */
@API(status = STABLE, since = "0.1")
public record Criterion(
        String id,
        String rule,
        CriterionResult result,
        String reasonCode,
        String message,
        List<LegalBasis> legalBasis,
        Optional<Gap> gap) {

    /** Rejects nulls, blank ids, and a gap on a criterion that is not {@code NOT_MET}. */
    public Criterion {
        Checks.requiredText(id, "id");
        Checks.requiredText(rule, "rule");
        Checks.required(result, "result");
        Checks.requiredText(reasonCode, "reasonCode");
        Checks.required(message, "message");
        legalBasis = Checks.list(legalBasis, "legalBasis");
        Checks.optional(gap, "gap");
        if (gap.isPresent() && result != CriterionResult.NOT_MET) {
            throw new IllegalArgumentException("criterion " + id + " is " + result + ": only a criterion not met"
                    + " has a gap");
        }
    }

    /** A criterion without a gap: as the canonical constructor with an empty {@code gap}. */
    public Criterion(String id, String rule, CriterionResult result, String reasonCode, String message,
            List<LegalBasis> legalBasis) {
        this(id, rule, result, reasonCode, message, legalBasis, Optional.empty());
    }
}

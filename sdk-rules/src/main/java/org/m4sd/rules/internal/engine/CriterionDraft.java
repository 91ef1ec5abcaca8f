package org.m4sd.rules.internal.engine;

import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Gap;

/**
 * A criterion as a rule (or the reference implementation) reported it, before messages and sources are resolved.
 * {@code notEncoded} names the condition of law the packs do not encode when that is why the result is unknown,
 * and is null otherwise; an unknown criterion without it lacks the fact at the JSON path {@code args[0]}.
 * {@code gap} is what would meet a criterion not met, as the rule computed it, or null.
 */
public record CriterionDraft(String rule, CriterionResult result, String reasonCode, Object[] args,
        String notEncoded, Gap gap) {

    public CriterionDraft(String rule, CriterionResult result, String reasonCode, Object[] args) {
        this(rule, result, reasonCode, args, null, null);
    }

    public CriterionDraft(String rule, CriterionResult result, String reasonCode, Object[] args,
            String notEncoded) {
        this(rule, result, reasonCode, args, notEncoded, null);
    }
}

package org.m4sd.rules.internal.engine;

import org.m4sd.sdk.decision.CriterionResult;

/** A criterion as a rule (or the reference implementation) reported it, before messages and sources are resolved. */
public record CriterionDraft(String rule, CriterionResult result, String reasonCode, Object[] args) {
}

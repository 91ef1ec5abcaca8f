package org.m4sd.rules.internal.engine;

import java.util.List;
import org.m4sd.sdk.decision.LegalBasis;

/**
 * What a rule's metadata declares: the criterion it decides, its legal bases (keys into the legal-source
 * catalogue) and those sources resolved, the criterion's place in the explanation, and its effect on the outcome.
 */
public record RuleInfo(String rule, String packageName, String criterion, List<String> legalBasis,
        List<LegalBasis> legalSources, int order, Effect effect) {
    public RuleInfo {
        legalBasis = List.copyOf(legalBasis);
        legalSources = List.copyOf(legalSources);
    }
}

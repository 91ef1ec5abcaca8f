package org.m4sd.rules.internal.engine;

import java.util.List;

/**
 * What a rule's metadata declares: the criterion it decides, its legal bases (keys into the legal-source
 * catalogue), the criterion's place in the explanation, and its effect on the outcome.
 */
public record RuleInfo(String rule, String packageName, String criterion, List<String> legalBasis, int order,
        Effect effect) {
}

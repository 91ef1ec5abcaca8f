package org.m4sd.rules.internal.engine;

/**
 * What a criterion that is not met does to the outcome, declared per rule with {@code @effect}.
 */
public enum Effect {
    /** Not met: the person is not entitled (INELIGIBLE) or the costs do not comply (NON_COMPLIANT). */
    BLOCKS,
    /** Not met: entitled once a condition is met (CONDITIONAL): a document, a compensation measure. */
    CONDITIONS,
    /** Reported for the explanation only (a safeguards-list status, which provision was more favourable). */
    INFORMS
}

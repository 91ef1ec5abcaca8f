package org.m4sd.rules.internal.engine;

import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * One determination: how its case fact is built from a request and the parameters in force, which knowledge
 * base decides it, and the plain-Java reference implementation of the same rules (the oracle for differential
 * tests and the baseline for benchmarks).
 */
public interface Determiner {

    Determination determination();

    /** The knowledge base (DRL package under {@code org.m4sd.rules.}) whose rules decide this determination. */
    String knowledgeBase();

    /**
     * The case fact for this request. Reads only what the determination may read: a status-neutral
     * determination's case has no migratory status.
     *
     * @throws IllegalArgumentException naming the field when the request cannot be decided
     */
    CaseFact caseFor(EligibilityRequest request, PackContext packs);

    /** The same rules in plain Java: reports exactly the criteria (by rule name) the DRL rules would. */
    void decideByReference(CaseFact fact);
}

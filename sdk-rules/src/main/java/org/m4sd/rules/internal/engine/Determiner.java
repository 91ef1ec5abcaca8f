package org.m4sd.rules.internal.engine;

import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * One determination on the Drools side: how its case fact is measured from a request (with the parameters in force
 * reached from it), and which knowledge base's rules decide it. The rules hold the legal tests; the case holds no
 * conclusion.
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
}

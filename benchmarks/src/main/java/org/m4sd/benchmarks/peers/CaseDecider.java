package org.m4sd.benchmarks.peers;

import org.m4sd.rules.internal.engine.CaseFact;

/** A peer rule engine's way of deciding one case: it reports on the case the criteria the DRL rules would. */
interface CaseDecider {

    /** Reports on {@code fact} (an old-age pension or fair-recruitment case) the criteria its rules give. */
    void decide(CaseFact fact);
}

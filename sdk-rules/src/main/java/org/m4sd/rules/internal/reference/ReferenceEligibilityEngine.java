package org.m4sd.rules.internal.reference;

import java.util.List;
import org.m4sd.rules.internal.engine.AbstractEngine;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.RuleBases;
import org.m4sd.sdk.EngineOptions;

/**
 * The plain-Java reference implementation of the rule packs: the same cases, parameters and decision
 * assembly as the Drools engine, with each determination's rules written as Java
 * ({@code Determiner.decideByReference}). The oracle for differential tests and the baseline for benchmarks;
 * not registered as a provider.
 */
public final class ReferenceEligibilityEngine extends AbstractEngine {

    private ReferenceEligibilityEngine(EngineOptions options, Runtime runtime) {
        super(options, runtime);
    }

    /** Rule metadata (criterion ids, legal bases) still comes from the rule packs, so both engines cite alike. */
    public static ReferenceEligibilityEngine create(EngineOptions options) {
        return new ReferenceEligibilityEngine(options, Runtime.load(RuleBases.load()));
    }

    @Override
    protected void decide(List<CaseFact> cases) {
        for (CaseFact fact : cases) {
            runtime.determiners().get(fact.getDetermination()).decideByReference(fact);
        }
    }

    @Override
    public void close() {
    }
}

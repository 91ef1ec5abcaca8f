package org.m4sd.rules.internal.drools;

import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.m4sd.rules.internal.engine.AbstractEngine;
import org.m4sd.rules.internal.engine.AbstractEngine.Loading;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.RuleBases;
import org.m4sd.sdk.EngineOptions;

/**
 * The Drools-backed engine. The knowledge base is built once and shared; every evaluation takes an empty session
 * ({@link Sessions}), inserts the cases of one request (or of one batch of requests), fires, and deletes the facts
 * to give the session back empty. Cases carry everything their rules read, so rules never join across requests or
 * determinations.
 */
public final class DroolsEligibilityEngine extends AbstractEngine {
    /**
     * Rule firings allowed per determination decided in one session. A determination fires a few dozen rules; a
     * rule that re-activates itself (a rule that updates a fact its own condition reads, as a mutated rule can)
     * would otherwise never return, so the decision fails with an error instead of hanging its caller.
     */
    static final int MAX_FIRINGS_PER_CASE = 1_000;

    private final Sessions sessions;

    private DroolsEligibilityEngine(EngineOptions options, Runtime runtime, RuleBases bases) {
        super(options, runtime);
        this.sessions = new Sessions(bases.combined(), 2 * Math.max(2, java.lang.Runtime.getRuntime().availableProcessors()));
    }

    /** The engine on the rules that the build generated from the eligibility DRL. */
    public static DroolsEligibilityEngine create(EngineOptions options) {
        Loading loading = Runtime.start(options.packBundles()); // the packs, read beside the rule base
        RuleBases bases = RuleBases.load();
        return new DroolsEligibilityEngine(options, loading.finish(bases), bases);
    }

    /**
     * The engine on another knowledge base of eligibility rules, such as one compiled from mutated DRL at test
     * time; the rule catalogue (criteria, legal bases, order, effect) is read from that knowledge base's rules.
     */
    public static DroolsEligibilityEngine create(EngineOptions options, KieBase rules) {
        return create(options, RuleBases.of(rules));
    }

    private static DroolsEligibilityEngine create(EngineOptions options, RuleBases bases) {
        return new DroolsEligibilityEngine(options, Runtime.load(bases, options.packBundles()), bases);
    }

    @Override
    protected void decide(List<CaseFact> cases) {
        if (cases.isEmpty()) {
            return;
        }
        KieSession session = sessions.take();
        int limit = MAX_FIRINGS_PER_CASE * cases.size();
        try {
            // by index: no iterator per request and per case
            for (int i = 0; i < cases.size(); i++) {
                CaseFact fact = cases.get(i);
                session.insert(fact);
                List<?> parts = fact.parts();
                for (int p = 0; p < parts.size(); p++) {
                    session.insert(parts.get(p));
                }
            }
            if (session.fireAllRules(limit) >= limit) {
                throw new IllegalStateException("the rules did not settle after " + limit + " firings for "
                        + cases.size() + " determinations: a rule keeps re-activating itself (a rule-pack defect)");
            }
        } catch (RuntimeException | Error e) {
            session.dispose();
            throw e;
        }
        sessions.giveBack(session);
    }

    /**
     * Disposes the idle sessions; evaluations still running on this engine finish, and dispose their sessions.
     */
    @Override
    public void close() {
        sessions.close();
    }
}

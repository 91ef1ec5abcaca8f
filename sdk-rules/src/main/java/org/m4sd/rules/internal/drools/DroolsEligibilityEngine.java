package org.m4sd.rules.internal.drools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.m4sd.rules.internal.engine.AbstractEngine;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.RuleBases;
import org.m4sd.sdk.EngineOptions;

/**
 * The Drools-backed engine. The knowledge bases are built once and shared; every evaluation takes a session
 * from a per-base pool, inserts the cases of one request (or one batch of requests), fires, and gives the
 * session back. Cases carry everything their rules read, so rules never join across requests.
 */
public final class DroolsEligibilityEngine extends AbstractEngine {
    private final Map<String, KieSessionsPool> pools = new HashMap<>();

    private DroolsEligibilityEngine(EngineOptions options, Runtime runtime, RuleBases bases) {
        super(options, runtime);
        for (Map.Entry<String, KieBase> e : bases.all().entrySet()) {
            pools.put(e.getKey(), e.getValue().newKieSessionsPool(
                    Math.max(2, java.lang.Runtime.getRuntime().availableProcessors())));
        }
    }

    public static DroolsEligibilityEngine create(EngineOptions options) {
        RuleBases bases = RuleBases.load();
        return new DroolsEligibilityEngine(options, Runtime.load(bases), bases);
    }

    @Override
    protected void decide(List<CaseFact> cases) {
        Map<String, List<CaseFact>> byBase = new HashMap<>(4);
        for (CaseFact fact : cases) {
            Determiner determiner = runtime.determiners().get(fact.getDetermination());
            byBase.computeIfAbsent(determiner.knowledgeBase(), k -> new ArrayList<>()).add(fact);
        }
        for (Map.Entry<String, List<CaseFact>> e : byBase.entrySet()) {
            KieSessionsPool pool = pools.get(e.getKey());
            if (pool == null) {
                throw new IllegalStateException("no knowledge base " + e.getKey());
            }
            KieSession session = pool.newKieSession();
            try {
                for (CaseFact fact : e.getValue()) {
                    session.insert(fact);
                }
                session.fireAllRules();
            } finally {
                session.dispose();
            }
        }
    }

    @Override
    public void close() {
        pools.values().forEach(KieSessionsPool::shutdown);
    }
}

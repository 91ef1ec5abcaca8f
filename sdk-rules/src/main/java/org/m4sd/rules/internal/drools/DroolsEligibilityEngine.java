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
 * The Drools-backed engine. Every evaluation takes an empty session ({@link Sessions}), inserts the cases of one
 * request (or of one batch of requests), fires, and deletes the facts to give the session back empty. Cases carry
 * everything their rules read, so rules never join across requests or determinations.
 *
 * <p>The knowledge base holds the rules of the sectors asked for so far: the first request of a sector not in it
 * builds one knowledge base of those sectors and that one, which every later evaluation shares (at most four
 * builds, one per sector, and one only when the first requests ask for every sector). From a cold JVM a first
 * request of one sector then waits for its own sector's rules, not for all of them.
 */
public final class DroolsEligibilityEngine extends AbstractEngine {
    /**
     * Rule firings allowed per determination decided in one session. A determination fires a few dozen rules; a
     * rule that re-activates itself (a rule that updates a fact its own condition reads, as a mutated rule can)
     * would otherwise never return, so the decision fails with an error instead of hanging its caller.
     */
    static final int MAX_FIRINGS_PER_CASE = 1_000;

    /** Sessions kept idle per knowledge base. */
    private static final int KEPT = 2 * Math.max(2, java.lang.Runtime.getRuntime().availableProcessors());

    /** A knowledge base of some sectors' rules and its sessions. */
    private record Rules(int sectors, Sessions sessions) {
    }

    private final RuleBases bases;
    private final Object building = new Object();
    /** Replaced (under {@link #building}) by one of more sectors; never of fewer. */
    private volatile Rules rules;
    private boolean closed;

    private DroolsEligibilityEngine(EngineOptions options, Runtime runtime, RuleBases bases) {
        super(options, runtime);
        this.bases = bases;
        this.rules = bases.isFixed() ? new Rules(RuleBases.ALL_SECTORS, new Sessions(bases.combined(), KEPT))
                : new Rules(0, null);
    }

    /** The engine on the rules that the build generated from the eligibility DRL. */
    public static DroolsEligibilityEngine create(EngineOptions options) {
        Loading loading = Runtime.start(options.packBundles()); // the packs, read while Drools starts
        RuleBases bases = RuleBases.load();
        bases.prepare();
        return new DroolsEligibilityEngine(options, loading.finish(bases), bases);
    }

    /**
     * The engine on another knowledge base of eligibility rules, such as one compiled from mutated DRL at test
     * time; the rule catalogue (criteria, legal bases, order, effect) is read from that knowledge base's rules.
     */
    public static DroolsEligibilityEngine create(EngineOptions options, KieBase rules) {
        RuleBases bases = RuleBases.of(rules);
        return new DroolsEligibilityEngine(options, Runtime.load(bases, options.packBundles()), bases);
    }

    @Override
    protected void decide(List<CaseFact> cases) {
        if (cases.isEmpty()) {
            return;
        }
        int sectors = RuleBases.sectors(cases);
        Rules current = rules;
        if ((current.sectors() & sectors) != sectors) {
            current = widen(sectors);
        }
        KieSession session = current.sessions().take();
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
        current.sessions().giveBack(session);
    }

    /**
     * The rules of these sectors and of those already loaded, built once: the sectors' rules join the catalogue
     * before any evaluation can fire them, and the sessions of the knowledge base replaced are disposed as their
     * evaluations end.
     */
    private Rules widen(int sectors) {
        synchronized (building) {
            Rules current = rules;
            if ((current.sectors() & sectors) == sectors) {
                return current; // another thread built them meanwhile
            }
            int wider = current.sectors() | sectors;
            KieBase base = bases.forSectors(wider);
            runtime.catalogue().add(bases.rules(base, wider & ~current.sectors()));
            Rules next = new Rules(wider, new Sessions(base, KEPT));
            if (closed) {
                next.sessions().close();
            }
            rules = next;
            if (current.sessions() != null) {
                current.sessions().close();
            }
            return next;
        }
    }

    /** The sectors whose rules the knowledge base holds now, a bit per {@link org.m4sd.sdk.Determination.Sector}. */
    int sectors() {
        return rules.sectors();
    }

    /**
     * Disposes the idle sessions; evaluations still running on this engine finish, and dispose their sessions.
     */
    @Override
    public void close() {
        synchronized (building) {
            closed = true;
            Sessions sessions = rules.sessions();
            if (sessions != null) {
                sessions.close();
            }
        }
    }
}

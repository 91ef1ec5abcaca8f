package org.m4sd.benchmarks.peers;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.m4sd.rules.internal.engine.AbstractEngine;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.RuleBases;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EngineOptions;

/**
 * An engine whose rules run on a peer rule engine (KIE DMN decision tables or Easy Rules) instead of Drools, for
 * the benchmarks only. Cases, parameters and decision assembly are the SDK's own ({@link AbstractEngine}), so
 * the peer does exactly the part Drools does: report each case's criteria. The peers carry the rules of
 * {@link #DECIDES} only; a request for any other determination is refused.
 */
public final class PeerEngine extends AbstractEngine {
    /** The determinations the peers have rules for. */
    public static final Set<Determination> DECIDES = EnumSet.of(Determination.SOCIAL_SECURITY_OLD_AGE_PENSION,
            Determination.EMPLOYMENT_FAIR_RECRUITMENT);

    private final String name;
    private final CaseDecider peer;

    private PeerEngine(EngineOptions options, String name, CaseDecider peer) {
        super(options, Runtime.load(RuleBases.load()));
        this.name = name;
        this.peer = peer;
    }

    /** The rules as DMN decision tables, evaluated by kie-dmn-core. */
    public static PeerEngine dmn(EngineOptions options) {
        return new PeerEngine(options, "DMN", DmnDecider.load());
    }

    /** The rules as Easy Rules {@code Rule}s. */
    public static PeerEngine easyRules(EngineOptions options) {
        return new PeerEngine(options, "Easy Rules", new EasyRulesDecider());
    }

    @Override
    protected void decide(List<CaseFact> cases) {
        for (CaseFact fact : cases) {
            if (!DECIDES.contains(fact.getDetermination())) {
                throw new UnsupportedOperationException("the " + name + " peer has rules for "
                        + DECIDES.stream().map(Determination::id).collect(Collectors.joining(" and "))
                        + " only, not for " + fact.getDetermination().id());
            }
        }
        for (CaseFact fact : cases) {
            peer.decide(fact);
        }
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return "PeerEngine[" + name + "]";
    }
}

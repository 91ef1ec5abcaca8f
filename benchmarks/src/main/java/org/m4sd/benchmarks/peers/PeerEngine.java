package org.m4sd.benchmarks.peers;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.m4sd.rules.spi.CaseRules;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;

/**
 * Engines whose rules run on a peer rule engine (KIE DMN decision tables or Easy Rules) instead of Drools, for
 * the benchmarks only. Cases, parameters and decision assembly are the SDK's own ({@link CaseRules#engine}), so
 * the peer does exactly the part Drools does: report each case's criteria. The peers carry the rules of
 * {@link #DECIDES} only; a request for any other determination is refused.
 */
public final class PeerEngine {
    /** The determinations the peers have rules for. */
    public static final Set<Determination> DECIDES = Collections.unmodifiableSet(EnumSet.of(
            Determination.SOCIAL_SECURITY_OLD_AGE_PENSION, Determination.EMPLOYMENT_FAIR_RECRUITMENT));

    private PeerEngine() {
    }

    /** The rules as DMN decision tables, evaluated by kie-dmn-core. */
    public static EligibilityEngine dmn(EngineOptions options) {
        return CaseRules.engine(options, DmnDecider.load());
    }

    /** The rules as Easy Rules {@code Rule}s. */
    public static EligibilityEngine easyRules(EngineOptions options) {
        return CaseRules.engine(options, new EasyRulesDecider());
    }
}

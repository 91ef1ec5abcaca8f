package org.m4sd.benchmarks.peers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import org.m4sd.rules.spi.CaseRules;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * Engines whose rules run on a peer rule engine (KIE DMN decision tables, Easy Rules, or the Java jDMN generates
 * from decision tables) instead of Drools, for the benchmarks only. Cases, parameters and decision assembly are the
 * SDK's own ({@link CaseRules#engine}), so the peer does exactly the part Drools does: report each case's criteria.
 * The peers carry the rules of {@link #DECIDES} only (jDMN those of {@link #JDMN_DECIDES}); a request for any
 * other determination is refused. They encode the old-age pension without the early (anticipated) pensions: a pension case whose jurisdiction has early paths in force on its date
 * (Tunisia, Serbia from 2024, Moldova from July 2021) is refused too ({@link EarlyPensions}), and the benchmarks
 * that compare the peers time all engines on requests the peers decide ({@link #decidable}).
 */
public final class PeerEngine {
    /** The determinations the peers have rules for. */
    public static final Set<Determination> DECIDES = Collections.unmodifiableSet(EnumSet.of(
            Determination.SOCIAL_SECURITY_OLD_AGE_PENSION, Determination.EMPLOYMENT_FAIR_RECRUITMENT));

    /** The determinations the jDMN peer has rules for. */
    public static final Set<Determination> JDMN_DECIDES = Collections.unmodifiableSet(EnumSet.of(
            Determination.SOCIAL_SECURITY_OLD_AGE_PENSION));

    private PeerEngine() {
    }

    /** The rules as DMN decision tables, evaluated by kie-dmn-core. */
    public static EligibilityEngine dmn(EngineOptions options) {
        return CaseRules.engine(options, DmnDecider.load());
    }

    /**
     * The first {@code size} requests, in order, of those {@code generate} draws (seed 0, 1, 2 ..., each call a
     * fresh batch) that the peers decide: for a comparison in which every engine does the same work.
     */
    public static List<EligibilityRequest> decidable(int size, LongFunction<List<EligibilityRequest>> generate) {
        List<EligibilityRequest> out = new ArrayList<>(size);
        try (EligibilityEngine peer = easyRules(EngineOptions.defaults())) {
            for (long seed = 0; out.size() < size; seed++) {
                for (EligibilityRequest request : generate.apply(seed)) {
                    if (out.size() < size && decides(peer, request)) {
                        out.add(request);
                    }
                }
            }
        }
        return out;
    }

    private static boolean decides(EligibilityEngine peer, EligibilityRequest request) {
        try {
            peer.evaluate(request);
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** The rules as the Java jDMN generates from DMN decision tables at build time. */
    public static EligibilityEngine jdmn(EngineOptions options) {
        return CaseRules.engine(options, new JdmnDecider());
    }

    /** The rules as Easy Rules {@code Rule}s. */
    public static EligibilityEngine easyRules(EngineOptions options) {
        return CaseRules.engine(options, new EasyRulesDecider());
    }
}

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
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * Engines whose rules run on a peer rule engine (KIE DMN decision tables, Easy Rules, or the Java jDMN generates from
 * decision tables) instead of Drools, for the benchmarks only. Cases, parameters and decision assembly are the SDK's
 * own ({@link CaseRules#engine}), so the peer does exactly the part Drools does: report each case's criteria. The peers
 * carry the rules of {@link #DECIDES} only (jDMN those of {@link #JDMN_DECIDES}, the same two); a request for any other
 * determination is refused. They encode the old-age pension without the early (anticipated) pensions: a pension case
 * whose jurisdiction has early paths in force on its date (Tunisia, Serbia from 2024, Moldova from July 2021) is
 * refused too ({@link EarlyPensions}), and the benchmarks that compare the peers time all engines on requests the peers
 * decide ({@link #decidable}).
 */
public final class PeerEngine {
    /** The determinations the peers have rules for. */
    public static final Set<Determination> DECIDES = Collections.unmodifiableSet(EnumSet.of(
            Determination.SOCIAL_SECURITY_OLD_AGE_PENSION, Determination.EMPLOYMENT_FAIR_RECRUITMENT));

    /** The determinations the jDMN peer has rules for: those of {@link #DECIDES}, each a typed model of its own. */
    public static final Set<Determination> JDMN_DECIDES = Collections.unmodifiableSet(EnumSet.of(
            Determination.SOCIAL_SECURITY_OLD_AGE_PENSION, Determination.EMPLOYMENT_FAIR_RECRUITMENT));

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

    /**
     * The reference's decisions as a peer gives them: the peers decide and explain each criterion but compute no
     * gap (what would meet a criterion not met), so a criterion's gap is left out and its message compared up to
     * where the gap's sentence starts, which must be exactly the peer's message.
     */
    public static DecisionSet withoutGaps(DecisionSet expected, DecisionSet actual) {
        if (expected.decisions().size() != actual.decisions().size()) {
            return expected;
        }
        List<Decision> out = new ArrayList<>();
        for (int i = 0; i < expected.decisions().size(); i++) {
            Decision e = expected.decisions().get(i);
            List<Criterion> theirs = actual.decisions().get(i).criteria();
            List<Criterion> criteria = new ArrayList<>();
            for (int j = 0; j < e.criteria().size(); j++) {
                Criterion c = e.criteria().get(j);
                String message = c.message();
                if (c.gap().isPresent() && j < theirs.size()) {
                    String reason = theirs.get(j).message();
                    String rest = message.startsWith(reason) ? message.substring(reason.length()) : "";
                    // the gap's sentence follows the reason after a space, or after a full stop the reason lacked
                    message = rest.startsWith(" ") || rest.startsWith(". ") ? reason : message;
                }
                criteria.add(new Criterion(c.id(), c.rule(), c.result(), c.reasonCode(), message, c.legalBasis()));
            }
            out.add(new Decision(e.requestId(), e.determination(), e.outcome(), criteria, e.missingFacts(),
                    e.notEncoded(), e.questions(), e.values(), e.rulePack(), e.asOf(), e.inputSha256()));
        }
        return new DecisionSet(expected.requestId(), out);
    }
}

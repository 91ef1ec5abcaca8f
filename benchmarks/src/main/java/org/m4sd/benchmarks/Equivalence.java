package org.m4sd.benchmarks;

import java.util.List;
import org.m4sd.benchmarks.peers.PeerEngine;
import org.m4sd.rules.ReferenceImplementation;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.request.EligibilityRequest;

/** Checks, before anything is timed, that an implementation decides exactly as the reference does. */
final class Equivalence {
    private Equivalence() {
    }

    static void check(EligibilityEngine engine, String name, List<EligibilityRequest> requests) {
        check(engine, name, requests, true);
    }

    /**
     * As {@link #check(EligibilityEngine, String, List)}; an engine that computes no gaps (a peer) is compared with
     * the reference's decisions as a peer gives them ({@link PeerEngine#withoutGaps}).
     */
    static void check(EligibilityEngine engine, String name, List<EligibilityRequest> requests, boolean gaps) {
        try (EligibilityEngine reference = ReferenceImplementation.create(EngineOptions.defaults())) {
            for (EligibilityRequest request : requests) {
                DecisionSet actual = engine.evaluate(request);
                DecisionSet expected = gaps ? reference.evaluate(request)
                        : PeerEngine.withoutGaps(reference.evaluate(request), actual);
                if (!expected.equals(actual)) {
                    throw new IllegalStateException(name + " decides request " + request.requestId()
                            + " differently from the reference implementation:\n  expected " + expected
                            + "\n  actual   " + actual);
                }
            }
        }
    }
}

package org.m4sd.benchmarks;

import java.util.List;
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
        try (EligibilityEngine reference = ReferenceImplementation.create(EngineOptions.defaults())) {
            for (EligibilityRequest request : requests) {
                DecisionSet expected = reference.evaluate(request);
                DecisionSet actual = engine.evaluate(request);
                if (!expected.equals(actual)) {
                    throw new IllegalStateException(name + " decides request " + request.requestId()
                            + " differently from the reference implementation:\n  expected " + expected
                            + "\n  actual   " + actual);
                }
            }
        }
    }
}

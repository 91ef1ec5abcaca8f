package org.m4sd.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.m4sd.rules.spi.RulesFacade;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;

/**
 * The plain-Java reference implementation of the shipped rule packs: written from the domain description and the
 * pack data independently of the Drools engine (its own measurements, its own reading of the parameters, its own
 * rule table and outcome logic), sharing only the public API, the pack files and the message bundles with it. It
 * is the oracle that the Drools engine is compared with, and the baseline of the benchmarks.
 *
 * <p>It is not registered as a provider: {@link EligibilityEngine#create(EngineOptions)} returns the Drools
 * engine. Engines are immutable and safe to share between threads.
 *
 * <pre>{@code
 * try (EligibilityEngine drools = EligibilityEngine.create();
 *      EligibilityEngine reference = ReferenceImplementation.create(EngineOptions.defaults())) {
 *     boolean same = drools.evaluate(request).equals(reference.evaluate(request));
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReferenceImplementation {
    private ReferenceImplementation() {
    }

    /** A new reference engine; as with any engine, build it once and close it when done. */
    public static EligibilityEngine create(EngineOptions options) {
        return RulesFacade.get().referenceEngine(options);
    }
}

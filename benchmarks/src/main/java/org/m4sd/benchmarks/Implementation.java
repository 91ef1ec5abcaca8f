package org.m4sd.benchmarks;

import org.m4sd.rules.internal.drools.DroolsEligibilityEngine;
import org.m4sd.rules.internal.reference.ReferenceEligibilityEngine;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;

/** The engines compared on the same inputs; REFERENCE is the hand-written limit every ratio is taken against. */
public enum Implementation {
    /** The Drools engine, as integrators get it from {@code EligibilityEngine.create()}. */
    DROOLS {
        @Override
        public EligibilityEngine create(EngineOptions options) {
            return DroolsEligibilityEngine.create(options);
        }
    },
    /** The plain-Java reference implementation of the same rules. */
    REFERENCE {
        @Override
        public EligibilityEngine create(EngineOptions options) {
            return ReferenceEligibilityEngine.create(options);
        }
    };

    public abstract EligibilityEngine create(EngineOptions options);
}

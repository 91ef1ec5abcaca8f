package org.m4sd.rules.internal.drools;

import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;
import org.m4sd.sdk.spi.EligibilityEngineProvider;

/** Registers the Drools engine with {@link EligibilityEngine#create(EngineOptions)}. */
public final class DroolsEligibilityEngineProvider implements EligibilityEngineProvider {
    @Override
    public String name() {
        return "drools";
    }

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public EligibilityEngine create(EngineOptions options) {
        return DroolsEligibilityEngine.create(options);
    }
}

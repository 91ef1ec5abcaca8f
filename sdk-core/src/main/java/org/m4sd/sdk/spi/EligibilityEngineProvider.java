package org.m4sd.sdk.spi;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.EngineOptions;

/**
 * Service-provider interface through which {@link EligibilityEngine#create(EngineOptions)} finds an engine.
 * Register an implementation in {@code META-INF/services/org.m4sd.sdk.spi.EligibilityEngineProvider}.
 */
@API(status = STABLE, since = "0.1")
public interface EligibilityEngineProvider {

    /** A short name, for diagnostics. */
    String name();

    /** The provider with the highest priority wins when several are found. */
    default int priority() {
        return 0;
    }

    /** A new engine; expensive, called once per application. */
    EligibilityEngine create(EngineOptions options);
}

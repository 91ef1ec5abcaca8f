package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Iterator;
import java.util.ServiceLoader;
import org.apiguardian.api.API;

/**
 * Turns observations and events into a {@link ResultsReport}. Inputs are consumed in one pass and aggregated as
 * they arrive: memory depends on the number of indicators, countries, periods and disaggregations, not on the
 * number of records. Implementations are immutable and safe to share between threads.
 *
 * <p>{@link #create()} picks the highest-priority implementation registered for {@link ServiceLoader} (the
 * Drools-backed one in {@code org.m4sd:sdk-rules}), or the plain-Java {@link #reference()} implementation when
 * none is registered.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface ResultsReporter {

    /** A short name, for diagnostics. */
    String name();

    /** The implementation with the highest priority wins in {@link #create()}. */
    default int priority() {
        return 0;
    }

    /**
     * Computes the report.
     *
     * @param framework    the framework
     * @param observations observations, consumed once
     * @param events       events, consumed once
     */
    ResultsReport report(Framework framework, Iterator<Observation> observations, Iterator<ProgrammeEvent> events);

    /** The plain-Java implementation of every formula: the reference the rule-based implementation must equal. */
    static ResultsReporter reference() {
        return Providers.services().referenceReporter();
    }

    /** The highest-priority registered implementation, or {@link #reference()}. */
    static ResultsReporter create() {
        ResultsReporter best = reference();
        for (ResultsReporter r : ServiceLoader.load(ResultsReporter.class, ResultsReporter.class.getClassLoader())) {
            if (r.priority() > best.priority()) {
                best = r;
            }
        }
        return best;
    }
}

package org.m4sd.rules.internal.framework;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;

/** Differential: the Drools report equals the reference report on random inputs. */
class DroolsResultsReporterProperties {
    private static final Framework FRAMEWORK = Framework.illustrative();
    private static final DroolsResultsReporter DROOLS = new DroolsResultsReporter();

    @Property(tries = 60)
    void drools_equals_the_reference(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int size) {
        FrameworkInputs in = new FrameworkInputs(seed, size);
        ResultsReport reference = ResultsReporter.reference().report(FRAMEWORK, in.observations.iterator(),
                in.events.iterator());
        ResultsReport drools = DROOLS.report(FRAMEWORK, in.observations.iterator(), in.events.iterator());
        assertThat(drools).isEqualTo(reference);
    }
}

package org.m4sd.sdk.internal.framework;

import java.util.Iterator;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Observation;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;

/** The plain-Java reporter: one pass over the inputs through a {@link ReportAggregator}. */
public final class ReferenceReporter implements ResultsReporter {
    /** The single instance. */
    public static final ReferenceReporter INSTANCE = new ReferenceReporter();

    private ReferenceReporter() {
    }

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public ResultsReport report(Framework framework, Iterator<Observation> observations,
            Iterator<ProgrammeEvent> events) {
        ReportAggregator aggregator = new ReportAggregator(framework);
        while (observations.hasNext()) {
            aggregator.add(observations.next());
        }
        while (events.hasNext()) {
            aggregator.add(events.next());
        }
        return aggregator.finish();
    }
}

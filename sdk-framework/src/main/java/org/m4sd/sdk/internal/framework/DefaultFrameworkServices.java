package org.m4sd.sdk.internal.framework;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.m4sd.sdk.framework.DisclosureControl;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.FrameworkServices;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.Observation;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ReportAssembly;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;
import org.m4sd.sdk.framework.Target;

/** The framework services the SDK registers for {@link java.util.ServiceLoader}. */
public final class DefaultFrameworkServices implements FrameworkServices {

    @Override
    public Framework readFramework(InputStream json) {
        return FrameworkJson.read(json);
    }

    @Override
    public Iterator<Observation> readObservations(Framework framework, InputStream json) {
        return FrameworkJson.observations(framework, json);
    }

    @Override
    public ResultsReporter referenceReporter() {
        return ReferenceReporter.INSTANCE;
    }

    @Override
    public ReportAssembly newAssembly(Framework framework) {
        return new AggregatorAssembly(new ReportAggregator(framework));
    }

    @Override
    public Optional<Target> target(Indicator indicator, String country, Period period) {
        return ReportAggregator.target(indicator, country, period);
    }

    @Override
    public ResultsReport protect(ResultsReport report, DisclosureControl control) {
        return ReportProtection.protect(report, control);
    }

    @Override
    public Set<List<String>> withheld(Map<List<String>, Double> cells, int threshold) {
        return CellSuppression.suppress(cells, threshold);
    }

    /** A rule-based reporter's cells and findings, derived into a report as the reference reporter's are. */
    private record AggregatorAssembly(ReportAggregator aggregator) implements ReportAssembly {
        @Override
        public List<Period> periods() {
            return aggregator.periods();
        }

        @Override
        public int periodOf(LocalDate date) {
            return aggregator.periodOf(date);
        }

        @Override
        public void add(Indicator indicator, String country, int period, List<String> dims, BigDecimal amount) {
            aggregator.addCell(indicator, country, period, dims, amount);
        }

        @Override
        public void decided(Indicator indicator, String country, int period) {
            aggregator.markDecided(indicator, country, period);
        }

        @Override
        public void misfit(Indicator indicator, String country, int period, List<String> dims, String message) {
            aggregator.flagMisfit(indicator, country, period, dims, message);
        }

        @Override
        public void leftOut(String rule, String subject, String country) {
            aggregator.count(rule, subject, country);
        }

        @Override
        public void survey(ProgrammeEvent event) {
            aggregator.add(event);
        }

        @Override
        public ResultsReport finish() {
            return aggregator.finish();
        }
    }
}

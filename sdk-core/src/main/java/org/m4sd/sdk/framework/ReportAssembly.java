package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.framework.ReportAggregator;

/**
 * For {@link ResultsReporter} implementations only: the shared last step of a report. A reporter decides which
 * cell each record counts in (and which records are left out, and why); the assembly then derives the totals
 * ({@code _T}), cumulative values, ratios and country totals exactly as {@link ResultsReporter#reference()} does.
 */
@API(status = INTERNAL, since = "0.1")
public final class ReportAssembly {
    private final ReportAggregator aggregator;

    /** An empty assembly for this framework. */
    public ReportAssembly(Framework framework) {
        this.aggregator = new ReportAggregator(framework);
    }

    /** The reporting periods: the programme's calendar years cut to its duration. */
    public List<Period> periods() {
        return aggregator.periods();
    }

    /** The index of the reporting period holding this date, or -1 outside the programme. */
    public int periodOf(LocalDate date) {
        return aggregator.periodOf(date);
    }

    /** Adds an amount to a cell: the dimension values in the indicator's order, {@code _T} for a total. */
    public void add(Indicator indicator, String country, int period, List<String> dims, BigDecimal amount) {
        aggregator.addCell(indicator, country, period, dims, amount);
    }

    /** Marks a value of a cell as not fitting the indicator's measure. */
    public void misfit(Indicator indicator, String country, int period, List<String> dims, String message) {
        aggregator.flagMisfit(indicator, country, period, dims, message);
    }

    /** Counts a record left out, under a validation rule id. */
    public void leftOut(String rule, String subject, String country) {
        aggregator.count(rule, subject, country);
    }

    /** Adds a survey record (recruitment cost, 10.7.2 questionnaire or remittance price) already checked. */
    public void survey(ProgrammeEvent event) {
        aggregator.add(event);
    }

    /** The report from everything added. */
    public ResultsReport finish() {
        return aggregator.finish();
    }

    /** The target an actual of this country and period is compared with: that period's, else the next. */
    public static java.util.Optional<Target> target(Indicator indicator, String country, Period period) {
        return ReportAggregator.target(indicator, country, period);
    }
}

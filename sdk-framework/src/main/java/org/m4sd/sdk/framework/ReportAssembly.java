package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * For {@link ResultsReporter} implementations only: the shared last step of a report. A reporter decides which
 * cell each record counts in (and which records are left out, and why); the assembly then derives the totals
 * ({@code _T}), cumulative values, ratios and country totals exactly as {@link ResultsReporter#reference()} does.
 * Not thread-safe: one assembly per report.
 */
@API(status = INTERNAL, since = "0.1")
public interface ReportAssembly {

    /** An empty assembly for this framework. */
    static ReportAssembly create(Framework framework) {
        return Providers.services().newAssembly(framework);
    }

    /** The target an actual of this country and period is compared with: that period's, else the next. */
    static Optional<Target> target(Indicator indicator, String country, Period period) {
        return Providers.services().target(indicator, country, period);
    }

    /** The reporting periods: the programme's calendar years cut to its duration. */
    List<Period> periods();

    /** The index of the reporting period holding this date, or -1 outside the programme. */
    int periodOf(LocalDate date);

    /** Adds an amount to a cell: the dimension values in the indicator's order, {@code _T} for a total. */
    void add(Indicator indicator, String country, int period, List<String> dims, BigDecimal amount);

    /**
     * Marks that a decision about the indicator's population ({@link Population#decides}) was made in this country
     * and period:
     * its count there is then 0 when nobody in it qualified, rather than missing.
     */
    void decided(Indicator indicator, String country, int period);

    /** Marks a value of a cell as not fitting the indicator's measure. */
    void misfit(Indicator indicator, String country, int period, List<String> dims, String message);

    /** Counts a record left out, under a validation rule id. */
    void leftOut(String rule, String subject, String country);

    /** Adds a survey record (recruitment cost, 10.7.2 questionnaire or remittance price) already checked. */
    void survey(ProgrammeEvent event);

    /** The report from everything added. */
    ResultsReport finish();
}

package org.m4sd.rules.internal.framework;

import java.time.LocalDate;
import org.m4sd.sdk.framework.Formulas;
import org.m4sd.sdk.framework.ProgrammeEvent.RecruitmentCost;

/**
 * One worker of a recruitment-cost survey (SDG 10.7.1); the rules decide whether the worker counts and, if not,
 * which rule left the worker out.
 */
public final class WorkerFact {
    /** Left out: the first job abroad began outside the 3 years before the survey. */
    public static final String OUTSIDE_THREE_YEARS = "outside-three-years";
    /** Left out: a cost is in a currency without an exchange rate to the earnings currency. */
    public static final String COSTS_NOT_CONVERTIBLE = "costs-convertible";

    private final RecruitmentCost record;
    private final int period;
    private Boolean counts;
    private String leftOutBy;

    WorkerFact(RecruitmentCost record, int period) {
        this.record = record;
        this.period = period;
    }

    public String getCountry() {
        return record.country();
    }

    public int getPeriod() {
        return period;
    }

    public LocalDate getFirstJobStart() {
        return record.firstJobStart();
    }

    public LocalDate getSurveyDate() {
        return record.date();
    }

    /** The earliest first-job start that counts: {@value Formulas#SDG_1071_YEARS} years before the survey. */
    public LocalDate getEarliestCounted() {
        return record.date().minusYears(Formulas.SDG_1071_YEARS);
    }

    /** Whether the record names no cost currency without an exchange rate. */
    public boolean isConvertible() {
        return record.unconvertedCurrencies().isEmpty();
    }

    /** C / E. */
    public double getRatio() {
        return record.costs() / record.monthlyEarnings();
    }

    public Boolean getCounts() {
        return counts;
    }

    public void setCounts(Boolean counts) {
        this.counts = counts;
    }

    /** The rule that left the worker out ({@link #OUTSIDE_THREE_YEARS}, {@link #COSTS_NOT_CONVERTIBLE}), else null. */
    public String getLeftOutBy() {
        return leftOutBy;
    }

    /** Leaves the worker out, under a rule. */
    public void leaveOut(String rule) {
        this.counts = false;
        this.leftOutBy = rule;
    }
}

package org.m4sd.rules.internal.framework;

import java.time.LocalDate;
import org.m4sd.sdk.framework.Formulas;
import org.m4sd.sdk.framework.ProgrammeEvent.RecruitmentCost;

/** One worker of a recruitment-cost survey (SDG 10.7.1); the rules decide whether the worker counts. */
public final class WorkerFact {
    private final RecruitmentCost record;
    private final int period;
    private Boolean counts;

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
}

package org.m4sd.rules.internal.framework;

import java.time.LocalDate;

/**
 * One corridor and quarter (SDG 10.c.1), or, with a null sending country, country and quarter, all corridors of a
 * reporting period.
 */
public final class CorridorFact {
    private final String sendingCountry;
    private final String country;
    private final int period;
    private final LocalDate quarter;
    private int services = -1;
    private int qualifying;
    private Double smartAverage;
    private double globalAverage;
    private Boolean meetsTarget;

    CorridorFact(String sendingCountry, String country, int period, LocalDate quarter) {
        this.sendingCountry = sendingCountry;
        this.country = country;
        this.period = period;
        this.quarter = quarter;
    }

    public String getSendingCountry() {
        return sendingCountry;
    }

    public String getCountry() {
        return country;
    }

    public int getPeriod() {
        return period;
    }

    /** The first day of the corridor's quarter; null for all corridors of a period. */
    public LocalDate getQuarter() {
        return quarter;
    }

    public boolean isGlobal() {
        return sendingCountry == null;
    }

    public int getServices() {
        return services;
    }

    public void setServices(int services) {
        this.services = services;
    }

    public int getQualifying() {
        return qualifying;
    }

    public void setQualifying(int qualifying) {
        this.qualifying = qualifying;
    }

    public Double getSmartAverage() {
        return smartAverage;
    }

    public void setSmartAverage(Double smartAverage) {
        this.smartAverage = smartAverage;
    }

    public double getGlobalAverage() {
        return globalAverage;
    }

    public void setGlobalAverage(double globalAverage) {
        this.globalAverage = globalAverage;
    }

    /** For a corridor: SmaRT average at or below 5 %; for all corridors: global average below 3 %. */
    public Boolean getMeetsTarget() {
        return meetsTarget;
    }

    public void setMeetsTarget(Boolean meetsTarget) {
        this.meetsTarget = meetsTarget;
    }
}

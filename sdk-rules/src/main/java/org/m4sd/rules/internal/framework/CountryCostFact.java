package org.m4sd.rules.internal.framework;

/** SDG 10.c.1 of one receiving country and period: the simple average over its services, set by the rules. */
public final class CountryCostFact {
    private final String country;
    private final int period;
    private Double average;

    CountryCostFact(String country, int period) {
        this.country = country;
        this.period = period;
    }

    public String getCountry() {
        return country;
    }

    public int getPeriod() {
        return period;
    }

    public Double getAverage() {
        return average;
    }

    public void setAverage(Double average) {
        this.average = average;
    }
}

package org.m4sd.rules.internal.framework;

/** The SDG 10.7.1 result of one origin country and period, filled in by the rules. */
public final class SurveyGroupFact {
    private final String country;
    private final int period;
    private int workers = -1;
    private int excluded;
    private int unconvertible;
    private double mean;
    private double median;
    private double fourthQuintile;

    SurveyGroupFact(String country, int period) {
        this.country = country;
        this.period = period;
    }

    public String getCountry() {
        return country;
    }

    public int getPeriod() {
        return period;
    }

    public int getWorkers() {
        return workers;
    }

    /** Sets the summary of the workers who count, and how many each rule left out. */
    public void summarise(int workers, int excluded, int unconvertible, double mean, double median,
            double fourthQuintile) {
        this.workers = workers;
        this.excluded = excluded;
        this.unconvertible = unconvertible;
        this.mean = mean;
        this.median = median;
        this.fourthQuintile = fourthQuintile;
    }

    public int getUnconvertible() {
        return unconvertible;
    }

    public double getFourthQuintile() {
        return fourthQuintile;
    }

    public int getExcluded() {
        return excluded;
    }

    public double getMean() {
        return mean;
    }

    public double getMedian() {
        return median;
    }
}

package org.m4sd.rules.internal.framework;

import org.m4sd.sdk.framework.ProgressCategory;

/**
 * An actual against its baseline, its target and the indicator's natural limit, with the progress thresholds in
 * force at the end of the actual's period; the progress rules fill in ratio, met, the observed growth, growth
 * (R with a target), the limit's scaling factor and category.
 */
public final class ProgressFact {
    private final int index;
    private final double baseline;
    private final int baselineYear;
    private final boolean hasTarget;
    private final double target;
    private final int targetYear;
    private final double actual;
    private final int actualYear;
    private final boolean ascending;
    private final boolean hasLimit;
    private final double limit;
    private final ProgressThresholds thresholds;
    private Double ratio;
    private Boolean met;
    private Double observed;
    private Double growth;
    private Double scaling;
    private ProgressCategory category;

    ProgressFact(int index, double baseline, int baselineYear, boolean hasTarget, double target, int targetYear,
            double actual, int actualYear, boolean ascending, boolean hasLimit, double limit,
            ProgressThresholds thresholds) {
        this.index = index;
        this.baseline = baseline;
        this.baselineYear = baselineYear;
        this.hasTarget = hasTarget;
        this.target = target;
        this.targetYear = targetYear;
        this.actual = actual;
        this.actualYear = actualYear;
        this.ascending = ascending;
        this.hasLimit = hasLimit;
        this.limit = limit;
        this.thresholds = thresholds;
    }

    public int getIndex() {
        return index;
    }

    public double getBaseline() {
        return baseline;
    }

    public boolean isHasTarget() {
        return hasTarget;
    }

    public double getTarget() {
        return target;
    }

    public double getActual() {
        return actual;
    }

    public boolean isAscending() {
        return ascending;
    }

    /** Whether the indicator has a natural limit. */
    public boolean isHasLimit() {
        return hasLimit;
    }

    /** The indicator's natural limit; meaningless unless {@link #isHasLimit()}. */
    public double getLimit() {
        return limit;
    }

    /** The thresholds of the progress categories the growth is compared with. */
    public ProgressThresholds getThresholds() {
        return thresholds;
    }

    /** +1 when higher is better, -1 otherwise. */
    public double getDirection() {
        return ascending ? 1 : -1;
    }

    /** Years from the baseline to the actual. */
    public int getElapsed() {
        return actualYear - baselineYear;
    }

    /** Years from the baseline to the target. */
    public int getAllowed() {
        return targetYear - baselineYear;
    }

    public Double getRatio() {
        return ratio;
    }

    public void setRatio(Double ratio) {
        this.ratio = ratio;
    }

    public Boolean getMet() {
        return met;
    }

    public void setMet(Boolean met) {
        this.met = met;
    }

    /** The observed annual growth in the desired direction, all-negative series flipped; null until computed. */
    public Double getObserved() {
        return observed;
    }

    public void setObserved(Double observed) {
        this.observed = observed;
    }

    /** Without a target: the natural-limit scaling factor of the positive thresholds (1 without a limit). */
    public Double getScaling() {
        return scaling;
    }

    public void setScaling(Double scaling) {
        this.scaling = scaling;
    }

    public Double getGrowth() {
        return growth;
    }

    public void setGrowth(Double growth) {
        this.growth = growth;
    }

    public ProgressCategory getCategory() {
        return category;
    }

    public void setCategory(ProgressCategory category) {
        this.category = category;
    }
}

package org.m4sd.rules.internal.framework;

/**
 * The thresholds of the progress categories in force on the date of an actual, from {@link FrameworkParameters}:
 * {@code framework.drl} compares a progress fact's growth with them.
 */
public final class ProgressThresholds {
    private final double onTrackRatio;
    private final double accelerationRatio;
    private final double onTrackGrowth;
    private final double accelerationGrowth;

    ProgressThresholds(double onTrackRatio, double accelerationRatio, double onTrackGrowth,
            double accelerationGrowth) {
        this.onTrackRatio = onTrackRatio;
        this.accelerationRatio = accelerationRatio;
        this.onTrackGrowth = onTrackGrowth;
        this.accelerationGrowth = accelerationGrowth;
    }

    /** Target not yet met: the growth ratio R from which progress is on track. */
    public double getOnTrackRatio() {
        return onTrackRatio;
    }

    /** Target not yet met: the growth ratio R from which acceleration is needed (below it, limited progress). */
    public double getAccelerationRatio() {
        return accelerationRatio;
    }

    /** No target: the directed annual growth from which progress is on track. */
    public double getOnTrackGrowth() {
        return onTrackGrowth;
    }

    /** No target: the directed annual growth from which acceleration is needed (below it, limited progress). */
    public double getAccelerationGrowth() {
        return accelerationGrowth;
    }
}

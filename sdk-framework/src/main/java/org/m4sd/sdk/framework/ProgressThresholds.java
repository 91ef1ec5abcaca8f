package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The thresholds of the progress categories (DOMAIN.md §2): with a target, the growth ratio R is compared with
 * {@code onTrackRatio} and {@code accelerationRatio}; without one, the directed annual growth is compared with
 * {@code onTrackGrowth} and {@code accelerationGrowth}. Below the acceleration threshold and from 0 up, progress is
 * limited; below 0 it is a deterioration: that boundary is the direction of change, not a setting.
 *
 * <p>{@link #OPEN_SDG} holds the published methodology's values; a framework may declare its own
 * ({@link Framework#progressThresholds()}).
 *
 * @param onTrackRatio       R from which progress is on track (Open SDG: 0.95)
 * @param accelerationRatio  R from which progress is made but acceleration is needed (Open SDG: 0.60)
 * @param onTrackGrowth      without a target, the annual growth from which progress is on track (Open SDG: 1.5 %)
 * @param accelerationGrowth without a target, the annual growth from which acceleration is needed (Open SDG: 0.5 %)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ProgressThresholds(double onTrackRatio, double accelerationRatio, double onTrackGrowth,
        double accelerationGrowth) {

    /** The thresholds of the Open SDG progress methodology (Statistics Canada): 0.95, 0.60, 1.5 % and 0.5 %. */
    public static final ProgressThresholds OPEN_SDG = new ProgressThresholds(Formulas.ON_TRACK_RATIO,
            Formulas.ACCELERATION_RATIO, Formulas.ON_TRACK_GROWTH, Formulas.ACCELERATION_GROWTH);

    /** Rejects thresholds that are not finite or do not satisfy 0 &lt; acceleration &lt; on track. */
    public ProgressThresholds {
        ordered("ratio", accelerationRatio, onTrackRatio);
        ordered("growth", accelerationGrowth, onTrackGrowth);
    }

    private static void ordered(String kind, double acceleration, double onTrack) {
        if (!Double.isFinite(acceleration) || !Double.isFinite(onTrack) || !(acceleration > 0)
                || !(acceleration < onTrack)) {
            throw new IllegalArgumentException("progress thresholds: expected 0 < acceleration " + kind
                    + " < on-track " + kind + ", got " + acceleration + " and " + onTrack);
        }
    }
}

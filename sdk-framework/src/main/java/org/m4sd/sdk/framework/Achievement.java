package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * Progress of an indicator's total in a country and period against its baseline and target (DOMAIN.md §2).
 *
 * @param indicator    the indicator's id
 * @param country      ISO 3166-1 alpha-3 code, or {@link IndicatorValue#TOTAL}
 * @param period       the reporting period of the actual
 * @param baseline     the baseline value
 * @param baselineYear the baseline year
 * @param target       the target for this period (or the next target after it), if any
 * @param actual       the actual value; NaN where nothing was reported for the country and period (an indicator
 *                     whose {@link Source#reportedByProgramme() source is reported by the programme}): then
 *                     {@link #reported()} is false, the category {@link ProgressCategory#NOT_ASSESSED} and
 *                     {@link #reason()} says why
 * @param ratio        raw achievement (actual - baseline) / (target - baseline), never clamped: it may exceed 1
 *                     or be negative; empty without a target
 * @param met          whether the actual meets the target in the desired direction (a target of 0 read as 0.001,
 *                     as Open SDG does); false without a target
 * @param growthRatio  R (observed over needed growth) with a target, or the observed growth in the desired
 *                     direction without one; empty when it cannot be computed
 * @param category     the progress category
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Achievement(String indicator, String country, Period period, double baseline, int baselineYear,
        OptionalDouble target, double actual, OptionalDouble ratio, boolean met, OptionalDouble growthRatio,
        ProgressCategory category) {
    /** Rejects nulls. */
    public Achievement {
        Checks.requiredText(indicator, "indicator");
        Checks.requiredText(country, "country");
        Checks.required(period, "period");
        Checks.required(target, "target");
        Checks.required(ratio, "ratio");
        Checks.required(growthRatio, "growthRatio");
        Checks.required(category, "category");
    }

    /** Why the progress of a period without any report is {@link ProgressCategory#NOT_ASSESSED}. */
    public static final String NOTHING_REPORTED = "nothing was reported for this indicator, country and period";

    /**
     * The progress of a period for which nothing was reported: no actual (NaN), no ratio or growth, not met,
     * {@link ProgressCategory#NOT_ASSESSED}.
     */
    public static Achievement nothingReported(String indicator, String country, Period period, double baseline,
            int baselineYear, OptionalDouble target) {
        return new Achievement(indicator, country, period, baseline, baselineYear, target, Double.NaN,
                OptionalDouble.empty(), false, OptionalDouble.empty(), ProgressCategory.NOT_ASSESSED);
    }

    /** Whether an actual was reported; false for {@link #nothingReported}. */
    public boolean reported() {
        return !Double.isNaN(actual);
    }

    /** Why the progress is not assessed, where the report knows it: {@link #NOTHING_REPORTED}; else empty. */
    public Optional<String> reason() {
        return reported() ? Optional.empty() : Optional.of(NOTHING_REPORTED);
    }

    /** The ratio clamped to [0, 1] for display; empty without a target. */
    public OptionalDouble displayRatio() {
        return ratio.isPresent() ? OptionalDouble.of(Math.max(0, Math.min(1, ratio.getAsDouble()))) : ratio;
    }
}

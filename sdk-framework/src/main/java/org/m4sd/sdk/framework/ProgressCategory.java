package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Progress towards a target by the Statistics Canada method used by Open SDG (DOMAIN.md §2), named after the
 * methodology's categories: Open SDG's {@code target_achieved}, {@code substantial_progress} ("on track"),
 * {@code moderate_progress} ("progress made but acceleration needed"), {@code limited_progress} and
 * {@code deterioration}. Constants are declared from worst to best, so {@link #compareTo} orders them by
 * progress; {@link #NOT_ASSESSED} comes first and is not a level of progress.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ProgressCategory {
    /**
     * Growth cannot be measured: no elapsed year, a baseline of the opposite sign of the actual or of the target,
     * or a baseline and a target both 0 (Open SDG: {@code not_available}).
     */
    NOT_ASSESSED,
    /** R &lt; 0, or, without a target, growth &lt; 0. */
    DETERIORATION,
    /** 0 &lt;= R &lt; 0.60, or, without a target, 0 &lt;= growth &lt; 0.5 %. */
    LIMITED_PROGRESS,
    /** 0.60 &lt;= R &lt; 0.95, or, without a target, 0.5 % &lt;= growth &lt; 1.5 %. */
    ACCELERATION_NEEDED,
    /** R &gt;= 0.95, or, without a target, growth &gt;= 1.5 %. */
    ON_TRACK,
    /** The target is met. */
    ACHIEVED
}

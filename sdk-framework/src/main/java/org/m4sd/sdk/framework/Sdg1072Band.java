package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The SDG 10.7.2 reporting bands for a domain or overall score (0 to 100). */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Sdg1072Band {
    /** Score below 40. */
    REQUIRES_FURTHER_PROGRESS,
    /** Score from 40 to below 80. */
    PARTIALLY_MEETS,
    /** Score from 80 to below 100. */
    MEETS,
    /** Score of 100. */
    FULLY_MEETS;

    /** The band of a score from 0 to 100. */
    public static Sdg1072Band of(double score) {
        if (score >= 100) {
            return FULLY_MEETS;
        }
        if (score >= 80) {
            return MEETS;
        }
        return score >= 40 ? PARTIALLY_MEETS : REQUIRES_FURTHER_PROGRESS;
    }
}

package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Where an indicator's values come from. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Source {
    /** Reported {@link Observation}s, summed per country, period and disaggregation. */
    OBSERVATIONS,
    /** Numerator / denominator x factor of two other indicators (DHIS2); see {@link Indicator#ratio()}. */
    RATIO,
    /** Persons (or decisions) granted access by {@link ProgrammeEvent.DecisionMade} events in the indicator's
     * {@link Indicator#population() population}, whose outcomes all grant access (ELIGIBLE, CONDITIONAL);
     * dimensions {@code sex} and {@code migratoryStatus}. */
    ACCESS_DECISIONS,
    /** Persons (or decisions) decided by {@link ProgrammeEvent.DecisionMade} events in the indicator's
     * {@link Indicator#population() population}, whatever outcomes it lists; dimensions {@code sex} and
     * {@code migratoryStatus}. */
    DECISIONS_MADE,
    /** Count of {@link ProgrammeEvent.PolicyAdopted} events (in the indicator's sector, if it has one);
     * dimensions {@code type} and {@code level}. */
    POLICIES_ADOPTED,
    /** Sum of {@link ProgrammeEvent.OfficialsTrained} counts; dimensions {@code sex} and {@code level}. */
    OFFICIALS_TRAINED,
    /** SDG 10.7.1 mean of worker ratios of recruitment cost to monthly earnings, per origin country. */
    SDG_10_7_1_MEAN,
    /** SDG 10.7.1 median of the same ratios. */
    SDG_10_7_1_MEDIAN,
    /** SDG 10.7.2 overall score (0 to 100) of the country's latest questionnaire in the period. */
    SDG_10_7_2_OVERALL,
    /** SDG 10.c.1: mean over the corridors into the country of their SmaRT average cost, in percent. */
    SDG_10_C_1
}

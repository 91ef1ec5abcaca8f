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
    /**
     * SDG 10.7.1 mean of worker ratios of recruitment cost to monthly earnings, per origin country; dimensions
     * {@code sex}, {@code ageGroup}, {@code education} and {@code destination} (a worker whose age group or
     * education is not recorded counts under {@code _U}, unknown).
     */
    SDG_10_7_1_MEAN,
    /** SDG 10.7.1 median of the same ratios; the same dimensions. */
    SDG_10_7_1_MEDIAN,
    /** SDG 10.7.1 4th quintile of the same ratios ({@link Formulas#fourthQuintile}); the same dimensions. */
    SDG_10_7_1_FOURTH_QUINTILE,
    /**
     * SDG 10.7.2 overall score (0 to 100) of the country's latest questionnaire in the period; dimension
     * {@code domain} ({@code 1} to {@code 6}) gives the domain scores, the official breakdown, its total being the
     * overall score.
     */
    SDG_10_7_2_OVERALL,
    /**
     * SDG 10.7.2 proportion of the countries answering in the period (series SG_CPA_MIGRP), in percent, whose
     * overall score is in each band, for the programme as a whole ({@code _T}); dimension {@code band} (a
     * {@link Sdg1072Band} name, its total being 100) and {@code domain} (the bands of the domain scores).
     */
    SDG_10_7_2_BAND_SHARE,
    /**
     * SDG 10.c.1: the simple average total cost, in percent of USD 200, over the services priced into the country
     * (one price per service and quarter, every corridor included whether or not it meets SmaRT).
     */
    SDG_10_C_1;

    /**
     * Whether the values are what the programme reports ({@link #OBSERVATIONS}, {@link #POLICIES_ADOPTED},
     * {@link #OFFICIALS_TRAINED}) rather than what decisions or surveys give: a country and period without any
     * such record has no value (nothing was reported, which is not a count of 0), and its progress is
     * {@link ProgressCategory#NOT_ASSESSED} ({@link Achievement#reported()}).
     */
    public boolean reportedByProgramme() {
        return this == OBSERVATIONS || this == POLICIES_ADOPTED || this == OFFICIALS_TRAINED;
    }
}

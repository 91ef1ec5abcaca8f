package org.m4sd.rules.internal.health;

import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;

/**
 * The facts essential care (the social-protection floor's health guarantee, ILO R202) depends on: the
 * jurisdiction's coverage rule in force, the person's migratory status (this determination is not
 * status-neutral) and months of residence.
 *
 * <p>{@code coverageRule} is {@code ALL_PERSONS}, {@code RESIDENTS} or {@code BY_STATUS};
 * {@code statusCoverage} is what a {@code BY_STATUS} rule gives the person's status: {@code COVERED},
 * {@code EMERGENCY_ONLY} or {@code RESIDENTS} (null when the status is unknown, or the rule is not by status).
 */
public final class EssentialCareCase extends CaseFact {
    private final String jurisdiction;
    private final String coverageRule;
    private final boolean ruleFromDefault;
    private final String ruleSource;
    private final String status;
    private final String statusCoverage;
    private final boolean statusFromDefault;
    private final Integer residenceMonths;

    public EssentialCareCase(String jurisdiction, String coverageRule, boolean ruleFromDefault, String ruleSource,
            String status, String statusCoverage, boolean statusFromDefault, Integer residenceMonths) {
        super(Determination.HEALTH_ESSENTIAL_CARE);
        this.jurisdiction = jurisdiction;
        this.coverageRule = coverageRule;
        this.ruleFromDefault = ruleFromDefault;
        this.ruleSource = ruleSource;
        this.status = status;
        this.statusCoverage = statusCoverage;
        this.statusFromDefault = statusFromDefault;
        this.residenceMonths = residenceMonths;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    /** ALL_PERSONS, RESIDENTS or BY_STATUS. */
    public String getCoverageRule() {
        return coverageRule;
    }

    /** True when the jurisdiction's pack has no sourced rule in force and the international default applies. */
    public boolean isRuleFromDefault() {
        return ruleFromDefault;
    }

    /** The coverage rule's source as shown to the user: instrument, article and V/S/B status. */
    public String getRuleSource() {
        return ruleSource;
    }

    /** The migratory status, or null when the request gives UNKNOWN. */
    public String getStatus() {
        return status;
    }

    public boolean isStatusKnown() {
        return status != null;
    }

    /** COVERED, EMERGENCY_ONLY or RESIDENTS under a BY_STATUS rule; null otherwise or when the status is unknown. */
    public String getStatusCoverage() {
        return statusCoverage;
    }

    /** True when a BY_STATUS rule does not name the person's status, so the international default applies to it. */
    public boolean isStatusFromDefault() {
        return statusFromDefault;
    }

    /** Null when the request does not say. */
    public Integer getResidenceMonths() {
        return residenceMonths;
    }

    /** Whether the residence test decides: the rule is RESIDENTS, or a BY_STATUS rule sends this status to it. */
    public boolean isResidenceTest() {
        return "RESIDENTS".equals(coverageRule) || "RESIDENTS".equals(statusCoverage);
    }

    /**
     * Whether months of residence may matter: the residence test decides, or a BY_STATUS rule cannot yet tell
     * (status unknown) and residence would decide for some statuses. Missing months are then reported as missing.
     */
    public boolean isResidenceAsked() {
        return isResidenceTest() || ("BY_STATUS".equals(coverageRule) && status == null);
    }
}

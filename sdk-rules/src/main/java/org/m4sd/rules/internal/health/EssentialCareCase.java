package org.m4sd.rules.internal.health;

import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;

/**
 * What essential care (the social-protection floor's health guarantee, ILO R202) is decided on: the person's
 * migratory status (this determination is not status-neutral) and months of residence, as the request gives
 * them, beside the coverage in force for the jurisdiction and date. The rules compare the two; the case draws no
 * conclusion.
 */
public final class EssentialCareCase extends CaseFact {
    private final String jurisdiction;
    private final String status;
    private final Integer residenceMonths;
    private final EssentialCareCoverage coverage;

    public EssentialCareCase(String jurisdiction, String status, Integer residenceMonths,
            EssentialCareCoverage coverage) {
        super(Determination.HEALTH_ESSENTIAL_CARE);
        this.jurisdiction = jurisdiction;
        this.status = status;
        this.residenceMonths = residenceMonths;
        this.coverage = coverage;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    /** The migratory status's name, or null when the request gives UNKNOWN. */
    public String getStatus() {
        return status;
    }

    /** Months of residence in the jurisdiction; null when the request does not say. */
    public Integer getResidenceMonths() {
        return residenceMonths;
    }

    /** The coverage rule in force, with its status sets, residence threshold and source. */
    public EssentialCareCoverage getCoverage() {
        return coverage;
    }
}

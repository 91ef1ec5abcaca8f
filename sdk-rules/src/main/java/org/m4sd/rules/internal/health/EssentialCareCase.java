package org.m4sd.rules.internal.health;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.MigratoryStatus;

/**
 * What essential care (the social-protection floor's health guarantee, ILO R202) is decided on: the person's
 * migratory status (this determination is not status-neutral), months of residence and age in completed years on
 * the decision date, as the request gives them, beside the coverage in force for the jurisdiction and date and the
 * day the ICRMW binds the jurisdiction (null where it is not recorded as a party). The rules compare the two; the
 * case draws no conclusion.
 */
public final class EssentialCareCase extends CaseFact {
    private final String jurisdiction;
    private final String status;
    private final Integer residenceMonths;
    private final Integer ageYears;
    private final LocalDate asOf;
    private final LocalDate icrmwInForceFrom;
    private final EssentialCareCoverage coverage;

    public EssentialCareCase(String jurisdiction, String status, Integer residenceMonths, Integer ageYears,
            LocalDate asOf, LocalDate icrmwInForceFrom, EssentialCareCoverage coverage) {
        super(Determination.HEALTH_ESSENTIAL_CARE);
        this.jurisdiction = jurisdiction;
        this.status = status;
        this.residenceMonths = residenceMonths;
        this.ageYears = ageYears;
        this.asOf = asOf;
        this.icrmwInForceFrom = icrmwInForceFrom;
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

    /** The age in completed years on the decision date; null when the birth date is not given. */
    public Integer getAgeYears() {
        return ageYears;
    }

    /** The decision date. */
    public LocalDate getAsOf() {
        return asOf;
    }

    /** The first day the ICRMW binds the jurisdiction; null where the packs do not record it as a party. */
    public LocalDate getIcrmwInForceFrom() {
        return icrmwInForceFrom;
    }

    /** The coverage rule in force, with its status sets, residence threshold and source. */
    public EssentialCareCoverage getCoverage() {
        return coverage;
    }

    /**
     * For the gap of a status given emergency care only: the statuses the coverage in force covers on equal terms,
     * in the order of {@link MigratoryStatus}.
     */
    public List<String> coveredStatusesInOrder() {
        return coverage.coveredStatuses().stream()
                .sorted(Comparator.comparing((String status) -> MigratoryStatus.valueOf(status))).toList();
    }
}

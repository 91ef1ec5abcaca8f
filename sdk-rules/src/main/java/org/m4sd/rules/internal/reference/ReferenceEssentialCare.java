package org.m4sd.rules.internal.reference;

import java.util.List;
import java.util.OptionalInt;
import org.m4sd.rules.internal.packs.ParameterValue;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.reference.ReferenceHealthCoverage.Treatment;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;

/**
 * {@code health.essential-care}, read from DOMAIN.md section 4 items 7, 9, 11 and 13 and the pack parameter
 * {@value ReferenceHealthCoverage#PARAMETER}: the social-protection floor's access to essential health care
 * (ILO R202 paras. 5(a) and 6) for the persons the jurisdiction covers. Ecuador covers all persons (Constitution
 * art. 32, Human Mobility Law); Serbia covers asylum seekers and refugees on equal terms and gives irregular
 * migrants emergency care only (Asylum Act arts. 54, 63); elsewhere the international default covers residents,
 * a resident being a person with at least one month of residence recorded. Not status-neutral: a rule by status
 * reads the migratory status.
 */
final class ReferenceEssentialCare implements ReferenceDeterminer {
    private static final String RULE_NATIONAL = "hs.essential.rule-national";
    private static final String RULE_DEFAULT = "hs.essential.rule-default";
    private static final String STATUS_DEFAULT = "hs.essential.status-default";
    private static final String COVERS_ALL_PERSONS = "hs.essential.all-persons";
    private static final String STATUS_UNKNOWN = "hs.essential.status-unknown";
    private static final String STATUS_COVERED = "hs.essential.status-covered";
    private static final String STATUS_EMERGENCY_ONLY = "hs.essential.emergency-only";
    private static final String RESIDENT = "hs.essential.resident";
    private static final String NOT_RESIDENT = "hs.essential.not-resident";
    private static final String RESIDENCE_UNKNOWN = "hs.essential.residence-unknown";
    private static final String EMERGENCY_CARE_REMAINS = "hs.essential.emergency-care-remains";

    private static final String COVERAGE_RULE = "hs.coverage-rule";
    private static final String STATUS_RULE = "hs.status-rule";
    private static final String POPULATION = "hs.population";
    private static final String RESIDENCE = "hs.residence";
    private static final String EMERGENCY_CARE = "hs.emergency-care";

    private static final String STATUS_FACT = "$.person.migratoryStatus";
    private static final String RESIDENCE_FACT = "$.person.residenceMonths";

    private static final List<ReferenceRule> RULES = List.of(
            ReferenceRule.informs(RULE_NATIONAL, COVERAGE_RULE, 10, "ilo-r202", "ilo-r202-6"),
            ReferenceRule.informs(RULE_DEFAULT, COVERAGE_RULE, 10, "ilo-r202", "ilo-r202-6"),
            ReferenceRule.informs(STATUS_DEFAULT, STATUS_RULE, 15, "ilo-r202-6"),
            ReferenceRule.blocks(COVERS_ALL_PERSONS, POPULATION, 20, "ilo-r202"),
            ReferenceRule.blocks(STATUS_UNKNOWN, POPULATION, 20, "ilo-r202"),
            ReferenceRule.blocks(STATUS_COVERED, POPULATION, 20, "ilo-r202"),
            ReferenceRule.blocks(STATUS_EMERGENCY_ONLY, POPULATION, 20, "ilo-r202", "icrmw-28"),
            ReferenceRule.blocks(RESIDENT, RESIDENCE, 30, "ilo-r202-6"),
            ReferenceRule.blocks(NOT_RESIDENT, RESIDENCE, 30, "ilo-r202-6"),
            ReferenceRule.blocks(RESIDENCE_UNKNOWN, RESIDENCE, 30, "ilo-r202-6"),
            ReferenceRule.informs(EMERGENCY_CARE_REMAINS, EMERGENCY_CARE, 40, "icrmw-28"));

    @Override
    public Determination determination() {
        return Determination.HEALTH_ESSENTIAL_CARE;
    }

    @Override
    public List<ReferenceRule> rules() {
        return RULES;
    }

    @Override
    public void decide(EligibilityRequest request, Parameters parameters, Findings findings) {
        String jurisdiction = request.jurisdiction();
        Resolved inForce = parameters.find(ReferenceHealthCoverage.PARAMETER).orElseThrow(() -> new NotInForce(
                "$.asOf: no essential-care coverage rule is in force on " + request.asOf() + " for " + jurisdiction
                        + " (the international default, ILO R202, dates from its adoption)"));
        ReferenceHealthCoverage coverage = ReferenceHealthCoverage.of(inForce.value().value());
        String citation = ReferenceHealthCoverage.citation(inForce.source());

        // Which rule decides, and whether it is national law or, for want of a sourced national rule, R202 itself.
        if (inForce.internationalDefault()) {
            findings.met(RULE_DEFAULT, "HS_RULE_DEFAULT", jurisdiction, citation);
        } else {
            findings.met(RULE_NATIONAL, "HS_RULE_" + coverage.scope().name(), jurisdiction, citation);
        }
        findings.value("coverageRule", coverage.scope().name());
        findings.value("coverageRuleSource", citation);
        findings.value("coverageRuleInternationalDefault", inForce.internationalDefault());

        OptionalInt residenceMonths = request.person().residenceMonths();
        switch (coverage.scope()) {
            // Ecuador, Constitution art. 32: health care "permanente, oportuno y sin exclusión" for all persons.
            case ALL_PERSONS -> findings.met(COVERS_ALL_PERSONS, "HS_ALL_PERSONS");
            // R202 para. 6: "at least all residents ... as defined in national laws and regulations".
            case RESIDENTS -> residenceTest(residenceMonths, findings);
            case BY_STATUS -> byStatus(request, parameters, coverage, residenceMonths, findings);
        }
    }

    /** A national rule that treats migratory statuses differently (Serbia, Asylum Act arts. 54 and 63). */
    private static void byStatus(EligibilityRequest request, Parameters parameters, ReferenceHealthCoverage coverage,
            OptionalInt residenceMonths, Findings findings) {
        MigratoryStatus status = request.person().migratoryStatus();
        if (status == MigratoryStatus.UNKNOWN) {
            findings.unknown(STATUS_UNKNOWN, "HS_STATUS_UNKNOWN", STATUS_FACT);
            // Some statuses would be sent to the residence test: say the months are missing too, if they are.
            if (residenceMonths.isEmpty()) {
                findings.unknown(RESIDENCE_UNKNOWN, "HS_RESIDENCE_UNKNOWN", RESIDENCE_FACT);
            }
            return;
        }
        Treatment treatment;
        var named = coverage.treatmentNamedFor(status);
        if (named.isPresent()) {
            treatment = named.get();
        } else {
            // The national rule is silent on this status: the international default (R202) applies to it.
            findings.met(STATUS_DEFAULT, "HS_STATUS_DEFAULT", status.name(), request.jurisdiction());
            treatment = internationalDefault(parameters).asDefaultTreatment();
        }
        switch (treatment) {
            case COVERED -> findings.met(STATUS_COVERED, "HS_STATUS_COVERED", status.name(), request.jurisdiction());
            case EMERGENCY_ONLY -> {
                findings.notMet(STATUS_EMERGENCY_ONLY, "HS_EMERGENCY_ONLY", status.name(), request.jurisdiction());
                findings.met(EMERGENCY_CARE_REMAINS, "HS_EMERGENCY_REMAINS");
            }
            case RESIDENTS -> residenceTest(residenceMonths, findings);
        }
    }

    /**
     * The residence test of the pack data: no national definition of "resident" is sourced, so one month of
     * residence recorded makes a resident, whatever the status; a person with none keeps emergency care.
     */
    private static void residenceTest(OptionalInt residenceMonths, Findings findings) {
        if (residenceMonths.isEmpty()) {
            findings.unknown(RESIDENCE_UNKNOWN, "HS_RESIDENCE_UNKNOWN", RESIDENCE_FACT);
        } else if (residenceMonths.getAsInt() > 0) {
            findings.met(RESIDENT, "HS_RESIDENT", residenceMonths.getAsInt());
        } else {
            findings.notMet(NOT_RESIDENT, "HS_NOT_RESIDENT");
            findings.met(EMERGENCY_CARE_REMAINS, "HS_EMERGENCY_REMAINS");
        }
    }

    /** The international pack's own coverage rule in force on the request's date, whatever the overlay says. */
    private static ReferenceHealthCoverage internationalDefault(Parameters parameters) {
        ParameterValue value = parameters.packs().international().parameter(ReferenceHealthCoverage.PARAMETER)
                .flatMap(p -> p.inForceOn(parameters.asOf()))
                .orElseThrow(() -> new IllegalStateException("no international " + ReferenceHealthCoverage.PARAMETER
                        + " is in force on " + parameters.asOf() + " to stand for a status a national rule omits"));
        return ReferenceHealthCoverage.of(value.value());
    }
}

package org.m4sd.rules.internal.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.m4sd.rules.internal.packs.ParameterValue;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.reference.ReferenceHealthCoverage.Treatment;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;

/**
 * {@code health.essential-care}, read from DOMAIN.md section 4 items 7, 9, 11 and 13 and the pack parameter
 * {@value ReferenceHealthCoverage#PARAMETER}: the social-protection floor's access to essential health care
 * (ILO R202 paras. 5(a) and 6) for the persons the jurisdiction covers. Ecuador covers all persons (Constitution
 * art. 32, Human Mobility Law); Serbia covers asylum seekers and refugees on equal terms and gives irregular
 * migrants emergency care only (Asylum Act arts. 54, 63); elsewhere the international default covers residents,
 * a resident being a person with at least one month of residence recorded, and children (under 18, CRC art. 1)
 * whatever their residence (R202 para. 6). Not status-neutral: a rule by status
 * reads the migratory status, and asks for it only where it could change the outcome (Jamaica covers nationals
 * and leaves every other status to the international default, so a resident or a child is covered whatever the
 * status; Serbia's emergency-only status means the status always matters).
 */
final class ReferenceEssentialCare implements ReferenceDeterminer {
    private static final String RULE_NATIONAL = "hs.essential.rule-national";
    private static final String RULE_DEFAULT = "hs.essential.rule-default";
    private static final String STATUS_DEFAULT = "hs.essential.status-default";
    private static final String COVERS_ALL_PERSONS = "hs.essential.all-persons";
    private static final String STATUS_UNKNOWN = "hs.essential.status-unknown";
    private static final String COVERED_ANY_STATUS = "hs.essential.covered-any-status";
    private static final String STATUS_COVERED = "hs.essential.status-covered";
    private static final String STATUS_EMERGENCY_ONLY = "hs.essential.emergency-only";
    private static final String RESIDENT = "hs.essential.resident";
    private static final String NOT_RESIDENT = "hs.essential.not-resident";
    private static final String RESIDENCE_UNKNOWN = "hs.essential.residence-unknown";
    private static final String CHILD = "hs.essential.child";
    private static final String AGE_UNKNOWN = "hs.essential.age-unknown";
    private static final String EMERGENCY_CARE_REMAINS = "hs.essential.emergency-care-remains";
    private static final String EMERGENCY_CARE_REMAINS_ICESCR = "hs.essential.emergency-care-remains-icescr";
    private static final String CHILDREN_UNDER_YEARS = "health.essential-care.children-under-years";

    private static final String COVERAGE_RULE = "hs.coverage-rule";
    private static final String STATUS_RULE = "hs.status-rule";
    private static final String POPULATION = "hs.population";
    private static final String RESIDENCE = "hs.residence";
    private static final String EMERGENCY_CARE = "hs.emergency-care";

    private static final String STATUS_FACT = "$.person.migratoryStatus";
    private static final String RESIDENCE_FACT = "$.person.residenceMonths";
    private static final String BIRTH_DATE_FACT = "$.person.birthDate";
    /**
     * No national definition of "resident" is sourced: the coverage parameter's description reads R202's term as
     * a person with at least one month of residence recorded.
     */
    private static final int RESIDENT_FROM_MONTHS = 1;

    private static final List<ReferenceRule> RULES = List.of(
            ReferenceRule.informs(RULE_NATIONAL, COVERAGE_RULE, 10, "ilo-r202", "ilo-r202-6"),
            ReferenceRule.informs(RULE_DEFAULT, COVERAGE_RULE, 10, "ilo-r202", "ilo-r202-6"),
            ReferenceRule.informs(STATUS_DEFAULT, STATUS_RULE, 15, "ilo-r202-6"),
            ReferenceRule.blocks(COVERS_ALL_PERSONS, POPULATION, 20, "ilo-r202"),
            ReferenceRule.blocks(STATUS_UNKNOWN, POPULATION, 20, "ilo-r202"),
            ReferenceRule.blocks(COVERED_ANY_STATUS, POPULATION, 20, "ilo-r202", "ilo-r202-6"),
            ReferenceRule.blocks(STATUS_COVERED, POPULATION, 20, "ilo-r202"),
            ReferenceRule.blocks(STATUS_EMERGENCY_ONLY, POPULATION, 20, "ilo-r202"),
            ReferenceRule.blocks(CHILD, RESIDENCE, 30, "ilo-r202-6", "crc-1"),
            ReferenceRule.blocks(RESIDENT, RESIDENCE, 30, "ilo-r202-6"),
            ReferenceRule.blocks(NOT_RESIDENT, RESIDENCE, 30, "ilo-r202-6", "crc-1"),
            ReferenceRule.blocks(RESIDENCE_UNKNOWN, RESIDENCE, 30, "ilo-r202-6"),
            ReferenceRule.blocks(AGE_UNKNOWN, RESIDENCE, 30, "ilo-r202-6", "crc-1"),
            ReferenceRule.informs(EMERGENCY_CARE_REMAINS, EMERGENCY_CARE, 40, "icrmw-28"),
            ReferenceRule.informs(EMERGENCY_CARE_REMAINS_ICESCR, EMERGENCY_CARE, 40, "icescr-12", "cescr-gc14-34"));

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
        Resolved inForce = parameters.find(ReferenceHealthCoverage.PARAMETER).orElseThrow(() -> new NotInForce("$.asOf",
                "no essential-care coverage rule is in force on " + request.asOf() + " for " + jurisdiction
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

        Person person = new Person(request.person().residenceMonths(),
                request.person().birthDate().map(b -> ReferencePublicSchool.completedYears(b, request.asOf())),
                parameters.get(CHILDREN_UNDER_YEARS).integer(), ReferenceIcrmw.forRequest(parameters).binds());
        switch (coverage.scope()) {
            // Ecuador, Constitution art. 32: health care "permanente, oportuno y sin exclusión" for all persons.
            case ALL_PERSONS -> findings.met(COVERS_ALL_PERSONS, "HS_ALL_PERSONS");
            // R202 para. 6: "at least all residents and children ... as defined in national laws and regulations".
            case RESIDENTS -> residenceTest(person, findings);
            case BY_STATUS -> byStatus(request, parameters, coverage, person, findings);
        }
    }

    /**
     * What the residence test reads of the person, with the law it is read against.
     *
     * @param residenceMonths    months of residence, as the request gives them
     * @param ageYears           age in completed years on the decision date, where the birth date is given
     * @param childrenUnderYears CRC art. 1: a child is a person under this age
     * @param icrmwBinds         whether the ICRMW binds the jurisdiction on the date (for emergency care's basis)
     */
    private record Person(OptionalInt residenceMonths, Optional<Integer> ageYears, int childrenUnderYears,
            boolean icrmwBinds) {
        boolean child() {
            return ageYears.isPresent() && ageYears.get() < childrenUnderYears;
        }

        /** At least one month of residence recorded: a resident, as the coverage parameter reads R202's term. */
        boolean resident() {
            return residenceMonths.isPresent() && residenceMonths.getAsInt() >= RESIDENT_FROM_MONTHS;
        }
    }

    /** A national rule that treats migratory statuses differently (Serbia, Asylum Act arts. 54 and 63). */
    private static void byStatus(EligibilityRequest request, Parameters parameters, ReferenceHealthCoverage coverage,
            Person person, Findings findings) {
        MigratoryStatus status = request.person().migratoryStatus();
        if (status == MigratoryStatus.UNKNOWN) {
            Set<Treatment> possible = treatmentsOfEveryStatus(parameters, coverage);
            // R202 para. 6 covers "at least all residents and children": where no status would be given emergency
            // care only and the person passes the residence test (or no status is sent to it), every status the
            // person might have leads to coverage, and the unknown status decides nothing.
            boolean passesResidenceTest = person.child() || person.resident();
            if (!possible.contains(Treatment.EMERGENCY_ONLY)
                    && (!possible.contains(Treatment.RESIDENTS) || passesResidenceTest)) {
                findings.met(COVERED_ANY_STATUS, "HS_COVERED_ANY_STATUS", request.jurisdiction());
                if (possible.contains(Treatment.RESIDENTS)) {
                    residenceTest(person, findings);
                }
                return;
            }
            findings.unknown(STATUS_UNKNOWN, "HS_STATUS_UNKNOWN", STATUS_FACT);
            // Some statuses would be sent to the residence test: say which of its facts are missing too, unless
            // the person is a child, whom that test covers whatever the residence.
            if (!person.child()) {
                missingForResidenceTest(person, findings);
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
            treatment = unnamedStatusTreatment(parameters);
        }
        switch (treatment) {
            case COVERED -> findings.met(STATUS_COVERED, "HS_STATUS_COVERED", status.name(), request.jurisdiction());
            case EMERGENCY_ONLY -> {
                // The statuses the rule covers on equal terms would meet the criterion; none may exist.
                List<String> covered = coveredStatuses(parameters, coverage);
                Gap gap = covered.isEmpty() ? Gap.unchangeable(STATUS_FACT) : Gap.change(STATUS_FACT, covered);
                findings.notMet(STATUS_EMERGENCY_ONLY, "HS_EMERGENCY_ONLY", gap, status.name(),
                        request.jurisdiction(), covered.size());
                emergencyCareRemains(person, findings);
            }
            case RESIDENTS -> residenceTest(person, findings);
        }
    }

    /**
     * The residence test of the pack data, with R202's children: a child (CRC art. 1) is covered whatever the
     * residence; for anyone else, no national definition of "resident" being sourced, one month of residence
     * recorded makes a resident, whatever the status; an adult with none keeps emergency care.
     */
    private static void residenceTest(Person person, Findings findings) {
        if (person.child()) {
            findings.met(CHILD, "HS_CHILD", person.ageYears().get(), person.childrenUnderYears());
            return;
        }
        OptionalInt months = person.residenceMonths();
        if (person.resident()) {
            findings.met(RESIDENT, "HS_RESIDENT", months.getAsInt());
        } else if (months.isPresent() && person.ageYears().isPresent()) {
            // The months still needed to be a resident; an adult cannot become a child, so no other route.
            findings.notMet(NOT_RESIDENT, "HS_NOT_RESIDENT", Gap.increase(RESIDENCE_FACT,
                    BigDecimal.valueOf(RESIDENT_FROM_MONTHS - months.getAsInt()), "months"), person.ageYears().get(),
                    person.childrenUnderYears());
            emergencyCareRemains(person, findings);
        } else {
            missingForResidenceTest(person, findings);
        }
    }

    /**
     * For a person not known to be a child and not shown to be resident: the months where they are missing, and
     * the birth date where it is missing and could show a child.
     */
    private static void missingForResidenceTest(Person person, Findings findings) {
        OptionalInt months = person.residenceMonths();
        if (months.isEmpty()) {
            findings.unknown(RESIDENCE_UNKNOWN, "HS_RESIDENCE_UNKNOWN", RESIDENCE_FACT);
        }
        if (person.ageYears().isEmpty() && (months.isEmpty() || months.getAsInt() == 0)) {
            findings.unknown(AGE_UNKNOWN, "HS_BIRTHDATE_UNKNOWN", BIRTH_DATE_FACT);
        }
    }

    /** Emergency care remains owed: ICRMW art. 28 where it binds, else ICESCR art. 12 (General Comment 14). */
    private static void emergencyCareRemains(Person person, Findings findings) {
        findings.met(person.icrmwBinds() ? EMERGENCY_CARE_REMAINS : EMERGENCY_CARE_REMAINS_ICESCR,
                "HS_EMERGENCY_REMAINS");
    }

    /** The statuses the rule by status covers on equal terms, named or left to the default, in declaration order. */
    private static List<String> coveredStatuses(Parameters parameters, ReferenceHealthCoverage coverage) {
        List<String> covered = new ArrayList<>();
        for (MigratoryStatus status : MigratoryStatus.values()) {
            if (status != MigratoryStatus.UNKNOWN && coverage.treatmentNamedFor(status)
                    .orElseGet(() -> unnamedStatusTreatment(parameters)) == Treatment.COVERED) {
                covered.add(status.name());
            }
        }
        return covered;
    }

    /**
     * What the rule by status gives each status a person can hold: the treatment it names, or the international
     * default's for a status it leaves unnamed (looked up only where one is left unnamed).
     */
    private static Set<Treatment> treatmentsOfEveryStatus(Parameters parameters, ReferenceHealthCoverage coverage) {
        Set<Treatment> treatments = EnumSet.noneOf(Treatment.class);
        boolean someUnnamed = false;
        for (MigratoryStatus status : MigratoryStatus.values()) {
            if (status != MigratoryStatus.UNKNOWN) {
                Optional<Treatment> named = coverage.treatmentNamedFor(status);
                named.ifPresent(treatments::add);
                someUnnamed |= named.isEmpty();
            }
        }
        if (someUnnamed) {
            treatments.add(unnamedStatusTreatment(parameters));
        }
        return treatments;
    }

    /**
     * What a status the national rule does not name is given: the international pack's own coverage rule in force
     * on the request's date, whatever the overlay says. A national rule older than R202 (Jamaica's of April 2008)
     * can be in force before any international value is; the floor's minimum, residents (and children), stands
     * for the unnamed statuses then.
     */
    private static Treatment unnamedStatusTreatment(Parameters parameters) {
        Optional<ParameterValue> value = parameters.packs().international()
                .parameter(ReferenceHealthCoverage.PARAMETER).flatMap(p -> p.inForceOn(parameters.asOf()));
        return value.map(v -> ReferenceHealthCoverage.of(v.value()).asDefaultTreatment()).orElse(Treatment.RESIDENTS);
    }
}

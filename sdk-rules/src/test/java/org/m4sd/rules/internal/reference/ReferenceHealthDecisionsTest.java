package org.m4sd.rules.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.m4sd.rules.HealthEducationArbitraries.withoutInputHash;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.FieldError;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.LegalBasis;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfession;
import org.m4sd.sdk.request.HealthProfessional;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.ReturnType;
import org.m4sd.sdk.request.WorkPeriod;

/**
 * Examples of the reference implementation's health determinations, checked against the decisions the law and the
 * pack data give, not against the Drools engine.
 */
class ReferenceHealthDecisionsTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    private static Decision decide(EligibilityRequest.Builder request, Determination determination) {
        return EngineFixture.REFERENCE.evaluate(request.determinations(determination).build())
                .decision(determination).orElseThrow();
    }

    private static Decision decide(String jurisdiction, LocalDate asOf, Person person, Determination determination) {
        return decide(EngineFixture.request(jurisdiction, asOf, person), determination);
    }

    private static List<String> rules(Decision d) {
        return d.criteria().stream().map(Criterion::rule).toList();
    }

    private static Criterion criterion(Decision d, String id) {
        return d.criterion(id).orElseThrow(() -> new AssertionError("no criterion " + id + " in " + d.criteria()));
    }

    @Test
    void emergencyCareIsTheSameForEveryMigratoryStatus() {
        Decision national = decide("SRB", AS_OF, Person.builder("p").presentInTerritory(true)
                .migratoryStatus(MigratoryStatus.NATIONAL).build(), Determination.HEALTH_EMERGENCY_CARE);
        assertThat(national.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(rules(national)).as("Serbia is not an ICRMW party")
                .containsExactly("he.emergency.basis-icescr", "he.emergency.present-icescr");
        assertThat(criterion(national, "he.presence").legalBasis()).extracting(LegalBasis::instrument,
                LegalBasis::article).containsExactly(
                tuple("International Covenant on Economic, Social and Cultural Rights", "12"),
                tuple("CESCR General Comment No. 14 (2000), the right to the highest attainable standard of health"
                        + " (E/C.12/2000/4)", "para. 34"));
        for (MigratoryStatus status : MigratoryStatus.values()) {
            Decision other = decide("SRB", AS_OF, Person.builder("p").presentInTerritory(true)
                    .migratoryStatus(status).build(), Determination.HEALTH_EMERGENCY_CARE);
            assertThat(withoutInputHash(other)).as("status %s", status).isEqualTo(withoutInputHash(national));
        }
    }

    @Test
    void emergencyCareAsksForPresenceAndRefusesAPersonAbroad() {
        Decision unknown = decide("MAR", AS_OF, Person.builder("p").build(), Determination.HEALTH_EMERGENCY_CARE);
        assertThat(unknown.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(unknown.missingFacts()).containsExactly("$.person.presentInTerritory");

        Decision abroad = decide("MAR", AS_OF, Person.builder("p").presentInTerritory(false).build(),
                Determination.HEALTH_EMERGENCY_CARE);
        assertThat(abroad.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(criterion(abroad, "he.presence").result()).isEqualTo(CriterionResult.NOT_MET);
    }

    @Test
    void ecuadorCoversEveryPersonFromTheConstitutionOn() {
        Decision d = decide("ECU", LocalDate.of(2010, 3, 1), Person.builder("p")
                .migratoryStatus(MigratoryStatus.IRREGULAR).build(), Determination.HEALTH_ESSENTIAL_CARE);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(rules(d)).containsExactly("hs.essential.rule-national", "hs.essential.all-persons");
        assertThat(d.values()).isEqualTo(Map.of("coverageRule", "ALL_PERSONS",
                "coverageRuleSource", "Constitución de la República del Ecuador (2008), art. 32 [V]",
                "coverageRuleInternationalDefault", false));
    }

    @Test
    void beforeR202AJurisdictionWithoutANationalRuleHasNoEssentialCareRule() {
        var request = EngineFixture.request("MAR", LocalDate.of(2012, 6, 13), Person.builder("p").build())
                .determinations(Determination.HEALTH_ESSENTIAL_CARE).build();
        InvalidRequestException e = catchThrowableOfType(() -> EngineFixture.REFERENCE.evaluate(request),
                InvalidRequestException.class);
        assertThat(e.errors()).containsExactly(FieldError.of("$.asOf", "no essential-care coverage rule is in "
                + "force on 2012-06-13 for MAR (the international default, ILO R202, dates from its adoption)"));

        Decision adopted = decide("MAR", LocalDate.of(2012, 6, 14), Person.builder("p").residenceMonths(1).build(),
                Determination.HEALTH_ESSENTIAL_CARE);
        assertThat(adopted.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(rules(adopted)).containsExactly("hs.essential.rule-default", "hs.essential.resident");
    }

    @Test
    void theResidenceTestCountsMonthsAsANumber() {
        Decision resident = decide(EngineFixture.request("TUN", AS_OF, Person.builder("p").residenceMonths(1200)
                .build()).locale(Locale.ENGLISH), Determination.HEALTH_ESSENTIAL_CARE);
        assertThat(criterion(resident, "hs.residence").message())
                .isEqualTo("Resident: 1,200 months of residence in the jurisdiction");

        Decision visitor = decide("TUN", AS_OF, Person.builder("p").residenceMonths(0)
                .birthDate(LocalDate.of(1980, 1, 1)).build(), Determination.HEALTH_ESSENTIAL_CARE);
        assertThat(visitor.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(rules(visitor)).containsExactly("hs.essential.rule-default", "hs.essential.not-resident",
                "hs.essential.emergency-care-remains-icescr");
        assertThat(visitor.values()).containsEntry("coverageRuleInternationalDefault", true);
    }

    @Test
    void serbiaGivesIrregularMigrantsEmergencyCareOnly() {
        Decision d = decide("SRB", AS_OF, Person.builder("p").migratoryStatus(MigratoryStatus.IRREGULAR)
                .residenceMonths(40).build(), Determination.HEALTH_ESSENTIAL_CARE);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(rules(d)).containsExactly("hs.essential.rule-national", "hs.essential.emergency-only",
                "hs.essential.emergency-care-remains-icescr");
        assertThat(criterion(d, "hs.population").message())
                .isEqualTo("Not covered: for status IRREGULAR, SRB gives emergency medical care only. The statuses SRB"
                        + " covers on equal terms would meet it: ASYLUM_SEEKER, REFUGEE.");
        assertThat(criterion(d, "hs.population").gap()).contains(Gap.change("$.person.migratoryStatus",
                List.of("ASYLUM_SEEKER", "REFUGEE")));
        assertThat(criterion(d, "hs.population").legalBasis()).extracting(LegalBasis::instrument)
                .containsExactly("ILO Social Protection Floors Recommendation, 2012 (No. 202)");
    }

    @Test
    void serbiaSendsAStatusItsRuleDoesNotNameToTheResidenceTest() {
        Decision d = decide("SRB", AS_OF, Person.builder("p").migratoryStatus(MigratoryStatus.NATIONAL)
                .residenceMonths(0).birthDate(LocalDate.of(1980, 1, 1)).build(), Determination.HEALTH_ESSENTIAL_CARE);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(rules(d)).containsExactly("hs.essential.rule-national", "hs.essential.status-default",
                "hs.essential.not-resident", "hs.essential.emergency-care-remains-icescr");
        assertThat(criterion(d, "hs.status-rule").message()).isEqualTo(
                "The rule of SRB names no coverage for status NATIONAL: the international default (all residents and "
                        + "all children) applies to it");
    }

    @Test
    void serbiaWithoutAStatusAsksForItAndForTheMonthsOfResidenceAndTheBirthDate() {
        Decision d = decide("SRB", AS_OF, Person.builder("p").build(), Determination.HEALTH_ESSENTIAL_CARE);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingFacts()).containsExactly("$.person.birthDate", "$.person.migratoryStatus",
                "$.person.residenceMonths");

        Decision monthsKnown = decide("SRB", AS_OF, Person.builder("p").residenceMonths(0)
                .birthDate(LocalDate.of(1980, 1, 1)).build(), Determination.HEALTH_ESSENTIAL_CARE);
        assertThat(monthsKnown.missingFacts()).containsExactly("$.person.migratoryStatus");
        assertThat(monthsKnown.criterion("hs.residence")).isEmpty();
    }

    @Test
    void serbiaBeforeTheAsylumActOfTheDataFallsBackToR202() {
        Decision d = decide("SRB", LocalDate.of(2018, 4, 2), Person.builder("p")
                .migratoryStatus(MigratoryStatus.REFUGEE).residenceMonths(3).build(),
                Determination.HEALTH_ESSENTIAL_CARE);
        assertThat(rules(d)).containsExactly("hs.essential.rule-default", "hs.essential.resident");
        assertThat(d.values()).containsEntry("coverageRule", "RESIDENTS")
                .containsEntry("coverageRuleInternationalDefault", true);
    }

    @Test
    void diasporaReturnWithoutAProgrammeEncodedIsUndeterminedAndNamesTheParameter() {
        Decision d = decide("NPL", AS_OF, Person.builder("p").build(), Determination.HEALTH_DIASPORA_RETURN_SUPPORT);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(rules(d)).containsExactly("hd.return.programme-not-encoded");
        assertThat(d.missingFacts()).isEmpty();
        assertThat(d.notEncoded()).containsExactly("hd.return.programme");
        assertThat(d.values()).isEmpty();
    }

    @Test
    void aListedOriginIsReportedWithTheListsCriteriaAsInformationOnly() {
        var professional = HealthProfessional.of(HealthProfession.NURSE, true, true, "NPL", "QAT",
                ReturnType.TEMPORARY, true);
        Decision d = decide(EngineFixture.request("NPL", AS_OF, Person.builder("p").build())
                .healthProfessional(professional), Determination.HEALTH_DIASPORA_RETURN_SUPPORT);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(rules(d)).containsExactly("hd.return.programme-not-encoded", "hd.return.safeguards-listed");
        assertThat(criterion(d, "hd.safeguards-list").message()).isEqualTo("NPL is on the WHO Health Workforce "
                + "Support and Safeguards List 2023 (fewer than 49 doctors, nurses and midwives per 10,000 and a UHC "
                + "service-coverage index below 55; listing [S]): information only, the WHO Global Code of Practice "
                + "sets no eligibility criteria for return support");
        assertThat(d.values()).isEqualTo(Map.of("whoSafeguardsList2023", true));
    }

    @Test
    void moldovasProgrammeReadsTheNationalityTheWorkAbroadTheDegreeAndTheLanguage() {
        var professional = HealthProfessional.of(HealthProfession.DOCTOR, true, true, "MDA", "DEU",
                ReturnType.VIRTUAL, false).withReturnProgrammeFacts(
                List.of(WorkPeriod.of("DEU", LocalDate.of(2020, 7, 1), AS_OF)), "ISCED_6", List.of("ro"));
        Decision d = decide(EngineFixture.request("MDA", AS_OF, Person.builder("p").nationality("MDA").build())
                .healthProfessional(professional), Determination.HEALTH_DIASPORA_RETURN_SUPPORT);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(rules(d)).containsExactly("hd.return.programme-encoded", "hd.return.citizen",
                "hd.return.work-abroad-reached", "hd.return.employed-abroad", "hd.return.degree-reached",
                "hd.return.language-known", "hd.return.safeguards-not-recorded");
        assertThat(criterion(d, "hd.work-abroad").message())
                .isEqualTo("36 months of relevant work abroad in the last 60 months: at least 36 required");
        assertThat(criterion(d, "hd.safeguards-list").message()).isEqualTo("MDA is not recorded in the rule packs "
                + "as on the WHO Health Workforce Support and Safeguards List 2023 (recorded: BGD, NPL, SEN): "
                + "information only. The list is the WHO's, drawn from the figures of MDA: nothing the person does"
                + " changes it.");
        assertThat(criterion(d, "hd.safeguards-list").gap()).contains(
                Gap.unchangeable("$.healthProfessional.originCountry"));

        Decision serbian = decide(EngineFixture.request("MDA", AS_OF, Person.builder("p").nationality("SRB").build())
                .healthProfessional(professional), Determination.HEALTH_DIASPORA_RETURN_SUPPORT);
        assertThat(serbian.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(criterion(serbian, "hd.citizenship").message())
                .isEqualTo("A national of SRB: the programme is open to citizens of MDA. Nationality is not a fact"
                        + " the person can change to meet this condition.");
    }

    @Test
    void monthsAbroadAreWholeMonthsOfJoinedStretchesInTheWindowAwayFromHome() {
        LocalDate first = LocalDate.of(2019, 7, 1);
        LocalDate last = LocalDate.of(2024, 6, 30);
        assertThat(ReferenceDiasporaReturn.wholeMonthsAbroad(List.of(
                WorkPeriod.of("ITA", LocalDate.of(2019, 9, 1), LocalDate.of(2019, 12, 31)),
                WorkPeriod.of("DEU", LocalDate.of(2018, 1, 1), LocalDate.of(2020, 6, 30)),
                WorkPeriod.of("FRA", LocalDate.of(2020, 7, 1), LocalDate.of(2020, 12, 31)),
                WorkPeriod.of("MDA", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
                WorkPeriod.of("ROU", LocalDate.of(2022, 1, 15), LocalDate.of(2022, 3, 14)),
                WorkPeriod.of("ROU", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1))), "MDA", first, last))
                .isEqualTo(18 + 2 + 6);
    }
}

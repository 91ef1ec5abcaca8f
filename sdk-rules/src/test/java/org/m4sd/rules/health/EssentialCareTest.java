package org.m4sd.rules.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;

class EssentialCareTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    private static Decision decide(EligibilityEngine engine, String jurisdiction, LocalDate asOf, Person person,
            Locale locale) {
        var request = EngineFixture.request(jurisdiction, asOf, person)
                .determinations(Determination.HEALTH_ESSENTIAL_CARE).locale(locale).build();
        Decision d = engine.evaluate(request).decision(Determination.HEALTH_ESSENTIAL_CARE).orElseThrow();
        if (engine == EngineFixture.DROOLS) {
            assertThat(d).isEqualTo(decide(EngineFixture.REFERENCE, jurisdiction, asOf, person, locale));
        }
        return d;
    }

    private static Decision decide(String jurisdiction, Person person) {
        return decide(EngineFixture.DROOLS, jurisdiction, AS_OF, person, Locale.ENGLISH);
    }

    private static Criterion criterion(Decision d, String id) {
        return d.criterion(id).orElseThrow(() -> new AssertionError("no criterion " + id + " in " + d.criteria()));
    }

    @Test
    void ecuadorCoversAnIrregularMigrantWithoutResidenceFacts() {
        Person person = Person.builder("p-1").migratoryStatus(MigratoryStatus.IRREGULAR).build();
        Decision d = decide("ECU", person);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Criterion population = criterion(d, "hs.population");
        assertThat(population.rule()).isEqualTo("hs.essential.all-persons");
        assertThat(population.result()).isEqualTo(CriterionResult.MET);
        assertThat(population.message()).isEqualTo(
                "Covered: essential health care is for all persons, whatever their migratory status or residence");
        assertThat(criterion(d, "hs.coverage-rule").message())
                .startsWith("ECU gives essential health care to all persons, without exclusion")
                .contains("Ley Orgánica de Movilidad Humana");
        assertThat(d.criterion("hs.residence")).isEmpty();
        assertThat(d.values()).containsEntry("coverageRule", "ALL_PERSONS")
                .containsEntry("coverageRuleInternationalDefault", false)
                .containsEntry("coverageRuleSource", "Ley Orgánica de Movilidad Humana (R.O. Supl. 938, 6 Feb 2017) "
                        + "and Constitución 2008 art. 32 [V]");
        assertThat(d.rulePack().id()).isEqualTo("ecu");
    }

    @Test
    void ecuadorBeforeTheHumanMobilityLawCitesTheConstitution() {
        Person person = Person.builder("p-2").build();
        Decision d = decide(EngineFixture.DROOLS, "ECU", LocalDate.of(2015, 1, 1), person, new Locale("es"));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(d, "hs.coverage-rule").message())
                .isEqualTo("ECU da atención de salud esencial a todas las personas, sin exclusión "
                        + "(Constitución de la República del Ecuador (2008), art. 32 [V])");
    }

    @Test
    void serbiaCoversAsylumSeekersAndRefugeesOnEqualTerms() {
        for (MigratoryStatus status : new MigratoryStatus[] {MigratoryStatus.ASYLUM_SEEKER, MigratoryStatus.REFUGEE}) {
            Decision d = decide("SRB", Person.builder("p-3").migratoryStatus(status).residenceMonths(0).build());
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            Criterion population = criterion(d, "hs.population");
            assertThat(population.rule()).isEqualTo("hs.essential.status-covered");
            assertThat(population.message()).isEqualTo(
                    "Covered: status " + status + " receives essential health care in SRB on equal terms with nationals");
            assertThat(criterion(d, "hs.coverage-rule").message()).contains("Asylum Act").contains("54, 63").endsWith("[S])");
            assertThat(d.criterion("hs.residence")).isEmpty();
        }
    }

    @Test
    void serbiaGivesIrregularMigrantsEmergencyCareOnly() {
        Decision d = decide("SRB", Person.builder("p-4").migratoryStatus(MigratoryStatus.IRREGULAR)
                .residenceMonths(30).build());
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        Criterion population = criterion(d, "hs.population");
        assertThat(population.rule()).isEqualTo("hs.essential.emergency-only");
        assertThat(population.result()).isEqualTo(CriterionResult.NOT_MET);
        assertThat(population.message()).isEqualTo("Not covered: for status IRREGULAR, SRB gives emergency medical"
                + " care only. The statuses SRB covers on equal terms would meet it: ASYLUM_SEEKER, REFUGEE.");
        assertThat(population.gap()).contains(Gap.change("$.person.migratoryStatus", List.of("ASYLUM_SEEKER",
                "REFUGEE")));
        Criterion emergency = criterion(d, "hs.emergency-care");
        assertThat(emergency.result()).isEqualTo(CriterionResult.MET);
        assertThat(emergency.rule()).as("Serbia is not a party to the ICRMW")
                .isEqualTo("hs.essential.emergency-care-remains-icescr");
        assertThat(emergency.legalBasis()).extracting(b -> b.instrument() + " " + b.article()).containsExactly(
                "International Covenant on Economic, Social and Cultural Rights 12",
                "CESCR General Comment No. 14 (2000), the right to the highest attainable standard of health"
                        + " (E/C.12/2000/4) para. 34");
        assertThat(emergency.message()).contains("remains owed");
    }

    @Test
    void serbiaWithUnknownStatusIsUndeterminedAndAsksForStatusResidenceAndAge() {
        Decision d = decide("SRB", Person.builder("p-5").build());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingFacts()).containsExactly("$.person.birthDate", "$.person.migratoryStatus",
                "$.person.residenceMonths");

        Decision adult = decide("SRB", Person.builder("p-6").residenceMonths(0).birthDate(LocalDate.of(1990, 1, 1))
                .build());
        assertThat(adult.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(adult.missingFacts()).containsExactly("$.person.migratoryStatus");
    }

    @Test
    void serbiaFallsBackToTheInternationalResidentsRuleForStatusesItsSourceDoesNotName() {
        Decision d = decide("SRB", Person.builder("p-7").migratoryStatus(MigratoryStatus.REGULAR)
                .residenceMonths(14).build());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(d, "hs.status-rule").message())
                .isEqualTo("The rule of SRB names no coverage for status REGULAR: the international default (all residents and all children) applies to it");
        assertThat(criterion(d, "hs.residence").message()).isEqualTo("Resident: 14 months of residence in the jurisdiction");
    }

    @Test
    void serbiaBeforeTheAsylumActValueUsesTheInternationalDefaultAndSaysSo() {
        Decision d = decide(EngineFixture.DROOLS, "SRB", LocalDate.of(2016, 1, 1),
                Person.builder("p-8").migratoryStatus(MigratoryStatus.IRREGULAR).residenceMonths(3).build(),
                Locale.ENGLISH);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(d, "hs.coverage-rule").rule()).isEqualTo("hs.essential.rule-default");
        assertThat(d.values()).containsEntry("coverageRuleInternationalDefault", true);
        assertThat(criterion(d, "hs.coverage-rule").message()).startsWith(
                "The SRB rule pack has no sourced coverage rule in force on this date: the international default applies");
    }

    @Test
    void theInternationalDefaultCoversResidentsWhateverTheirStatus() {
        Decision resident = decide("TUN", Person.builder("p-9").migratoryStatus(MigratoryStatus.IRREGULAR)
                .residenceMonths(1).build());
        assertThat(resident.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(resident, "hs.coverage-rule").message()).contains("ILO Social Protection Floors Recommendation");

        Decision visitor = decide("TUN", Person.builder("p-10").migratoryStatus(MigratoryStatus.REGULAR)
                .residenceMonths(0).birthDate(LocalDate.of(1990, 1, 1)).build());
        assertThat(visitor.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(criterion(visitor, "hs.residence").rule()).isEqualTo("hs.essential.not-resident");
        assertThat(criterion(visitor, "hs.emergency-care").result()).isEqualTo(CriterionResult.MET);

        Decision unknown = decide("TUN", Person.builder("p-11").migratoryStatus(MigratoryStatus.NATIONAL).build());
        assertThat(unknown.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(unknown.missingFacts()).containsExactly("$.person.birthDate", "$.person.residenceMonths");
    }

    @Test
    void childrenAreCoveredWhateverTheirResidenceUnderTheInternationalDefault() {
        Decision child = decide("TUN", Person.builder("p-15").migratoryStatus(MigratoryStatus.IRREGULAR)
                .residenceMonths(0).birthDate(AS_OF.minusYears(18).plusDays(1)).build());
        assertThat(child.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Criterion residence = criterion(child, "hs.residence");
        assertThat(residence.rule()).isEqualTo("hs.essential.child");
        assertThat(residence.message()).isEqualTo("Covered: a child (17 years old, under 18) is covered whatever the"
                + " residence (R202 para. 6 covers all residents and all children)");

        Decision eighteen = decide("TUN", Person.builder("p-16").residenceMonths(0)
                .birthDate(AS_OF.minusYears(18)).build());
        assertThat(eighteen.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(criterion(eighteen, "hs.residence").message())
                .isEqualTo("Not covered: no month of residence in the jurisdiction, and at 18 years old not a child"
                        + " (under 18). One more month of residence in the jurisdiction would meet it.");
        assertThat(criterion(eighteen, "hs.residence").gap()).contains(Gap.increase("$.person.residenceMonths",
                java.math.BigDecimal.ONE, "months"));

        Decision unknownResidence = decide("SRB", Person.builder("p-17").migratoryStatus(MigratoryStatus.REGULAR)
                .birthDate(AS_OF.minusYears(4)).build());
        assertThat(unknownResidence.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(unknownResidence.missingFacts()).isEmpty();
    }

    @Test
    void messagesFollowTheLocale() {
        Person person = Person.builder("p-12").migratoryStatus(MigratoryStatus.IRREGULAR).residenceMonths(5).build();
        Decision fr = decide(EngineFixture.DROOLS, "SRB", AS_OF, person, Locale.FRENCH);
        assertThat(criterion(fr, "hs.population").message())
                .isEqualTo("Non couvert : pour le statut IRREGULAR, SRB n'accorde que les soins médicaux d'urgence."
                        + " Les statuts que SRB couvre à égalité de traitement y satisferaient : ASYLUM_SEEKER, REFUGEE.");
    }

    @Test
    void aDateBeforeAnyCoverageRuleIsRejectedNamingTheField() {
        var request = EngineFixture.request("MAR", LocalDate.of(2010, 1, 1), Person.builder("p-13").build())
                .determinations(Determination.HEALTH_ESSENTIAL_CARE).build();
        assertThatThrownBy(() -> EngineFixture.DROOLS.evaluate(request))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("$.asOf");
    }

    @Test
    void aRequestNamingNoDeterminationBeforeAnyCoverageRuleIsDecidedOnTheOthers() {
        var request = EngineFixture.request("MAR", LocalDate.of(2010, 1, 1), Person.builder("p-14")
                .birthDate(LocalDate.of(1990, 5, 1)).presentInTerritory(true).build()).build();
        assertThat(request.determinations()).isEmpty();
        for (EligibilityEngine engine : new EligibilityEngine[] {EngineFixture.DROOLS, EngineFixture.REFERENCE}) {
            var decided = engine.evaluate(request);
            assertThat(decided.decisions()).extracting(Decision::determination)
                    .contains(Determination.HEALTH_EMERGENCY_CARE, Determination.EDUCATION_PUBLIC_SCHOOL)
                    .doesNotContain(Determination.HEALTH_ESSENTIAL_CARE);
        }
        assertThat(EngineFixture.DROOLS.evaluate(request)).isEqualTo(EngineFixture.REFERENCE.evaluate(request));
    }
}

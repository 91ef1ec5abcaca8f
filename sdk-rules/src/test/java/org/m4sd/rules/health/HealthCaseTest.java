package org.m4sd.rules.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.rules.internal.engine.NotInForceException;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.health.CoverageRule;
import org.m4sd.rules.internal.health.DiasporaReturnCase;
import org.m4sd.rules.internal.health.DiasporaReturnSupport;
import org.m4sd.rules.internal.health.EmergencyCareCase;
import org.m4sd.rules.internal.health.EssentialCare;
import org.m4sd.rules.internal.health.EssentialCareCase;
import org.m4sd.rules.internal.health.EssentialCareCoverage;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfession;
import org.m4sd.sdk.request.HealthProfessional;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.ReturnType;
import org.m4sd.sdk.request.WorkPeriod;

/**
 * The Drools side's measurement and parameters for the health determinations: the cases hold the request's
 * facts and the parameters in force with their sources, and no conclusion.
 */
class HealthCaseTest {
    private static final PackStore PACKS = PackStore.load();
    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    private static EssentialCareCase essential(String jurisdiction, LocalDate asOf, Person person) {
        return (EssentialCareCase) new EssentialCare().caseFor(
                EngineFixture.request(jurisdiction, asOf, person).build(), new PackContext(PACKS, jurisdiction, asOf));
    }

    private static DiasporaReturnCase diaspora(String jurisdiction, HealthProfessional hp) {
        EligibilityRequest.Builder b = EngineFixture.request(jurisdiction, AS_OF, Person.builder("p").build());
        if (hp != null) {
            b.healthProfessional(hp);
        }
        return (DiasporaReturnCase) new DiasporaReturnSupport().caseFor(b.build(),
                new PackContext(PACKS, jurisdiction, AS_OF));
    }

    @Test
    void serbiasRuleByStatusIsDataTheRulesTestMembershipOf() {
        EssentialCareCase c = essential("SRB", AS_OF,
                Person.builder("p").migratoryStatus(MigratoryStatus.IRREGULAR).residenceMonths(7).build());
        assertThat(c.getStatus()).isEqualTo("IRREGULAR");
        assertThat(c.getResidenceMonths()).isEqualTo(7);
        EssentialCareCoverage coverage = c.getCoverage();
        assertThat(coverage.rule()).isEqualTo(CoverageRule.BY_STATUS);
        assertThat(coverage.internationalDefault()).isFalse();
        assertThat(coverage.source()).contains("Asylum Act").endsWith("art. 54, 63 [S]");
        assertThat(coverage.namedStatuses()).containsExactlyInAnyOrder("ASYLUM_SEEKER", "REFUGEE", "IRREGULAR");
        assertThat(coverage.coveredStatuses()).containsExactlyInAnyOrder("ASYLUM_SEEKER", "REFUGEE");
        assertThat(coverage.emergencyOnlyStatuses()).containsExactly("IRREGULAR");
        // The statuses the Serbian rule does not name get the international default: the residence test.
        assertThat(coverage.residenceTestStatuses()).containsExactlyInAnyOrder("NATIONAL", "REGULAR", "STATELESS");
        assertThat(coverage.residentFromMonths()).isEqualTo(1);
        assertThat(coverage.coveredStatuses().contains(null)).isFalse();
    }

    @Test
    void anUnknownStatusAndMissingMonthsAreMeasuredAsAbsent() {
        EssentialCareCase c = essential("SRB", AS_OF, Person.builder("p").build());
        assertThat(c.getStatus()).isNull();
        assertThat(c.getResidenceMonths()).isNull();
    }

    @Test
    void ecuadorCoversAllPersonsAndTheInternationalDefaultCoversResidents() {
        EssentialCareCoverage ecuador = essential("ECU", AS_OF, Person.builder("p").build()).getCoverage();
        assertThat(ecuador.rule()).isEqualTo(CoverageRule.ALL_PERSONS);
        assertThat(ecuador.coveredStatuses()).isEmpty();
        assertThat(ecuador.residenceTestStatuses()).isEmpty();

        EssentialCareCase kyrgyz = essential("KGZ", AS_OF, Person.builder("p").residenceMonths(0).build());
        assertThat(kyrgyz.getCoverage().rule()).isEqualTo(CoverageRule.RESIDENTS);
        assertThat(kyrgyz.getCoverage().internationalDefault()).isTrue();
        assertThat(kyrgyz.getCoverage().source())
                .isEqualTo("ILO Social Protection Floors Recommendation, 2012 (No. 202), art. 5(a), 6 [V]");
        assertThat(kyrgyz.values()).containsEntry("coverageRule", "RESIDENTS")
                .containsEntry("coverageRuleInternationalDefault", true);
        assertThat(essential("BGD", AS_OF, Person.builder("q").build()).getCoverage())
                .isSameAs(kyrgyz.getCoverage());
    }

    @Test
    void beforeR202NoCoverageIsInForce() {
        assertThatThrownBy(() -> essential("KGZ", LocalDate.of(2012, 6, 13), Person.builder("p").build()))
                .isInstanceOfSatisfying(NotInForceException.class, e -> assertThat(e.error()).isEqualTo(
                        org.m4sd.sdk.FieldError.of("$.asOf", "no essential-care coverage rule is in force on 2012-06-13 "
                                + "for KGZ (the international default, ILO R202, dates from its adoption)")));
    }

    @Test
    void theDiasporaCaseHoldsTheProfessionalsFactsTheProgrammeAndTheSafeguardsList() {
        HealthProfessional nurse = new HealthProfessional(HealthProfession.NURSE, Optional.of(true), Optional.empty(),
                "MDA", "ITA", Optional.of(ReturnType.TEMPORARY), Optional.of(false)).withReturnProgrammeFacts(
                List.of(WorkPeriod.of("ITA", LocalDate.of(2019, 1, 1), LocalDate.of(2030, 1, 1))), "ISCED_7",
                List.of("ro", "it"));
        DiasporaReturnCase c = diaspora("MDA", nurse);
        assertThat(c.isProfessionalGiven()).isTrue();
        assertThat(c.getProgramme().nationality()).isEqualTo("MDA");
        assertThat(c.getProgramme().minMonthsAbroad()).isEqualTo(36);
        assertThat(c.getProgramme().windowMonths()).isEqualTo(60);
        assertThat(c.getProgramme().minIscedLevel()).isEqualTo(6);
        assertThat(c.getProgramme().language()).isEqualTo("ro");
        assertThat(c.getProgramme().source()).endsWith("[S]");
        assertThat(c.getIscedLevel()).isEqualTo(7);
        assertThat(c.getLanguages()).containsExactlyInAnyOrder("ro", "it");
        assertThat(c.getOriginCountry()).isEqualTo("MDA");
        assertThat(c.getCountryOfPractice()).isEqualTo("ITA");
        assertThat(c.getSafeguards().listedCountries()).containsExactly("BGD", "NPL", "SEN");
        assertThat(c.getSafeguards().listingStatus("NPL")).isEqualTo("S");
        assertThat(c.getSafeguards().doctorsNursesMidwivesPer10000Below()).isEqualTo("49");
        assertThat(c.getSafeguards().uhcServiceCoverageIndexBelow()).isEqualTo("55");
        assertThat(c.getSafeguards().recorded()).isEqualTo("BGD, NPL, SEN");
        assertThat(diaspora("SRB", nurse).getSafeguards()).isSameAs(c.getSafeguards());
        assertThat(diaspora("SRB", nurse).getProgramme()).as("no programme encoded for Serbia").isNull();

        DiasporaReturnCase none = diaspora("MDA", null);
        assertThat(none.isProfessionalGiven()).isFalse();
        assertThat(none.isWorkAbroadStated()).isFalse();
        assertThat(none.monthsWorkedAbroadAfter(AS_OF.minusMonths(60))).isNull();
        assertThat(none.isLanguagesStated()).isFalse();
    }

    @Test
    void theMonthsWorkedAbroadAreWholeMonthsOfMergedStretchesInsideTheWindowAndOutsideTheJurisdiction() {
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        LocalDate windowStart = asOf.minusMonths(60);
        List<WorkPeriod> periods = List.of(
                // Before the window: only the days after 2019-06-30 count (2019-07-01 to 2020-06-30: 12 months).
                WorkPeriod.of("DEU", LocalDate.of(2018, 1, 1), LocalDate.of(2020, 6, 30)),
                // Touching the previous period: one stretch with it, to 2020-12-31 (18 months in all).
                WorkPeriod.of("FRA", LocalDate.of(2020, 7, 1), LocalDate.of(2020, 12, 31)),
                // Overlapping the first: counted once.
                WorkPeriod.of("ITA", LocalDate.of(2019, 9, 1), LocalDate.of(2019, 12, 31)),
                // At home: not work abroad.
                WorkPeriod.of("MDA", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
                // A partial month counts none: 2022-01-15 to 2022-03-14 is two whole months.
                WorkPeriod.of("ROU", LocalDate.of(2022, 1, 15), LocalDate.of(2022, 3, 14)),
                // Beyond the decision date: cut at it (2024-01-01 to 2024-06-30: 6 months).
                WorkPeriod.of("ROU", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1)));
        DiasporaReturnCase c = new DiasporaReturnCase("MDA", asOf, null, null, true, periods, null,
                java.util.Set.of(), "MDA", "ROU", null);
        assertThat(c.monthsWorkedAbroadAfter(windowStart)).isEqualTo(18 + 2 + 6);
        assertThat(new DiasporaReturnCase("MDA", asOf, null, null, true, List.of(), null, java.util.Set.of(), "MDA",
                "ROU", null).monthsWorkedAbroadAfter(windowStart)).isZero();
    }

    @Test
    void theDiasporaCaseListsTheValuesAGapNames() {
        DiasporaReturnCase c = new DiasporaReturnCase("MDA", LocalDate.of(2024, 6, 30), null, null, true, List.of(),
                null, java.util.Set.of(), "MDA", "MDA", null);
        assertThat(c.iscedLevelsFrom(6)).containsExactly("ISCED_6", "ISCED_7", "ISCED_8");
        assertThat(c.countriesOtherThanTheJurisdiction()).doesNotContain("MDA").contains("ROU", "ITA", "UKR")
                .isSorted();
    }

    @Test
    void theCasesComputeNoConclusion() {
        for (Class<?> type : new Class<?>[] {EssentialCareCase.class, EmergencyCareCase.class}) {
            for (Method m : type.getDeclaredMethods()) {
                assertThat(m.getReturnType()).as(m.getName()).isNotEqualTo(boolean.class);
            }
        }
        for (Method m : DiasporaReturnCase.class.getDeclaredMethods()) {
            if (m.getReturnType() == boolean.class && !m.isSynthetic()) {
                assertThat(m.getName()).as("the only flags say whether the request gives the facts")
                        .isIn("isProfessionalGiven", "isWorkAbroadStated", "isLanguagesStated");
            }
        }
    }

    @Test
    void theEmergencyCareCaseHoldsPresenceAndNoMigratoryStatus() {
        assertThat(EmergencyCareCase.class.getDeclaredFields()).extracting(Field::getName)
                .containsExactly("jurisdiction", "asOf", "presentInTerritory", "icrmwInForceFrom", "icrmwSource");
    }
}

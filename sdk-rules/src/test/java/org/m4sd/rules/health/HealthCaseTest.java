package org.m4sd.rules.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.LocalDate;
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
                .isInstanceOf(NotInForceException.class).hasMessageStartingWith("$.asOf:");
    }

    @Test
    void theDiasporaCaseHoldsTheProfessionalsFactsAndTheSafeguardsList() {
        HealthProfessional nurse = new HealthProfessional(HealthProfession.NURSE, Optional.of(true), Optional.empty(),
                "NPL", "QAT", Optional.of(ReturnType.TEMPORARY), Optional.of(false));
        DiasporaReturnCase c = diaspora("NPL", nurse);
        assertThat(c.isProfessionalGiven()).isTrue();
        assertThat(c.getQualified()).isTrue();
        assertThat(c.getLicensed()).isNull();
        assertThat(c.getReturnType()).isEqualTo("TEMPORARY");
        assertThat(c.getHealthPostOffered()).isFalse();
        assertThat(c.getOriginCountry()).isEqualTo("NPL");
        assertThat(c.getCountryOfPractice()).isEqualTo("QAT");
        assertThat(c.getSafeguards().listedCountries()).containsExactly("BGD", "NPL", "SEN");
        assertThat(c.getSafeguards().listingStatus("NPL")).isEqualTo("S");
        assertThat(c.getSafeguards().doctorsNursesMidwivesPer10000Below()).isEqualTo("49");
        assertThat(c.getSafeguards().uhcServiceCoverageIndexBelow()).isEqualTo("55");
        assertThat(c.getSafeguards().recorded()).isEqualTo("BGD, NPL, SEN");
        assertThat(diaspora("SRB", nurse).getSafeguards()).isSameAs(c.getSafeguards());

        DiasporaReturnCase none = diaspora("NPL", null);
        assertThat(none.isProfessionalGiven()).isFalse();
        assertThat(none.getSafeguards()).isNull();
    }

    @Test
    void theCasesComputeNoConclusion() {
        for (Class<?> type : new Class<?>[] {EssentialCareCase.class, EmergencyCareCase.class}) {
            for (Method m : type.getDeclaredMethods()) {
                assertThat(m.getReturnType()).as(m.getName()).isNotEqualTo(boolean.class);
            }
        }
        for (Method m : DiasporaReturnCase.class.getDeclaredMethods()) {
            if (m.getReturnType() == boolean.class) {
                assertThat(m.getName()).as("the only flag is whether the request gives the facts")
                        .isEqualTo("isProfessionalGiven");
            }
        }
    }

    @Test
    void theEmergencyCareCaseHoldsPresenceAndNoMigratoryStatus() {
        assertThat(EmergencyCareCase.class.getDeclaredFields()).extracting(Field::getName)
                .containsExactly("jurisdiction", "asOf", "presentInTerritory", "icrmwInForceFrom", "icrmwSource");
    }
}

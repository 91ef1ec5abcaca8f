package org.m4sd.rules.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;

class EmergencyCareTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    private static Decision decide(EligibilityEngine engine, Person person, Locale locale) {
        var request = EngineFixture.request("ECU", AS_OF, person)
                .determinations(Determination.HEALTH_EMERGENCY_CARE).locale(locale).build();
        return engine.evaluate(request).decision(Determination.HEALTH_EMERGENCY_CARE).orElseThrow();
    }

    @Test
    void anIrregularMigrantPresentInEcuadorGetsEmergencyCare() {
        Person person = Person.builder("p-1").migratoryStatus(MigratoryStatus.IRREGULAR).presentInTerritory(true).build();
        Decision d = decide(EngineFixture.DROOLS, person, Locale.ENGLISH);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.criteria()).extracting(c -> c.id()).containsExactly("he.legal-basis", "he.presence");
        assertThat(d.criteria().get(0).message()).isEqualTo("ECU is bound by the ICRMW since 2003-07-01 (UN Treaty"
                + " Collection, MTDSG chapter IV-13 (ICRMW) [V]): art. 28 guarantees emergency medical care on"
                + " equal terms with nationals");
        assertThat(d.criteria().get(1)).satisfies(c -> {
            assertThat(c.id()).isEqualTo("he.presence");
            assertThat(c.rule()).isEqualTo("he.emergency.present");
            assertThat(c.result()).isEqualTo(CriterionResult.MET);
            assertThat(c.reasonCode()).isEqualTo("HE_PRESENT");
            assertThat(c.legalBasis()).singleElement()
                    .satisfies(b -> assertThat(b.instrument() + " " + b.article()).isEqualTo("ICRMW 28"));
            assertThat(c.message()).doesNotContainIgnoringCase("irregular migrant");
        });
        assertThat(d.rulePack().id()).isEqualTo("ecu");
        assertThat(d.rulePack().sha256()).hasSize(64);
    }

    @Test
    void someoneAbroadIsNotCoveredAndUnknownPresenceIsUndetermined() {
        Decision absent = decide(EngineFixture.DROOLS, Person.builder("p-2").presentInTerritory(false).build(),
                Locale.ENGLISH);
        assertThat(absent.outcome()).isEqualTo(Outcome.INELIGIBLE);

        Decision unknown = decide(EngineFixture.DROOLS, Person.builder("p-3").build(), Locale.ENGLISH);
        assertThat(unknown.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(unknown.missingFacts()).containsExactly("$.person.presentInTerritory");
    }

    @Test
    void messagesFollowTheRequestLocale() {
        Person person = Person.builder("p-4").presentInTerritory(true).build();
        assertThat(decide(EngineFixture.DROOLS, person, Locale.FRENCH).criteria().get(1).message())
                .startsWith("Présent sur le territoire");
        assertThat(decide(EngineFixture.DROOLS, person, new Locale("es")).criteria().get(1).message())
                .startsWith("Presente en el territorio");
    }

    @Test
    void droolsAndReferenceAgree() {
        for (Boolean present : new Boolean[] {true, false, null}) {
            Person person = Person.builder("p-5").presentInTerritory(present).build();
            assertThat(decide(EngineFixture.DROOLS, person, Locale.ENGLISH))
                    .isEqualTo(decide(EngineFixture.REFERENCE, person, Locale.ENGLISH));
        }
    }
}

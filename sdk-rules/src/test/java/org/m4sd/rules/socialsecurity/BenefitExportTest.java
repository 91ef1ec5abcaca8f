package org.m4sd.rules.socialsecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.m4sd.rules.socialsecurity.SocialSecurityFixture.criterion;
import static org.m4sd.rules.socialsecurity.SocialSecurityFixture.export;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.Person;

class BenefitExportTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    private static Person livingIn(String country) {
        return Person.builder("p-1").countryOfResidence(country).build();
    }

    @Test
    void anEcuadorianPensionIsPaidInSpainUnderThe2009Convention() {
        Decision d = export("ECU", AS_OF, livingIn("ESP"));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(d, "ss.export.basis").rule()).isEqualTo("ss.export.basis.agreement");
        assertThat(criterion(d, "ss.export.basis").message()).startsWith(
                "The agreement Convenio de Seguridad Social entre el Reino de España y la República del Ecuador "
                        + "(ECU-ESP-2009, in force 2011-01-01 [S]) covers old-age pensions of persons living in ESP");
        assertThat(d.values()).containsEntry("exportNeeded", true).containsEntry("exportBasis", "AGREEMENT")
                .containsEntry("agreement", "ECU-ESP-2009");
    }

    @Test
    void betweenTwoC118PartiesTheNationalityDecidesNotTheResidence() {
        // A Tunisian living in Tunisia with an Ecuadorian pension: both states accepted the old-age branch.
        Decision d = export("ECU", AS_OF, Person.builder("p-1").nationality("TUN").countryOfResidence("TUN").build());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(d, "ss.export.basis").rule()).isEqualTo("ss.export.basis.c118-other-party-national");
        assertThat(criterion(d, "ss.export.basis").message()).contains(
                "ECU: C118 ratified 1970 [V], old-age branch accepted [B]; TUN: C118 ratified 1965 [V], old-age branch accepted [B]");
        assertThat(criterion(d, "ss.export.basis").legalBasis()).singleElement()
                .satisfies(b -> assertThat(b.article()).isEqualTo("5"));
        // A US national living in Tunisia: Tunisia's ratification does not make the USA a party.
        Decision us = export("ECU", AS_OF, Person.builder("p-2").nationality("USA").countryOfResidence("TUN").build());
        assertThat(us.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(us.notEncoded()).containsExactly("ss.export.national-rule");
    }

    @Test
    void noAgreementAndNoC118LeavesItToNationalLawNotEncoded() {
        Decision d = export("SRB", AS_OF, livingIn("ITA"));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingFacts()).isEmpty();
        assertThat(d.notEncoded()).containsExactly("ss.export.national-rule");
        assertThat(criterion(d, "ss.export.basis").result()).isEqualTo(CriterionResult.UNKNOWN);
        assertThat(criterion(d, "ss.export.basis").message()).contains("(SRB: C118 not ratified [B])");
        assertThat(criterion(d, "ss.export.basis").legalBasis()).noneSatisfy(
                b -> assertThat(b.instrument()).contains("No. 118"));
        // Morocco has only an approval bill for C118: no basis for a Moroccan living in the Philippines either.
        Decision mar = export("MAR", AS_OF, Person.builder("p-3").nationality("MAR").countryOfResidence("PHL").build());
        assertThat(mar.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(criterion(mar, "ss.export.basis").message()).contains("(MAR: C118 not ratified [S])");
    }

    @Test
    void theNationalityIsMissingOnlyWhereItDecides() {
        // The Philippines accepted the old-age branch: the nationality decides.
        Decision phl = export("PHL", AS_OF, livingIn("USA"));
        assertThat(phl.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(phl.missingFacts()).containsExactly("$.person.nationality");
        assertThat(phl.notEncoded()).isEmpty();
        // Serbia did not: the nationality cannot give a C118 basis, and an agreement needs none.
        assertThat(export("SRB", AS_OF, livingIn("USA")).missingFacts()).isEmpty();
        assertThat(export("ECU", AS_OF, livingIn("ESP")).missingFacts()).isEmpty();
    }

    @Test
    void aRatificationCountsFromItsYear() {
        Person filipinoInTheUsa = Person.builder("p-4").nationality("PHL").countryOfResidence("USA").build();
        Decision before = export("PHL", LocalDate.of(1993, 12, 31), filipinoInTheUsa);
        assertThat(before.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(criterion(before, "ss.export.basis").message()).contains("PHL: C118 ratified only in 1994 [V]");
        assertThat(export("PHL", LocalDate.of(1994, 1, 1), filipinoInTheUsa).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void serbianAgreementsByTheirDates() {
        assertThat(export("SRB", AS_OF, livingIn("AUT")).values()).containsEntry("agreement", "SRB-AUT-2012");
        assertThat(export("SRB", LocalDate.of(2010, 1, 1), livingIn("AUT")).values())
                .containsEntry("agreement", "SRB-AUT-2002");
        assertThat(export("SRB", LocalDate.of(2023, 11, 30), livingIn("FRA")).outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(export("SRB", LocalDate.of(2023, 12, 1), livingIn("FRA")).outcome()).isEqualTo(Outcome.ELIGIBLE);
        // Signed with Tunisia in 2022, not in force: no agreement basis, and Serbia is no C118 party.
        assertThat(export("SRB", AS_OF, livingIn("TUN")).outcome()).isEqualTo(Outcome.UNDETERMINED);
    }

    @Test
    void theTwoReplacementsAreFollowed() {
        Decision mar = export("MAR", LocalDate.of(2010, 1, 1), livingIn("FRA"));
        assertThat(mar.values()).containsEntry("agreement", "MAR-FRA-1965");
        assertThat(export("MAR", AS_OF, livingIn("FRA")).values()).containsEntry("agreement", "MAR-FRA-2007");
        Decision tun = export("TUN", AS_OF, livingIn("FRA"));
        assertThat(tun.values()).containsEntry("agreement", "TUN-FRA-2003");
        assertThat(criterion(tun, "ss.export.basis").message()).contains("in force 2007-04-29 [B]");
    }

    @Test
    void philippinesSpainFrom2012() {
        // Before the 2002 convention, a Spanish national living in Spain has no agreement basis, and Spain is
        // not recorded as a C118 party.
        Person spaniard = Person.builder("p-5").nationality("ESP").countryOfResidence("ESP").build();
        assertThat(export("PHL", LocalDate.of(2012, 7, 31), spaniard).outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(export("PHL", LocalDate.of(2012, 8, 1), livingIn("ESP")).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void livingInThePayingStateNeedsNoExport() {
        Decision d = export("SEN", AS_OF, livingIn("SEN"));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.criteria()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo("ss.export.resides-in-jurisdiction");
            assertThat(c.message()).isEqualTo(
                    "The person lives in SEN, the paying state: the pension is paid where they live and no export is needed");
        });
        assertThat(d.values()).containsEntry("exportNeeded", false);
    }

    @Test
    void anUnknownResidenceIsUndetermined() {
        Decision d = export("ECU", AS_OF, Person.builder("p-2").build());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingFacts()).containsExactly("$.person.countryOfResidence");
    }

    @Test
    void messagesInFrenchAndSpanishAndTheReferenceAgrees() {
        var fr = SocialSecurityFixture.request("SEN", AS_OF, livingIn("FRA"), Locale.FRENCH, SocialSecurityFixture.EXPORT);
        Decision d = SocialSecurityFixture.decide(EngineFixture.DROOLS, fr, SocialSecurityFixture.EXPORT);
        assertThat(criterion(d, "ss.export.basis").message()).startsWith("L''accord".replace("''", "'"));
        assertThat(EngineFixture.REFERENCE.evaluate(fr)).isEqualTo(EngineFixture.DROOLS.evaluate(fr));
        var es = SocialSecurityFixture.request("SEN", AS_OF, livingIn("FRA"), new Locale("es"), SocialSecurityFixture.EXPORT);
        assertThat(criterion(SocialSecurityFixture.decide(EngineFixture.DROOLS, es, SocialSecurityFixture.EXPORT),
                "ss.export.basis").message()).startsWith("El convenio");
    }
}

package org.m4sd.rules.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfession;
import org.m4sd.sdk.request.HealthProfessional;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.ReturnType;

class DiasporaReturnSupportTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);

    private static Decision decide(EligibilityEngine engine, String jurisdiction, HealthProfessional hp,
            Locale locale) {
        EligibilityRequest.Builder b = EngineFixture.request(jurisdiction, AS_OF, Person.builder("p").build())
                .determinations(Determination.HEALTH_DIASPORA_RETURN_SUPPORT).locale(locale);
        if (hp != null) {
            b.healthProfessional(hp);
        }
        return engine.evaluate(b.build()).decision(Determination.HEALTH_DIASPORA_RETURN_SUPPORT).orElseThrow();
    }

    private static Decision decide(String jurisdiction, HealthProfessional hp) {
        Decision d = decide(EngineFixture.DROOLS, jurisdiction, hp, Locale.ENGLISH);
        assertThat(d).isEqualTo(decide(EngineFixture.REFERENCE, jurisdiction, hp, Locale.ENGLISH));
        return d;
    }

    private static Criterion criterion(Decision d, String id) {
        return d.criterion(id).orElseThrow(() -> new AssertionError("no criterion " + id + " in " + d.criteria()));
    }

    @Test
    void aNepaliNurseInQatarReturningToAPostInNepalIsSupportedAndTheSafeguardsListingIsReported() {
        var hp = HealthProfessional.of(HealthProfession.NURSE, true, true, "NPL", "QAT", ReturnType.TEMPORARY, true);
        Decision d = decide("NPL", hp);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.criteria()).extracting(Criterion::id).containsExactly("hd.qualified", "hd.licensed",
                "hd.return-type", "hd.health-post", "hd.origin", "hd.diaspora", "hd.safeguards-list");
        Criterion listed = criterion(d, "hd.safeguards-list");
        assertThat(listed.result()).isEqualTo(CriterionResult.MET);
        assertThat(listed.message()).isEqualTo("NPL is on the WHO Health Workforce Support and Safeguards List 2023 "
                + "(fewer than 49 doctors, nurses and midwives per 10,000 and a UHC service-coverage index below 55; "
                + "listing [S]): its health workforce is to be safeguarded, and return strengthens it");
        assertThat(listed.legalBasis()).extracting(b -> b.instrument())
                .contains("WHO Health Workforce Support and Safeguards List 2023");
        assertThat(criterion(d, "hd.return-type").message())
                .isEqualTo("Temporary physical return to the origin country's health system");
        assertThat(d.values()).containsEntry("whoSafeguardsList2023", true);
    }

    @Test
    void aSerbianDoctorInGermanyReturningVirtuallyIsSupportedAndSerbiaIsNotRecordedAsListed() {
        var hp = HealthProfessional.of(HealthProfession.DOCTOR, true, true, "SRB", "DEU", ReturnType.VIRTUAL, true);
        Decision d = decide("SRB", hp);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Criterion listed = criterion(d, "hd.safeguards-list");
        assertThat(listed.result()).isEqualTo(CriterionResult.NOT_MET);
        assertThat(listed.message()).endsWith("(recorded: BGD, NPL, SEN)");
        assertThat(d.values()).containsEntry("whoSafeguardsList2023", false);
    }

    @Test
    void withoutAHealthPostTheSupportIsConditional() {
        var hp = HealthProfessional.of(HealthProfession.MIDWIFE, true, true, "SEN", "FRA", ReturnType.PERMANENT, false);
        Decision d = decide("SEN", hp);
        assertThat(d.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(criterion(d, "hd.health-post").message()).startsWith("No post in the origin country's health system");
    }

    @Test
    void anUnlicensedOrNonQualifiedProfessionalIsNotSupported() {
        var unlicensed = HealthProfessional.of(HealthProfession.DOCTOR, true, false, "MDA", "ITA", ReturnType.TEMPORARY, true);
        assertThat(decide("MDA", unlicensed).outcome()).isEqualTo(Outcome.INELIGIBLE);
        var unqualified = HealthProfessional.of(HealthProfession.DOCTOR, false, true, "MDA", "ITA", ReturnType.TEMPORARY, true);
        assertThat(criterion(decide("MDA", unqualified), "hd.qualified").result()).isEqualTo(CriterionResult.NOT_MET);
    }

    @Test
    void theOriginMustBeTheJurisdictionAndTheProfessionalMustPractiseAbroad() {
        var otherOrigin = HealthProfessional.of(HealthProfession.NURSE, true, true, "BGD", "GBR", ReturnType.PERMANENT, true);
        Decision elsewhere = decide("NPL", otherOrigin);
        assertThat(elsewhere.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(criterion(elsewhere, "hd.origin").message())
                .isEqualTo("The origin country is BGD, not NPL: return support is offered by the origin country");

        var atHome = HealthProfessional.of(HealthProfession.NURSE, true, true, "NPL", "NPL", ReturnType.PERMANENT, true);
        Decision home = decide("NPL", atHome);
        assertThat(home.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(criterion(home, "hd.diaspora").rule()).isEqualTo("hd.return.practising-at-home");
    }

    @Test
    void missingFactsLeaveTheDecisionUndeterminedWithTheirPaths() {
        Decision none = decide("SRB", null);
        assertThat(none.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(none.missingFacts()).containsExactly("$.healthProfessional");

        var partial = new HealthProfessional(HealthProfession.NURSE, Optional.empty(), Optional.of(true), "SRB",
                "AUT", Optional.empty(), Optional.of(true));
        Decision d = decide("SRB", partial);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingFacts()).containsExactly("$.healthProfessional.qualified", "$.healthProfessional.returnType");
    }

    @Test
    void messagesFollowTheLocale() {
        var hp = HealthProfessional.of(HealthProfession.NURSE, true, true, "SEN", "FRA", ReturnType.VIRTUAL, true);
        assertThat(criterion(decide(EngineFixture.DROOLS, "SEN", hp, Locale.FRENCH), "hd.diaspora").message())
                .isEqualTo("Exerce à l'étranger, en FRA : membre de la diaspora");
        assertThat(criterion(decide(EngineFixture.DROOLS, "SEN", hp, new Locale("es")), "hd.diaspora").message())
                .isEqualTo("Ejerce en el extranjero, en FRA: miembro de la diáspora");
    }
}

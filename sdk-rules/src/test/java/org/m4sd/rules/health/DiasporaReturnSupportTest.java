package org.m4sd.rules.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfession;
import org.m4sd.sdk.request.HealthProfessional;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.ReturnType;
import org.m4sd.sdk.request.WorkPeriod;

/**
 * Diaspora return support as a user reads it (DOMAIN.md section 4 items 23 and 24): Moldova's programme decides
 * on its own criteria, elsewhere no programme is encoded, and the WHO safeguards list is information only.
 */
class DiasporaReturnSupportTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private static Decision decide(EligibilityEngine engine, String jurisdiction, String nationality,
            HealthProfessional hp, Locale locale) {
        Person.Builder person = Person.builder("p");
        if (nationality != null) {
            person.nationality(nationality);
        }
        EligibilityRequest.Builder b = EngineFixture.request(jurisdiction, AS_OF, person.build())
                .determinations(Determination.HEALTH_DIASPORA_RETURN_SUPPORT).locale(locale);
        if (hp != null) {
            b.healthProfessional(hp);
        }
        return engine.evaluate(b.build()).decision(Determination.HEALTH_DIASPORA_RETURN_SUPPORT).orElseThrow();
    }

    /** The decision in a language, after checking that the reference implementation reaches the same one. */
    private static Decision decide(String jurisdiction, String nationality, HealthProfessional hp, Locale locale) {
        Decision d = decide(EngineFixture.DROOLS, jurisdiction, nationality, hp, locale);
        assertThat(d).isEqualTo(decide(EngineFixture.REFERENCE, jurisdiction, nationality, hp, locale));
        return d;
    }

    private static Decision decide(String jurisdiction, String nationality, HealthProfessional hp) {
        return decide(jurisdiction, nationality, hp, Locale.ENGLISH);
    }

    private static Criterion criterion(Decision d, String id) {
        return d.criterion(id).orElseThrow(() -> new AssertionError("no criterion " + id + " in " + d.criteria()));
    }

    /** A Moldovan doctor in Italy since {@code since}, with a master's degree, who knows Romanian and Italian. */
    private static HealthProfessional doctorInItaly(LocalDate since, String degree, List<String> languages) {
        return HealthProfessional.of(HealthProfession.DOCTOR, true, true, "MDA", "ITA", ReturnType.TEMPORARY, true)
                .withReturnProgrammeFacts(List.of(WorkPeriod.of("ITA", since, AS_OF)), degree, languages);
    }

    @Test
    void aMoldovanDoctorInItalyMeetsTheProgrammesFiveConditionsAndReadsWhatItOffers() {
        Decision d = decide("MDA", "MDA", doctorInItaly(LocalDate.of(2019, 1, 1), "ISCED_7", List.of("ro", "it")));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.criteria()).extracting(Criterion::id).containsExactly("hd.programme", "hd.citizenship",
                "hd.work-abroad", "hd.employed-abroad", "hd.degree", "hd.language", "hd.safeguards-list");
        assertThat(criterion(d, "hd.programme").message()).startsWith("Programme: Diaspora Relations Bureau programme")
                .contains("Missions: up to 2 weeks, or 2 weeks to 5 months; in person, online or hybrid")
                .contains("per diem at the UN rate").endsWith("[S])");
        assertThat(criterion(d, "hd.citizenship").message()).isEqualTo("A citizen of MDA, as the programme requires");
        assertThat(criterion(d, "hd.work-abroad").message())
                .isEqualTo("60 months of relevant work abroad in the last 60 months: at least 36 required");
        assertThat(criterion(d, "hd.employed-abroad").message()).isEqualTo("Employed abroad now, in ITA");
        assertThat(criterion(d, "hd.degree").message())
                .isEqualTo("Highest degree in the field at ISCED level 7: at least level 6 (bachelor's) required");
        assertThat(criterion(d, "hd.language").message()).isEqualTo("Knows the language the programme requires (ro)");
        assertThat(criterion(d, "hd.programme").legalBasis()).extracting(b -> b.instrument())
                .allMatch(i -> i.startsWith("Diaspora Relations Bureau"));
        assertThat(String.valueOf(d.values().get("workAbroadMonths"))).isEqualTo("60");
        assertThat(d.values()).containsEntry("whoSafeguardsList2023", false);
    }

    @Test
    void thirtyFiveMonthsAbroadAreOneShortOfTheThreeYearsInFrenchAndSpanish() {
        // 2021-04-01 to 2024-03-01 holds 35 whole months; a day earlier would make 36.
        var hp = doctorInItaly(LocalDate.of(2021, 4, 2), "ISCED_6", List.of("ro"));
        Decision en = decide("MDA", "MDA", hp);
        assertThat(en.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(criterion(en, "hd.work-abroad").message())
                .isEqualTo("Only 35 months of relevant work abroad in the last 60 months: at least 36 required."
                        + " One more month of relevant work abroad within the last 60 months would meet it.");
        assertThat(criterion(en, "hd.work-abroad").gap()).contains(Gap.increase("$.healthProfessional.workAbroad",
                java.math.BigDecimal.ONE, "months"));
        assertThat(criterion(decide("MDA", "MDA", hp, Locale.FRENCH), "hd.work-abroad").message()).isEqualTo(
                "Seulement 35 mois de travail pertinent à l'étranger au cours des 60 derniers mois : au moins 36 requis."
                        + " Il suffirait d'un mois de plus de travail pertinent à l'étranger au cours des 60 derniers"
                        + " mois.");
        assertThat(criterion(decide("MDA", "MDA", hp, SPANISH), "hd.work-abroad").message()).isEqualTo(
                "Solo 35 meses de trabajo pertinente en el extranjero en los últimos 60 meses: se exigen al menos 36."
                        + " Bastaría un mes más de trabajo pertinente en el extranjero en los últimos 60 meses.");

        Decision exactly = decide("MDA", "MDA", doctorInItaly(LocalDate.of(2021, 3, 2), "ISCED_6", List.of("ro")));
        assertThat(exactly.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(String.valueOf(exactly.values().get("workAbroadMonths"))).isEqualTo("36");
    }

    @Test
    void aNonCitizenAPractitionerAtHomeAShortDegreeAndNoRomanianAreEachRefusedWithTheReason() {
        var hp = doctorInItaly(LocalDate.of(2018, 1, 1), "ISCED_7", List.of("ro"));
        Decision ukrainian = decide("MDA", "UKR", hp);
        assertThat(ukrainian.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(criterion(ukrainian, "hd.citizenship").message())
                .isEqualTo("A national of UKR: the programme is open to citizens of MDA. Nationality is not a fact the"
                        + " person can change to meet this condition.");
        assertThat(criterion(ukrainian, "hd.citizenship").gap()).contains(Gap.unchangeable("$.person.nationality"));

        var atHome = new HealthProfessional(HealthProfession.NURSE, Optional.empty(), Optional.empty(), "MDA", "MDA",
                Optional.empty(), Optional.empty()).withReturnProgrammeFacts(
                List.of(WorkPeriod.of("ROU", LocalDate.of(2015, 1, 1), LocalDate.of(2023, 12, 31))), "ISCED_6",
                List.of("ro"));
        Decision home = decide("MDA", "MDA", atHome);
        assertThat(home.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(criterion(home, "hd.employed-abroad").message())
                .isEqualTo("Practises in MDA now, not abroad: the programme requires current employment abroad."
                        + " Current practice in any country other than MDA would meet it.");
        assertThat(criterion(home, "hd.employed-abroad").gap().orElseThrow().values()).contains("ROU", "ITA")
                .doesNotContain("MDA");

        Decision shortCycle = decide("MDA", "MDA", doctorInItaly(LocalDate.of(2018, 1, 1), "ISCED_5", List.of("ro")),
                Locale.FRENCH);
        assertThat(shortCycle.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(criterion(shortCycle, "hd.degree").message())
                .isEqualTo("Diplôme le plus élevé dans le domaine au niveau CITE 5 : le programme exige au moins le "
                        + "niveau 6 (licence). Un diplôme dans le domaine de niveau CITE 6 ou plus (ISCED_6, ISCED_7,"
                        + " ISCED_8) y satisferait.");
        assertThat(criterion(shortCycle, "hd.degree").gap()).contains(Gap.change(
                "$.healthProfessional.highestDegreeLevel", List.of("ISCED_6", "ISCED_7", "ISCED_8")));

        Decision noRomanian = decide("MDA", "MDA", doctorInItaly(LocalDate.of(2018, 1, 1), "ISCED_7",
                List.of("ru", "it")), SPANISH);
        assertThat(noRomanian.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(criterion(noRomanian, "hd.language").message())
                .isEqualTo("No conoce el idioma que exige el programa (ro). Lo cumpliría el conocimiento del"
                        + " idioma ro.");
        assertThat(criterion(noRomanian, "hd.language").gap()).contains(Gap.change("$.healthProfessional.languages",
                List.of("ro")));
    }

    @Test
    void missingFactsAreAskedForByTheirPaths() {
        var bare = HealthProfessional.of(HealthProfession.MIDWIFE, true, true, "MDA", "DEU", ReturnType.VIRTUAL, true);
        Decision d = decide("MDA", null, bare);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingFacts()).containsExactlyInAnyOrder("$.person.nationality",
                "$.healthProfessional.workAbroad", "$.healthProfessional.highestDegreeLevel",
                "$.healthProfessional.languages");
        assertThat(d.notEncoded()).isEmpty();
        assertThat(criterion(d, "hd.work-abroad").message()).isEqualTo(
                "The periods of relevant work abroad are not known: the programme requires a minimum in recent years");

        Decision none = decide("MDA", "MDA", null);
        assertThat(none.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(none.missingFacts()).containsExactly("$.healthProfessional");
    }

    @Test
    void whereNoProgrammeIsEncodedTheDecisionSaysSoAndReportsTheWhoListAsInformationOnly() {
        var nurse = HealthProfessional.of(HealthProfession.NURSE, true, true, "NPL", "QAT", ReturnType.TEMPORARY, true);
        Decision d = decide("NPL", "NPL", nurse);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.notEncoded()).containsExactly("hd.return.programme");
        assertThat(d.missingFacts()).isEmpty();
        assertThat(d.criteria()).extracting(Criterion::id).containsExactly("hd.programme", "hd.safeguards-list");
        assertThat(criterion(d, "hd.programme").message()).isEqualTo("No return-support programme of NPL for "
                + "professionals of its diaspora is encoded in the rule packs on 2024-03-01 (hd.return.programme): "
                + "eligibility cannot be decided. The WHO Global Code of Practice sets no eligibility criteria for "
                + "return support");
        Criterion listed = criterion(d, "hd.safeguards-list");
        assertThat(listed.result()).isEqualTo(CriterionResult.MET);
        assertThat(listed.message()).isEqualTo("NPL is on the WHO Health Workforce Support and Safeguards List 2023 "
                + "(fewer than 49 doctors, nurses and midwives per 10,000 and a UHC service-coverage index below 55; "
                + "listing [S]): information only, the WHO Global Code of Practice sets no eligibility criteria for "
                + "return support");
        assertThat(d.values()).containsEntry("whoSafeguardsList2023", true);
        assertThat(criterion(decide("SEN", "SEN", nurse, Locale.FRENCH), "hd.programme").message())
                .startsWith("Aucun programme de soutien au retour des professionnels de la diaspora de SEN");
    }
}

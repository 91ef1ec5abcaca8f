package org.m4sd.rules.employment;

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
import org.m4sd.sdk.decision.Route;
import org.m4sd.sdk.decision.RouteKind;
import org.m4sd.sdk.request.CompensationMeasure;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Qualification;

class QualificationRecognitionTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);

    static Decision decide(EligibilityEngine engine, LocalDate asOf, MigratoryStatus status, Qualification q,
            Locale locale) {
        return decide(engine, "SRB", asOf, status, q, locale);
    }

    static Decision decide(EligibilityEngine engine, String jurisdiction, LocalDate asOf, MigratoryStatus status,
            Qualification q, Locale locale) {
        var request = EngineFixture.request(jurisdiction, asOf, Person.builder("a-1").migratoryStatus(status).build())
                .qualification(q).determinations(Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION).locale(locale)
                .build();
        Decision d = engine.evaluate(request).decision(Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION)
                .orElseThrow();
        assertThat(d).isEqualTo(EngineFixture.REFERENCE.evaluate(request)
                .decision(Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION).orElseThrow());
        return d;
    }

    static Decision decide(MigratoryStatus status, Qualification q) {
        return decide(EngineFixture.DROOLS, AS_OF, status, q, Locale.ENGLISH);
    }

    static Criterion criterion(Decision d, String id) {
        return d.criterion(id).orElseThrow(() -> new AssertionError("no criterion " + id + " in " + d.criteria()));
    }

    /** A Moldovan nursing degree: Serbia and Moldova are both recorded as parties to the Lisbon Convention. */
    private static Qualification.Builder nurse() {
        return Qualification.builder("MDA", "ISCED_6").field("nursing").regulatedProfession(true)
                .workExperienceMonths(36).fileCompleteDate(LocalDate.of(2023, 7, 1));
    }

    @Test
    void withoutASubstantialDifferenceTheQualificationIsRecognisedInFull() {
        Decision d = decide(MigratoryStatus.REGULAR, nurse().build());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.values()).containsEntry("recognition", "FULL").containsEntry("decisionOverdue", false);
        Criterion diff = criterion(d, "qr.substantial-difference");
        assertThat(diff.message()).isEqualTo("The authority has shown no substantial difference: the qualification "
                + "is recognised in full");
        assertThat(diff.legalBasis()).extracting(b -> b.instrument() + " " + b.article())
                .containsExactly("Lisbon Recognition Convention (ETS No. 165) VI.1");
    }

    @Test
    void aCompensableDifferenceGivesPartialRecognitionWithTheApplicantsChoiceOfMeasure() {
        Decision d = decide(MigratoryStatus.REGULAR, nurse().addSubstantialDifference("CLINICAL_PRACTICE_HOURS")
                .preferredCompensation(CompensationMeasure.APTITUDE_TEST).build());
        assertThat(d.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(d.values()).containsEntry("recognition", "PARTIAL")
                .containsEntry("compensationMeasure", "APTITUDE_TEST").containsEntry("compensationChosenBy", "APPLICANT");
        assertThat(criterion(d, "qr.substantial-difference").message()).isEqualTo("Substantial differences remain "
                + "(CLINICAL_PRACTICE_HOURS): partial recognition, with a compensation measure. Work experience that "
                + "makes good CLINICAL_PRACTICE_HOURS would meet it; until then, a compensation measure bridges them. "
                + "Compensation measure open: ADAPTATION_PERIOD. Compensation measure open: APTITUDE_TEST.");
        assertThat(criterion(d, "qr.substantial-difference").gap()).as("both measures are open to a regulated "
                + "profession, whichever the applicant prefers").contains(Gap.change(
                        "$.qualification.differencesCoveredByExperience", List.of("CLINICAL_PRACTICE_HOURS"))
                .withRoute(new Route(RouteKind.COMPENSATION_MEASURE, "ADAPTATION_PERIOD"))
                .withRoute(new Route(RouteKind.COMPENSATION_MEASURE, "APTITUDE_TEST")));

        Decision open = decide(MigratoryStatus.REGULAR, nurse().addSubstantialDifference("WORKLOAD").build());
        assertThat(criterion(open, "qr.compensation-measure").message()).isEqualTo("The applicant chooses between "
                + "an adaptation period of at most 36 months and an aptitude test");
        assertThat(open.values()).containsEntry("compensationMeasure", "APPLICANT_TO_CHOOSE");
    }

    @Test
    void whereTheProfessionNeedsNationalLawTheAuthorityChoosesTheMeasure() {
        Decision d = decide(MigratoryStatus.REGULAR, Qualification.builder("KGZ", "ISCED_7").field("law")
                .regulatedProfession(true).professionRequiresNationalLaw(true).addSubstantialDifference("PROFILE")
                .preferredCompensation(CompensationMeasure.ADAPTATION_PERIOD).fileCompleteDate(LocalDate.of(2023, 8, 1))
                .build());
        assertThat(d.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(criterion(d, "qr.compensation-measure").rule()).isEqualTo("qr.measure.authority-chooses");
        assertThat(d.values()).containsEntry("compensationMeasure", "AUTHORITY_CHOOSES")
                .containsEntry("compensationChosenBy", "AUTHORITY");
    }

    @Test
    void workExperienceCoversADifferenceWhichThenNoLongerCounts() {
        Decision d = decide(MigratoryStatus.REGULAR, nurse().addSubstantialDifference("CLINICAL_PRACTICE_HOURS")
                .addDifferenceCoveredByExperience("CLINICAL_PRACTICE_HOURS").build());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(d, "qr.work-experience").message())
                .isEqualTo("Work experience was taken into account and covers: CLINICAL_PRACTICE_HOURS");
    }

    @Test
    void aDifferenceNoMeasureCanBridgeRefusesRecognitionWithReasons() {
        Decision d = decide(MigratoryStatus.REGULAR, nurse().addSubstantialDifference("LEVEL")
                .addSubstantialDifference("WORKLOAD").addNonCompensableDifference("LEVEL").build());
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.values()).containsEntry("recognition", "REFUSED");
        assertThat(criterion(d, "qr.substantial-difference").message()).isEqualTo("Recognition refused: substantial "
                + "differences no compensation measure can bridge (LEVEL). Only work experience that makes good every "
                + "difference left (LEVEL, WORKLOAD) would meet it.");
        assertThat(criterion(d, "qr.substantial-difference").gap()).as("no measure is offered for a refusal")
                .contains(Gap.change("$.qualification.differencesCoveredByExperience", List.of("LEVEL", "WORKLOAD")));
    }

    @Test
    void aRefugeeOrAnAsylumSeekerWithoutDocumentsIsAssessedUnderArticleSevenOfTheConventionThatApplies() {
        Qualification noDocs = nurse().documentsAvailable(false).build();
        for (MigratoryStatus status : new MigratoryStatus[] {MigratoryStatus.REFUGEE, MigratoryStatus.ASYLUM_SEEKER}) {
            Decision lisbon = decide(status, noDocs);
            assertThat(lisbon.outcome()).isEqualTo(Outcome.ELIGIBLE);
            Criterion documents = criterion(lisbon, "qr.documents");
            assertThat(documents.rule()).isEqualTo("qr.documents.refugee-lrc");
            assertThat(documents.message()).isEqualTo("A refugee or a person in a refugee-like situation (an asylum "
                    + "seeker included) is assessed even without documentary evidence (Lisbon Recognition Convention "
                    + "art. VII)");
        }

        Decision global = decide(EngineFixture.DROOLS, "TUN", AS_OF, MigratoryStatus.ASYLUM_SEEKER,
                Qualification.builder("FRA", "ISCED_7").documentsAvailable(false).build(), new Locale("es"));
        assertThat(global.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(global, "qr.convention").message()).isEqualTo("El Convenio Mundial de la UNESCO vincula "
                + "a TUN y a FRA, donde se expidió la cualificación, en la fecha de la decisión, y una cualificación "
                + "ISCED_7 es de educación superior: se evalúa conforme al Convenio");
        Criterion documents = criterion(global, "qr.documents");
        assertThat(documents.rule()).isEqualTo("qr.documents.refugee-global-convention");
        assertThat(documents.message()).isEqualTo("Una persona refugiada o en situación asimilable a la de refugiado "
                + "(incluida una solicitante de asilo) es evaluada aun sin pruebas documentales (Convenio Mundial de "
                + "la UNESCO, art. VII)");
        assertThat(documents.legalBasis()).extracting(b -> b.article()).containsExactly("VII");
    }

    @Test
    void aStatelessPersonWithoutDocumentsMustProduceThem() {
        Decision d = decide(MigratoryStatus.STATELESS, nurse().documentsAvailable(false).build());
        assertThat(d.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(criterion(d, "qr.documents").rule()).isEqualTo("qr.documents.required");
    }

    @Test
    void withoutAConventionBetweenTheTwoStatesTheDecisionNamesTheNationalRuleNotEncoded() {
        Qualification syrian = Qualification.builder("SYR", "ISCED_6").field("nursing")
                .addSubstantialDifference("LEVEL").addNonCompensableDifference("LEVEL").build();
        Decision d = decide(MigratoryStatus.REGULAR, syrian);
        assertThat(d.outcome()).as("never refused on international grounds alone").isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.notEncoded()).containsExactly("qr.national-rule");
        assertThat(d.missingFacts()).isEmpty();
        assertThat(d.criteria()).extracting(Criterion::id).containsExactly("qr.convention");
        assertThat(d.values()).doesNotContainKey("recognition");
        Criterion convention = criterion(d, "qr.convention");
        assertThat(convention.reasonCode()).isEqualTo("QR_NO_CONVENTION_OR_NATIONAL_RULE");
        assertThat(convention.message()).isEqualTo("No recognition convention recorded in the rule packs binds both "
                + "SRB and SYR, where the qualification was awarded, on 2023-09-30 (the conventions bind their parties "
                + "only): the rule of SRB on recognising foreign qualifications is not encoded, so recognition cannot "
                + "be decided here");
        assertThat(convention.legalBasis()).extracting(b -> b.status().name()).containsExactly("B");

        assertThat(criterion(decide(EngineFixture.DROOLS, AS_OF, MigratoryStatus.REGULAR, syrian, Locale.FRENCH),
                "qr.convention").message()).isEqualTo("Aucune convention de reconnaissance enregistrée dans les paquets "
                + "de règles ne lie à la fois SRB et SYR, où la qualification a été délivrée, le 2023-09-30 (les "
                + "conventions ne lient que leurs parties) : la règle de SRB sur la reconnaissance des qualifications "
                + "étrangères n'est pas encodée, la reconnaissance ne peut donc pas être décidée ici");
    }

    @Test
    void belowHigherEducationTheConventionsDoNotApply() {
        Decision d = decide(MigratoryStatus.REGULAR, Qualification.builder("MDA", "ISCED_4").build());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.notEncoded()).containsExactly("qr.national-rule");
        assertThat(criterion(d, "qr.convention").message()).isEqualTo("A ISCED_4 qualification is not a "
                + "higher-education qualification (ISCED 2011 level 5 or above), the level the recognition conventions "
                + "cover: the rule of SRB on recognising it is not encoded, so recognition cannot be decided here");
    }

    @Test
    void underTheLisbonConventionTheDecisionSaysWhichConventionApplies() {
        Decision d = decide(MigratoryStatus.REGULAR, nurse().build());
        Criterion convention = criterion(d, "qr.convention");
        assertThat(convention.message()).isEqualTo("The Lisbon Recognition Convention binds both SRB and MDA, where "
                + "the qualification was awarded, on the decision date, and a ISCED_6 qualification is a "
                + "higher-education qualification: it is assessed under the Convention");
        assertThat(convention.legalBasis()).extracting(b -> b.instrument() + " " + b.article())
                .containsExactly("Lisbon Recognition Convention (ETS No. 165) VI.1");
    }

    @Test
    void othersWithoutDocumentsAreRecognisedOnConditionOfProducingThem() {
        Decision d = decide(MigratoryStatus.REGULAR, nurse().documentsAvailable(false).build());
        assertThat(d.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(d.values()).containsEntry("documentsRequired", true);
        assertThat(criterion(d, "qr.documents").result()).isEqualTo(CriterionResult.NOT_MET);

        Decision unknown = decide(MigratoryStatus.UNKNOWN, nurse().documentsAvailable(false).build());
        assertThat(unknown.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(unknown.missingFacts()).containsExactly("$.person.migratoryStatus");
    }

    @Test
    void aDecisionMoreThanFourMonthsAfterACompleteFileIsReportedOverdue() {
        Decision d = decide(MigratoryStatus.REGULAR, nurse().fileCompleteDate(LocalDate.of(2023, 5, 1))
                .decisionDate(LocalDate.of(2023, 9, 2)).build());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.values()).containsEntry("decisionOverdue", true);
        Criterion time = criterion(d, "qr.decision-time");
        assertThat(time.message()).isEqualTo("The file was complete on 2023-05-01: the decision was due by 2023-09-01 "
                + "(4 months, the time limit of the 2010 Revised Recommendation under the Lisbon Recognition "
                + "Convention) and had not been made by 2023-09-02. A decision made by 2023-09-01 would have been in "
                + "time.");
        assertThat(time.gap()).contains(Gap.change("$.qualification.decisionDate", List.of("2023-09-01")));
        assertThat(time.legalBasis()).as("the Convention asks for a reasonable time limit; the four months are the "
                + "Recommendation's").extracting(b -> b.article() + " " + b.status().name())
                .containsExactly("III.5 V", " S");

        Decision onTime = decide(MigratoryStatus.REGULAR, nurse().fileCompleteDate(LocalDate.of(2023, 5, 1))
                .decisionDate(LocalDate.of(2023, 9, 1)).build());
        assertThat(onTime.values()).containsEntry("decisionOverdue", false);
    }

    @Test
    void contradictoryDatesAreRejectedNamingTheField() {
        var request = EngineFixture.request("SRB", AS_OF, Person.builder("a-2").build())
                .qualification(nurse().fileCompleteDate(LocalDate.of(2023, 5, 1)).decisionDate(LocalDate.of(2023, 4, 1))
                        .build()).determinations(Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION).build();
        assertThatThrownBy(() -> EngineFixture.DROOLS.evaluate(request))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(org.m4sd.sdk.FieldError::path).containsExactly("$.qualification.decisionDate"));
    }

    @Test
    void messagesFollowTheRequestLocale() {
        Qualification q = nurse().addSubstantialDifference("WORKLOAD").build();
        assertThat(criterion(decide(EngineFixture.DROOLS, AS_OF, MigratoryStatus.REGULAR, q, Locale.FRENCH),
                "qr.substantial-difference").message()).startsWith("Des différences substantielles subsistent");
        assertThat(criterion(decide(EngineFixture.DROOLS, AS_OF, MigratoryStatus.REGULAR, q, new Locale("es")),
                "qr.substantial-difference").message()).startsWith("Subsisten diferencias sustanciales");
    }
    @Test
    void underTheGlobalConventionNoTimeLimitIsReported() {
        Decision d = decide(EngineFixture.DROOLS, "TUN", AS_OF, MigratoryStatus.REGULAR,
                Qualification.builder("FRA", "ISCED_6").fileCompleteDate(LocalDate.of(2023, 3, 6)).build(),
                Locale.ENGLISH);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(d, "qr.convention").rule()).isEqualTo("qr.convention.global");
        assertThat(d.criterion("qr.decision-time")).isEmpty();
        assertThat(d.values()).doesNotContainKey("decisionOverdue");
    }

    @Test
    void beforeTheLisbonConventionBindsBothStatesTheNationalRuleDecides() {
        Decision d = decide(EngineFixture.DROOLS, LocalDate.of(2008, 6, 30), MigratoryStatus.REGULAR,
                nurse().fileCompleteDate(LocalDate.of(2008, 1, 2)).addSubstantialDifference("WORKLOAD").build(),
                Locale.ENGLISH);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.notEncoded()).containsExactly("qr.national-rule");
        assertThat(d.criterion("qr.decision-time")).isEmpty();

        var early = EngineFixture.request("SRB", LocalDate.of(2004, 6, 30), Person.builder("a-3").build())
                .qualification(nurse().fileCompleteDate(null).addSubstantialDifference("WORKLOAD").build())
                .determinations(Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION).build();
        assertThatThrownBy(() -> EngineFixture.DROOLS.evaluate(early)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("asOf");
    }
}

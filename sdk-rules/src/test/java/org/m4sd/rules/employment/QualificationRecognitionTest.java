package org.m4sd.rules.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.InvalidRequestException;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.CompensationMeasure;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Qualification;

class QualificationRecognitionTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);

    static Decision decide(EligibilityEngine engine, LocalDate asOf, MigratoryStatus status, Qualification q,
            Locale locale) {
        var request = EngineFixture.request("SRB", asOf, Person.builder("a-1").migratoryStatus(status).build())
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

    private static Qualification.Builder nurse() {
        return Qualification.builder("SYR", "ISCED_6").field("nursing").regulatedProfession(true)
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
                + "(CLINICAL_PRACTICE_HOURS): partial recognition, with a compensation measure");

        Decision open = decide(MigratoryStatus.REGULAR, nurse().addSubstantialDifference("WORKLOAD").build());
        assertThat(criterion(open, "qr.compensation-measure").message()).isEqualTo("The applicant chooses between "
                + "an adaptation period of at most 36 months and an aptitude test");
        assertThat(open.values()).containsEntry("compensationMeasure", "APPLICANT_TO_CHOOSE");
    }

    @Test
    void whereTheProfessionNeedsNationalLawTheAuthorityChoosesTheMeasure() {
        Decision d = decide(MigratoryStatus.REGULAR, Qualification.builder("TUN", "ISCED_7").field("law")
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
                + "differences no compensation measure can bridge (LEVEL)");
    }

    @Test
    void aRefugeeWithoutDocumentsIsAssessedUnderTheInstrumentInForce() {
        Qualification noDocs = nurse().documentsAvailable(false).build();
        Decision after = decide(MigratoryStatus.REFUGEE, noDocs);
        assertThat(after.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(after, "qr.documents").rule()).isEqualTo("qr.documents.refugee-global-convention");

        Decision before = decide(EngineFixture.DROOLS, LocalDate.of(2023, 3, 4), MigratoryStatus.REFUGEE,
                nurse().documentsAvailable(false).fileCompleteDate(LocalDate.of(2023, 1, 2)).build(), Locale.ENGLISH);
        assertThat(before.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(criterion(before, "qr.documents").rule()).isEqualTo("qr.documents.refugee-lrc");
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
        assertThat(criterion(d, "qr.decision-time").message()).isEqualTo("The file was complete on 2023-05-01: the "
                + "decision was due by 2023-09-01 (4 months) and had not been made by 2023-09-02");

        Decision onTime = decide(MigratoryStatus.REGULAR, nurse().fileCompleteDate(LocalDate.of(2023, 5, 1))
                .decisionDate(LocalDate.of(2023, 9, 1)).build());
        assertThat(onTime.values()).containsEntry("decisionOverdue", false);
    }

    @Test
    void contradictoryDatesAreRejectedNamingTheField() {
        var request = EngineFixture.request("SRB", AS_OF, Person.builder("a-2").build())
                .qualification(nurse().fileCompleteDate(LocalDate.of(2023, 5, 1)).decisionDate(LocalDate.of(2023, 4, 1))
                        .build()).determinations(Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION).build();
        assertThatThrownBy(() -> EngineFixture.DROOLS.evaluate(request)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("qualification.decisionDate");
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
    void beforeTheRevisedRecommendationNoTimeLimitIsReported() {
        Decision d = decide(EngineFixture.DROOLS, LocalDate.of(2008, 6, 30), MigratoryStatus.REGULAR,
                nurse().fileCompleteDate(LocalDate.of(2008, 1, 2)).addSubstantialDifference("WORKLOAD").build(),
                Locale.ENGLISH);
        assertThat(d.outcome()).isEqualTo(Outcome.CONDITIONAL);
        assertThat(d.criterion("qr.decision-time")).isEmpty();
        assertThat(d.values()).doesNotContainKey("decisionOverdue");

        var early = EngineFixture.request("SRB", LocalDate.of(2004, 6, 30), Person.builder("a-3").build())
                .qualification(nurse().fileCompleteDate(null).addSubstantialDifference("WORKLOAD").build())
                .determinations(Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION).build();
        assertThatThrownBy(() -> EngineFixture.DROOLS.evaluate(early)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("asOf");
    }
}

package org.m4sd.rules.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Qualification;

/** The time-limit and date arithmetic of the qualification-recognition reference, on hand-computed cases. */
class ReferenceQualificationRecognitionTest {
    private static final PackStore PACKS = PackStore.load();

    private static Findings decide(LocalDate asOf, Qualification qualification) {
        EligibilityRequest request = EligibilityRequest.builder("t", asOf, "SRB", Person.builder("p").build())
                .qualification(qualification).build();
        Findings findings = new Findings();
        new ReferenceQualificationRecognition().decide(request, new Parameters(PACKS, "SRB", asOf), findings);
        return findings;
    }

    private static Findings.Finding timing(Findings findings) {
        return findings.findings().stream().filter(f -> f.rule().startsWith("qr.decision-time.")).findFirst()
                .orElseThrow();
    }

    @Test
    void fourMonthsFromTheLastDayOfOctoberEndOnTheLastDayOfFebruary() {
        Qualification decidedOnDueDate = Qualification.builder("MDA", "ISCED_6")
                .fileCompleteDate(LocalDate.of(2020, 10, 31)).decisionDate(LocalDate.of(2021, 2, 28)).build();
        Findings.Finding inTime = timing(decide(LocalDate.of(2021, 6, 1), decidedOnDueDate));
        assertThat(inTime.rule()).isEqualTo(ReferenceQualificationRecognition.TIME_DECIDED_IN_TIME);
        assertThat(List.of(inTime.args())).containsExactly("2021-02-28", "2021-02-28");

        Qualification decidedDayAfter = Qualification.builder("MDA", "ISCED_6")
                .fileCompleteDate(LocalDate.of(2020, 10, 31)).decisionDate(LocalDate.of(2021, 3, 1)).build();
        Findings late = decide(LocalDate.of(2021, 6, 1), decidedDayAfter);
        assertThat(timing(late).rule()).isEqualTo(ReferenceQualificationRecognition.TIME_OVERDUE);
        assertThat(List.of(timing(late).args())).containsExactly("2020-10-31", "2021-02-28", "2021-03-01", 4);
        assertThat(late.values()).containsEntry("decisionOverdue", true);
    }

    @Test
    void anUndecidedFileIsJudgedOnAsOf() {
        Qualification pending = Qualification.builder("MDA", "ISCED_6").fileCompleteDate(LocalDate.of(2023, 1, 15))
                .build();
        assertThat(timing(decide(LocalDate.of(2023, 5, 15), pending)).rule())
                .isEqualTo(ReferenceQualificationRecognition.TIME_PENDING_IN_TIME);
        assertThat(timing(decide(LocalDate.of(2023, 5, 16), pending)).rule())
                .isEqualTo(ReferenceQualificationRecognition.TIME_OVERDUE);
    }

    @Test
    void noTimeLimitIsReportedBeforeThePacksHoldOne() {
        Qualification old = Qualification.builder("MDA", "ISCED_6").fileCompleteDate(LocalDate.of(2009, 1, 15))
                .build();
        assertThat(decide(LocalDate.of(2010, 6, 22), old).findings())
                .noneMatch(f -> f.rule().startsWith("qr.decision-time."));
    }

    @Test
    void datesOutOfOrderAreRejectedAtTheDecisionDateBeforeAnyRule() {
        Qualification decidedBeforeComplete = Qualification.builder("MDA", "ISCED_6")
                .fileCompleteDate(LocalDate.of(2023, 3, 1)).decisionDate(LocalDate.of(2023, 2, 1)).build();
        EligibilityRequest request = org.m4sd.rules.EngineFixture.request("SRB", LocalDate.of(2023, 5, 1),
                Person.builder("a").build()).qualification(decidedBeforeComplete).build();
        assertThatThrownBy(() -> org.m4sd.rules.EngineFixture.REFERENCE.evaluate(request))
                .isInstanceOfSatisfying(org.m4sd.sdk.InvalidRequestException.class, e -> assertThat(e.errors())
                        .containsExactly(org.m4sd.sdk.FieldError.of("$.qualification.decisionDate",
                                "qualification.decisionDate (2023-02-01) is before qualification.fileCompleteDate "
                                        + "(2023-03-01)")));
    }
}

package org.m4sd.rules.internal.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Sex;

/** Decisions made by the eligibility engine, counted into the access indicators as aggregate statistics. */
class DecisionsIntoReportTest {

    private static EligibilityRequest request(String id, Sex sex, MigratoryStatus status, Boolean present) {
        Person person = Person.builder("p-" + id).sex(sex).migratoryStatus(status).presentInTerritory(present).build();
        return EligibilityRequest.builder(id, LocalDate.of(2021, 6, 30), "ECU", person)
                .determinations(List.of(Determination.HEALTH_EMERGENCY_CARE)).build();
    }

    @Test
    void decisions_count_by_sex_and_migratory_status() {
        List<EligibilityRequest> requests = List.of(
                request("a", Sex.F, MigratoryStatus.IRREGULAR, true),
                request("b", Sex.F, MigratoryStatus.IRREGULAR, true),
                request("c", Sex.M, MigratoryStatus.REFUGEE, true),
                request("d", Sex.M, MigratoryStatus.REGULAR, false));
        List<ProgrammeEvent> events = new ArrayList<>();
        try (EligibilityEngine engine = EligibilityEngine.create()) {
            for (EligibilityRequest r : requests) {
                for (Decision d : engine.evaluate(r).decisions()) {
                    events.add(ProgrammeEvent.DecisionMade.of(r, d));
                }
            }
        }
        ResultsReport report = ResultsReporter.create().report(Framework.illustrative(),
                java.util.Collections.emptyIterator(), events.iterator());
        Period y2021 = Period.ofYear(2021);
        // emergency care is granted to everyone present: three of the four
        assertThat(report.value("HEA-1", "ECU", y2021, Map.of()).orElseThrow().value()).isEqualTo(3);
        assertThat(report.value("HEA-1", "ECU", y2021, Map.of("sex", "F", "migratoryStatus", "IRREGULAR"))
                .orElseThrow().value()).isEqualTo(2);
        assertThat(report.value("HEA-2", "ECU", y2021, Map.of()).orElseThrow().value()).isEqualTo(4);
    }

    @Test
    void a_decision_must_answer_the_request() {
        try (EligibilityEngine engine = EligibilityEngine.create()) {
            EligibilityRequest a = request("a", Sex.F, MigratoryStatus.IRREGULAR, true);
            Decision other = engine.evaluate(request("b", Sex.F, MigratoryStatus.IRREGULAR, true)).decisions().get(0);
            assertThatThrownBy(() -> ProgrammeEvent.DecisionMade.of(a, other))
                    .hasMessageContaining("does not answer request a");
        }
    }
}

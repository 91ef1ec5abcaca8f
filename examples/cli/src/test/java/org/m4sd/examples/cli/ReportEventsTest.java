package org.m4sd.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;
import org.m4sd.sdk.framework.Sdg1071Result;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Recruitment;

/** What {@code m4sd report} makes of recruitments for SDG 10.7.1: no worker dropped without a word. */
class ReportEventsTest {
    private static final LocalDate SURVEY = LocalDate.of(2022, 6, 30);

    /** A worker from Nepal in Qatar earning QAR 400 a month, who paid {@code cost}. */
    private static EligibilityRequest worker(String id, CostItem cost, boolean withRupeeRate) {
        Recruitment.Builder r = Recruitment.builder("NPL", "QAT").firstJobStart(LocalDate.of(2021, 3, 1))
                .firstMonthEarnings(Money.of(400, "QAR")).addCost(cost);
        if (withRupeeRate) {
            r.exchangeRate("NPR", new BigDecimal("0.025"));
        }
        Person person = Person.builder(id).birthDate(LocalDate.of(1995, 1, 1))
                .migratoryStatus(MigratoryStatus.REGULAR).build();
        return EligibilityRequest.builder(id, SURVEY, "NPL", person)
                .determinations(Determination.EMPLOYMENT_FAIR_RECRUITMENT).recruitment(r.build()).build();
    }

    private static ResultsReport report(boolean withRupeeRate) {
        List<ProgrammeEvent> events = new ArrayList<>();
        for (EligibilityRequest r : List.of(
                worker("a", CostItem.of(CostType.SERVICE_CHARGE, 200, "QAR"), withRupeeRate),    // 200 / 400 = 0.5
                worker("b", CostItem.of(CostType.SERVICE_CHARGE, 400, "QAR"), withRupeeRate),    // 1
                worker("c", CostItem.of(CostType.SERVICE_CHARGE, 400, "QAR"), withRupeeRate),    // 1
                // NPR 48,000 x 0.025 = QAR 1,200: 1200 / 400 = 3, when the rupee rate is known
                worker("d", CostItem.of(CostType.SERVICE_CHARGE, 48_000, "NPR"), withRupeeRate))) {
            ReportEvents.recruitmentCost(r).ifPresent(events::add);
        }
        assertThat(events).hasSize(4);
        return ResultsReporter.create().report(Framework.illustrative(), java.util.Collections.emptyIterator(),
                events.iterator());
    }

    @Test
    void with_every_rate_all_four_workers_count() {
        Sdg1071Result r = report(true).sdg1071().get(0);
        // (0.5 + 1 + 1 + 3) / 4 = 1.375
        assertThat(r.workers()).isEqualTo(4);
        assertThat(r.mean()).isEqualTo(1.375);
        assertThat(r.unconvertible()).isZero();
    }

    @Test
    void a_cost_in_a_currency_without_a_rate_is_a_finding_not_a_silent_drop() {
        ResultsReport report = report(false);
        Sdg1071Result r = report.sdg1071().get(0);
        // the fourth worker cannot be counted without a rupee rate (no imputation): (0.5 + 1 + 1) / 3 = 0.833,
        // and the report says so
        assertThat(r.workers()).isEqualTo(3);
        assertThat(r.mean()).isCloseTo(2.5 / 3, within(1e-12));
        assertThat(r.unconvertible()).isEqualTo(1);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("costs-convertible")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("NPR").contains("1 surveyed worker"));
    }

    @Test
    void the_age_group_comes_from_the_birth_date_at_the_survey() {
        // born 1 January 1995, surveyed 30 June 2022: 27, in 25-34
        ProgrammeEvent.RecruitmentCost cost = ReportEvents.recruitmentCost(
                worker("a", CostItem.of(CostType.SERVICE_CHARGE, 200, "QAR"), true)).orElseThrow();
        assertThat(cost.ageGroup()).contains("Y25T34");
        assertThat(cost.education()).isEmpty();
        assertThat(cost.destination()).isEqualTo("QAT");
    }
}

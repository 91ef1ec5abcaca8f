package org.m4sd.sdk.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.m4sd.sdk.framework.ReportFixtures.Y2020;
import static org.m4sd.sdk.framework.ReportFixtures.Y2021;
import static org.m4sd.sdk.framework.ReportFixtures.Y2022;
import static org.m4sd.sdk.framework.ReportFixtures.Y2023;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference report over a small scenario, every figure computed by hand. */
class ReportTest {
    private static final double EPS = 1e-9;
    private static ResultsReport report;

    @BeforeAll
    static void run() {
        report = ReportFixtures.report();
    }

    private static double value(String indicator, String country, Period period, Map<String, String> dims) {
        return report.value(indicator, country, period, dims)
                .orElseThrow(() -> new AssertionError("no value " + indicator + " " + country + " " + period + dims))
                .value();
    }

    private static Framework framework() {
        return ReportFixtures.framework();
    }

    private static List<ValidationFinding> findings(String rule) {
        return report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void reporting_periods_are_the_programme_years_cut_to_its_duration() {
        assertThat(report.periods()).containsExactly(Period.of(LocalDate.of(2019, 11, 1), LocalDate.of(2019, 12, 31)),
                Y2020, Y2021, Y2022, Y2023);
    }

    @Test
    void access_decisions_by_sex_and_migratory_status_with_totals() {
        // each fixture decision is about a different migrant; granted: 3 ELIGIBLE F IRREGULAR + 1 CONDITIONAL M
        // REGULAR (essential care is also health)
        assertThat(value("HEA-1", "ECU", Y2021, Map.of())).isEqualTo(4);
        assertThat(value("HEA-1", "ECU", Y2021, Map.of("sex", "F", "migratoryStatus", "IRREGULAR"))).isEqualTo(3);
        assertThat(value("HEA-1", "ECU", Y2021, Map.of("sex", "F"))).isEqualTo(3);
        assertThat(value("HEA-1", "ECU", Y2021, Map.of("migratoryStatus", "REGULAR"))).isEqualTo(1);
        // the seven persons decided on health care, the school decision not among them
        assertThat(value("HEA-2", "ECU", Y2021, Map.of())).isEqualTo(7);
        assertThat(value("EDU-1", "ECU", Y2021, Map.of("migratoryStatus", "REFUGEE"))).isEqualTo(1);
        // the country total adds Bangladesh's decision; France's and the 2018 one are left out
        assertThat(value("HEA-1", "_T", Y2021, Map.of())).isEqualTo(5);
        assertThat(report.value("HEA-1", "ECU", report.periods().get(0), Map.of())).isEmpty();
    }

    @Test
    void a_decision_keeps_an_opaque_key_of_its_person_never_the_id() {
        // the first 128 bits of SHA-256("P-0001"), in hex
        String key = ProgrammeEvent.DecisionMade.personKey("P-0001");
        assertThat(key).isEqualTo("5c0bc6be59e8fa012ce54f03d681fee8")
                .isNotEqualTo(ProgrammeEvent.DecisionMade.personKey("P-0002"));
        ProgrammeEvent.DecisionMade d = new ProgrammeEvent.DecisionMade("ECU", LocalDate.of(2021, 1, 1),
                org.m4sd.sdk.Determination.HEALTH_EMERGENCY_CARE, org.m4sd.sdk.decision.Outcome.ELIGIBLE,
                org.m4sd.sdk.request.Sex.F, org.m4sd.sdk.request.MigratoryStatus.REFUGEE, key);
        assertThat(d.toString()).doesNotContain(key).contains("REFUGEE");
    }

    @Test
    void dhis2_ratio_indicators() {
        // HEA-3 = HEA-1 / HEA-2 x 100 = 4 / 7 x 100
        assertThat(value("HEA-3", "ECU", Y2021, Map.of())).isCloseTo(400.0 / 7, within(EPS));
        // women in an irregular situation: 3 granted of 5 decided
        assertThat(value("HEA-3", "ECU", Y2021, Map.of("sex", "F", "migratoryStatus", "IRREGULAR")))
                .isCloseTo(60.0, within(EPS));
        // EMP-7 = injuries / workers x 100,000: 10 / 50,000 x 100,000 = 20; men 8 / 30,000 x 100,000
        assertThat(value("EMP-7", "ECU", Y2021, Map.of())).isCloseTo(20.0, within(EPS));
        assertThat(value("EMP-7", "ECU", Y2021, Map.of("sex", "M"))).isCloseTo(80.0 / 3, within(EPS));
    }

    @Test
    void reported_totals_win_and_percentages_are_never_summed() {
        assertThat(value("EMP-5", "ECU", Y2021, Map.of())).isEqualTo(10);
        assertThat(value("EMP-6", "ECU", Y2021, Map.of())).isEqualTo(50_000);
        assertThat(value("SOC-2", "ECU", Y2021, Map.of())).isEqualTo(35);
        assertThat(value("SOC-2", "ECU", Y2021, Map.of("sex", "F"))).isEqualTo(40);
        // a percentage has no country total
        assertThat(report.value("SOC-2", "_T", Y2021, Map.of())).isEmpty();
    }

    @Test
    void cumulative_indicators_add_increments_to_the_baseline() {
        // GOV-2 ECU: baseline 0, +2 in 2020, +3 in 2021, nothing after
        assertThat(value("GOV-2", "ECU", Y2020, Map.of())).isEqualTo(2);
        assertThat(value("GOV-2", "ECU", Y2021, Map.of())).isEqualTo(5);
        assertThat(value("GOV-2", "ECU", Y2023, Map.of())).isEqualTo(5);
        // POL-1: the programme-wide baseline 179 plus three instruments by 2021
        assertThat(value("POL-1", "_T", Y2021, Map.of())).isEqualTo(182);
        assertThat(value("POL-1", "ECU", Y2021, Map.of())).isEqualTo(2);
        assertThat(value("POL-1", "ECU", Y2021, Map.of("type", "LAW"))).isEqualTo(1);
        // Serbia reported no adoption at all: a baseline alone makes no value
        assertThat(report.value("POL-1", "SRB", Y2023, Map.of())).isEmpty();
        // GOV-1: 5,000 from earlier phases plus 50 trained in Ecuador in 2021
        assertThat(value("GOV-1", "_T", Y2022, Map.of())).isEqualTo(5050);
        assertThat(value("GOV-1", "ECU", Y2021, Map.of("sex", "F"))).isEqualTo(30);
        assertThat(value("GOV-1", "ECU", Y2021, Map.of("level", "LOCAL"))).isEqualTo(20);
    }

    @Test
    void a_period_without_any_report_has_no_value_and_is_not_assessed_with_the_reason() {
        // GOV-2 ECU: baseline 0 in 2019, first observation in 2020; nothing reported for 2019, so no value there
        assertThat(report.value("GOV-2", "ECU", report.periods().get(0), Map.of())).isEmpty();
        Achievement before = report.achievement("GOV-2", "ECU", report.periods().get(0)).orElseThrow();
        assertThat(before.reported()).isFalse();
        assertThat(Double.isNaN(before.actual())).isTrue();
        assertThat(before.category()).isEqualTo(ProgressCategory.NOT_ASSESSED);
        assertThat(before.reason()).contains(Achievement.NOTHING_REPORTED);
        assertThat(before.ratio()).isEmpty();
        // GLO-1: nothing reported anywhere, in any period: no value, every period not assessed (was 0, DETERIORATION)
        assertThat(report.values()).noneMatch(v -> v.indicator().equals("GLO-1"));
        assertThat(report.achievements()).filteredOn(a -> a.indicator().equals("GLO-1")).isNotEmpty()
                .allSatisfy(a -> {
                    assertThat(a.reported()).isFalse();
                    assertThat(a.category()).isEqualTo(ProgressCategory.NOT_ASSESSED);
                });
        // GOV-1 programme-wide: nothing trained before Ecuador's sessions of 2021, so the 5,000 of earlier phases
        // alone make no 2020 value; from 2021 on, 5,000 + 50
        assertThat(report.value("GOV-1", "_T", Y2020, Map.of())).isEmpty();
        assertThat(report.achievement("GOV-1", "_T", Y2020).orElseThrow().reason()).isPresent();
        assertThat(value("GOV-1", "_T", Y2021, Map.of())).isEqualTo(5050);
        // a reported value keeps its progress, with no reason
        assertThat(report.achievement("GOV-2", "ECU", Y2021).orElseThrow().reason()).isEmpty();
        // decisions are not reports: an access indicator has no such entry
        assertThat(report.achievements()).filteredOn(a -> !a.reported())
                .allMatch(a -> framework().indicator(a.indicator()).orElseThrow().source().reportedByProgramme());
    }

    @Test
    void a_decided_population_nobody_in_which_qualified_counts_0() {
        // Serbia: one migrant refused emergency care, one national granted it; Morocco: only a national decided;
        // Senegal: a migrant's decision left undetermined (missing facts decide nothing)
        List<ProgrammeEvent> events = List.of(
                ReportFixtures.decision("SEN", 2021, Determination.HEALTH_EMERGENCY_CARE, Outcome.UNDETERMINED, Sex.F,
                        MigratoryStatus.IRREGULAR, 4),
                ReportFixtures.decision("SRB", 2021, Determination.HEALTH_EMERGENCY_CARE, Outcome.INELIGIBLE, Sex.F,
                        MigratoryStatus.IRREGULAR, 1),
                ReportFixtures.decision("SRB", 2021, Determination.HEALTH_EMERGENCY_CARE, Outcome.ELIGIBLE, Sex.M,
                        MigratoryStatus.NATIONAL, 2),
                ReportFixtures.decision("MAR", 2021, Determination.HEALTH_EMERGENCY_CARE, Outcome.ELIGIBLE, Sex.M,
                        MigratoryStatus.NATIONAL, 3));
        ResultsReport r = ResultsReporter.reference().report(framework(), java.util.Collections.emptyIterator(),
                events.iterator());
        // HEA-1 (migrants granted care) is 0 in Serbia, where migrants were decided; HEA-2 counts the one decided
        assertThat(r.value("HEA-1", "SRB", Y2021, Map.of()).orElseThrow().value()).isEqualTo(0);
        assertThat(r.value("HEA-2", "SRB", Y2021, Map.of()).orElseThrow().value()).isEqualTo(1);
        assertThat(r.value("HEA-3", "SRB", Y2021, Map.of()).orElseThrow().value()).isEqualTo(0);
        assertThat(r.achievement("HEA-1", "SRB", Y2021).orElseThrow().reported()).isTrue();
        // no migrant was decided in Morocco: no value, not a 0
        assertThat(r.value("HEA-1", "MAR", Y2021, Map.of())).isEmpty();
        assertThat(r.value("HEA-2", "MAR", Y2021, Map.of())).isEmpty();
        assertThat(r.value("HEA-1", "SEN", Y2021, Map.of())).isEmpty();
        // the programme total adds Serbia's 0
        assertThat(r.value("HEA-1", "_T", Y2021, Map.of()).orElseThrow().value()).isEqualTo(0);
    }

    @Test
    void achievement_and_progress() {
        // GOV-2 ECU 2021: baseline 0 (2019), 2021 target 3, actual 5: met, ratio 5 / 3 (not clamped)
        Achievement a = report.achievement("GOV-2", "ECU", Y2021).orElseThrow();
        assertThat(a.met()).isTrue();
        assertThat(a.ratio().getAsDouble()).isCloseTo(5.0 / 3, within(EPS));
        assertThat(a.displayRatio().getAsDouble()).isEqualTo(1.0);
        assertThat(a.category()).isEqualTo(ProgressCategory.ACHIEVED);
        // POL-1 programme-wide 2023: 179 -> 182 against 215, four years each:
        // R = ((182/179)^(1/4) - 1) / ((215/179)^(1/4) - 1) = 0.004164 / 0.046879 = 0.0888
        Achievement p = report.achievement("POL-1", "_T", Y2023).orElseThrow();
        assertThat(p.ratio().getAsDouble()).isCloseTo(3.0 / 36, within(EPS));
        assertThat(p.growthRatio().getAsDouble()).isCloseTo(0.0888, within(5e-4));
        assertThat(p.category()).isEqualTo(ProgressCategory.LIMITED_PROGRESS);
        // HEA-1 ECU 2021: 4 persons against a baseline of 80 and a target of 100: (4 - 80) / 20
        Achievement h = report.achievement("HEA-1", "ECU", Y2021).orElseThrow();
        assertThat(h.ratio().getAsDouble()).isCloseTo(-3.8, within(EPS));
        assertThat(h.category()).isEqualTo(ProgressCategory.DETERIORATION);
    }

    @Test
    void validation_findings() {
        assertThat(findings("part-not-above-total")).singleElement().satisfies(f -> {
            assertThat(f.indicator()).isEqualTo("EMP-5");
            assertThat(f.operator()).isEqualTo(Operator.LESS_THAN_OR_EQUAL_TO);
            assertThat(f.left().getAsDouble()).isEqualTo(12);
            assertThat(f.right().getAsDouble()).isEqualTo(10);
        });
        assertThat(findings("no-negative-count")).singleElement().satisfies(f -> {
            assertThat(f.indicator()).isEqualTo("GOV-2");
            assertThat(f.country()).isEqualTo("MAR");
        });
        assertThat(findings("known-country")).extracting(ValidationFinding::indicator, ValidationFinding::country)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("GOV-2", "FRA"),
                        org.assertj.core.groups.Tuple.tuple("event:DecisionMade", "FRA"));
        assertThat(findings("known-indicator")).singleElement().extracting(ValidationFinding::indicator)
                .isEqualTo("NOPE-1");
        assertThat(findings("period-in-programme")).singleElement().extracting(ValidationFinding::country)
                .isEqualTo("ECU");
        assertThat(findings("actual-has-baseline")).extracting(ValidationFinding::indicator)
                .contains("HEA-1", "HEA-2", "HEA-3");
        assertThat(findings("actual-has-baseline")).allMatch(f -> f.country().equals("BGD")
                && f.operator() == Operator.COMPULSORY_PAIR && f.importance() == Importance.MEDIUM);
    }

    @Test
    void every_finding_names_a_built_in_dhis2_rule_with_its_operator_and_importance() {
        assertThat(report.findings()).isNotEmpty().allSatisfy(f -> {
            ValidationRule rule = f.definition().orElseThrow();
            assertThat(f.operator()).isEqualTo(rule.operator());
            assertThat(f.importance()).isEqualTo(rule.importance());
        });
        assertThat(ValidationRule.PART_NOT_ABOVE_TOTAL.leftStrategy())
                .isEqualTo(MissingValueStrategy.SKIP_IF_ALL_VALUES_MISSING);
        assertThat(ValidationRule.byId("nope")).isEmpty();
    }

    @Test
    void sdg_1071_mean_and_median() {
        Sdg1071Result r = report.sdg1071().get(0);
        assertThat(r.country()).isEqualTo("NPL");
        assertThat(r.workers()).isEqualTo(4);
        assertThat(r.excluded()).isEqualTo(1);
        assertThat(r.mean()).isEqualTo(2.75);
        assertThat(r.median()).isEqualTo(2.5);
        assertThat(value("EMP-1", "NPL", Y2022, Map.of())).isEqualTo(2.75);
        assertThat(value("EMP-2", "NPL", Y2022, Map.of())).isEqualTo(2.5);
        // women: 500/500 = 1 and 2000/400 = 5
        assertThat(value("EMP-1", "NPL", Y2022, Map.of("sex", "F"))).isEqualTo(3.0);
        // no regional aggregate
        assertThat(report.value("EMP-1", "_T", Y2022, Map.of())).isEmpty();
    }

    @Test
    void sdg_1072_latest_questionnaire_of_the_period() {
        assertThat(report.sdg1072()).singleElement().satisfies(r -> {
            assertThat(r.domainScores()).containsExactly(60.0, 100.0, 80.0, 40.0, 0.0, 40.0);
            assertThat(r.overall()).isCloseTo(160.0 / 3, within(EPS));
        });
        assertThat(value("POL-2", "SEN", Y2022, Map.of())).isCloseTo(160.0 / 3, within(EPS));
    }

    @Test
    void sdg_10c1_corridor_and_global() {
        assertThat(report.sdg10c1()).singleElement().satisfies(r -> {
            assertThat(r.globalAverage()).isCloseTo(3.3, within(EPS));
            assertThat(r.corridors()).singleElement().satisfies(c ->
                    assertThat(c.smartAverage().getAsDouble()).isCloseTo(13.0 / 3, within(EPS)));
        });
        // Morocco's figure is the simple average over its five services, (3 + 4.5 + 5.5 + 1.5 + 2) / 5 = 3.3
        assertThat(value("EMP-4", "MAR", Y2022, Map.of())).isCloseTo(3.3, within(EPS));
    }

    @Test
    void json_export() throws Exception {
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertThat(json.at("/programme/illustrative").booleanValue()).isTrue();
        assertThat(json.get("values").size()).isEqualTo(report.values().size());
        assertThat(json.get("findings").size()).isEqualTo(report.findings().size());
        assertThat(json.at("/sdg1072/0/domains/0/score").doubleValue()).isEqualTo(60.0);
        assertThat(json.at("/sdg10c1/0/corridors/0/qualifyingServices").intValue()).isEqualTo(3);
        JsonNode first = json.get("findings").get(0);
        assertThat(first.get("operator").asText()).matches("[a-z_]+");
        assertThat(first.get("leftStrategy").asText()).isNotBlank();
    }

    @Test
    void csv_export_one_row_per_value() {
        String csv = report.toCsv();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("indicator,country,period_start,period_end,dimensions,value,baseline,"
                + "baseline_year,target,achievement,met,category,value_status");
        long nothingReported = report.achievements().stream().filter(a -> !a.reported()).count();
        assertThat(nothingReported).isPositive();
        assertThat(lines).hasSize(report.values().size() + (int) nothingReported + 1);
        // a period of which nothing was reported: no value, not assessed
        assertThat(csv).contains("\r\nGOV-2,ECU,2019-11-01,2019-12-31,,,0,2019,3,,false,NOT_ASSESSED,nothing-reported\r\n");
        // GOV-2 counts local authorities, exempt from disclosure control; 3 women in an irregular situation are not
        assertThat(csv).contains(
                "\r\nGOV-2,ECU,2021-01-01,2021-12-31,,5,0,2019,3,1.6666666666666667,true,ACHIEVED,published\r\n");
        assertThat(csv).contains("\r\nHEA-1,ECU,2021-01-01,2021-12-31,migratoryStatus=IRREGULAR;sex=F,,,,,,,,suppressed\r\n");
    }

    @Test
    void iati_export_is_valid_against_the_official_schema() {
        String xml = IatiSchema.validate(report.toIatiXml());
        assertThat(xml).contains("<iati-activities version=\"2.03\"");
        assertThat(xml).contains("<reference vocabulary=\"9\" code=\"10.7.1\"");
        assertThat(xml).contains("<indicator measure=\"5\"");
        assertThat(xml).contains("<result type=\"2\"").contains("<result type=\"1\"");
        assertThat(xml).contains("<actual value=\"182\"></actual>");
    }

    @Test
    void iati_export_of_an_empty_report_is_valid_too() {
        ResultsReport empty = ResultsReporter.reference().report(Framework.illustrative(),
                java.util.Collections.emptyIterator(), java.util.Collections.emptyIterator());
        // nothing reported: a baseline alone makes no value, and every progress is not assessed
        assertThat(empty.values()).isEmpty();
        assertThat(empty.achievements()).isNotEmpty().noneMatch(Achievement::reported);
        IatiSchema.validate(empty.toIatiXml());
    }

    @Test
    void a_broken_iati_document_is_caught_by_the_schema_check() {
        String broken = report.toIatiXml().replaceFirst("<title>", "<titel>").replaceFirst("</title>", "</titel>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IatiSchema.validate(broken))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not valid");
    }
}

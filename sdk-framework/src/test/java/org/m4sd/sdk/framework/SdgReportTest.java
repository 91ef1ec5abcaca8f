package org.m4sd.sdk.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.m4sd.sdk.framework.SdgHandCases.Y2022;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SDG indicators as their custodians define them, on the hand-made populations of {@link SdgHandCases}: each
 * expected value is worked out by hand in the comment beside it.
 */
class SdgReportTest {
    private static final double EPS = 1e-9;
    private final ResultsReport report = SdgHandCases.report(ResultsReporter.reference());

    private double value(String indicator, String country, Map<String, String> dims) {
        return report.value(indicator, country, Y2022, dims).orElseThrow(
                () -> new AssertionError("no value " + indicator + " " + country + " " + dims)).value();
    }

    private Sdg10c1Result sdg10c1() {
        assertThat(report.sdg10c1()).hasSize(1);
        return report.sdg10c1().get(0);
    }

    private CorridorCost corridor(String from, String to, int quarterMonth) {
        return sdg10c1().corridors().stream().filter(c -> c.sendingCountry().equals(from) && c.country().equals(to)
                && c.quarter().start().getMonthValue() == quarterMonth).findFirst().orElseThrow();
    }

    // ---- 10.c.1 -------------------------------------------------------------------------------------------------

    @Test
    void smart_is_per_service_and_quarter_so_one_cheap_service_priced_in_three_quarters_does_not_pass() {
        // Spain to Morocco. Q1 and Q2: service A alone (3.0): fewer than three services, no SmaRT, fails.
        for (int month : new int[] {1, 4}) {
            CorridorCost c = corridor("ESP", "MAR", month);
            assertThat(c.services()).isEqualTo(1);
            assertThat(c.smartAverage()).isEmpty();
            assertThat(c.atOrBelowTarget()).isFalse();
        }
        // Q3: A priced on 1 July (2 / 200 x 100 + 1 = 2.0) and 15 August (4 / 200 x 100 + 1 = 3.0): one service,
        // the later price stands; B = 8 / 2 + 2 = 6.0, C = 10 / 2 + 2 = 7.0; SmaRT = (3 + 6 + 7) / 3 = 5.333 > 5.
        // Reading price records instead, A's 2.0, 3.0, 3.0 would have passed at 2.67 %.
        CorridorCost q3 = corridor("ESP", "MAR", 7);
        assertThat(q3.services()).isEqualTo(3);
        assertThat(q3.quarter()).isEqualTo(Period.of(java.time.LocalDate.of(2022, 7, 1),
                java.time.LocalDate.of(2022, 9, 30)));
        assertThat(q3.smartAverage().getAsDouble()).isCloseTo(16.0 / 3, within(EPS));
        assertThat(q3.atOrBelowTarget()).isFalse();
        // Morocco's figure: one price per service and quarter, A 3.0 (Q1), A 3.0 (Q2), A 3.0, B 6.0, C 7.0 (Q3):
        // (3 + 3 + 3 + 6 + 7) / 5 = 4.4
        assertThat(sdg10c1().countryAverages().get("MAR")).isCloseTo(4.4, within(EPS));
        assertThat(value("EMP-4", "MAR", Map.of())).isCloseTo(4.4, within(EPS));
    }

    @Test
    void a_country_figure_counts_every_service_including_failing_corridors() {
        // France to Tunisia: K 2.0, L 3.0, M 4.0: SmaRT 3.0, passes. Germany to Tunisia: N 6 + 3 = 9.0,
        // O 6.5 + 3 = 9.5: two services, no SmaRT, fails, and stays in the report.
        assertThat(corridor("FRA", "TUN", 4).smartAverage().getAsDouble()).isCloseTo(3.0, within(EPS));
        CorridorCost failing = corridor("DEU", "TUN", 4);
        assertThat(failing.smartAverage()).isEmpty();
        assertThat(failing.atOrBelowTarget()).isFalse();
        // Tunisia's figure: (2 + 3 + 4 + 9 + 9.5) / 5 = 27.5 / 5 = 5.5, not the 3.0 of the passing corridor alone
        assertThat(value("EMP-4", "TUN", Map.of())).isCloseTo(5.5, within(EPS));
    }

    @Test
    void only_transparent_services_count_for_smart_and_a_negative_fx_margin_is_a_price() {
        // Italy to Senegal, Q4: F 3 + 1 = 4.0, G 6 + 2 = 8.0, H 3 + 1.5 = 4.5 (not transparent), I 7 + 2 = 9.0,
        // J 4 - 0.5 = 3.5 (a negative margin lowers the cost). Qualifying: J, F, G, I; SmaRT = (3.5 + 4 + 8) / 3
        // = 5.1667 > 5: fails. Counting H, it would have been (3.5 + 4 + 4.5) / 3 = 4.0 and passed.
        CorridorCost c = corridor("ITA", "SEN", 10);
        assertThat(c.services()).isEqualTo(5);
        assertThat(c.qualifyingServices()).isEqualTo(4);
        assertThat(c.smartAverage().getAsDouble()).isCloseTo(15.5 / 3, within(EPS));
        assertThat(c.atOrBelowTarget()).isFalse();
        // Senegal's figure counts every service, transparent or not: (4 + 8 + 4.5 + 9 + 3.5) / 5 = 29 / 5 = 5.8
        assertThat(value("EMP-4", "SEN", Map.of())).isCloseTo(5.8, within(EPS));
    }

    @Test
    void global_average_over_every_service_and_quarter() {
        // Morocco 22 over 5, Tunisia 27.5 over 5, Senegal 29 over 5: 78.5 / 15 = 5.2333, not below 3
        assertThat(sdg10c1().services()).isEqualTo(15);
        assertThat(sdg10c1().globalAverage()).isCloseTo(78.5 / 15, within(EPS));
        assertThat(sdg10c1().belowTarget()).isFalse();
        // Spain-Morocco in Q1, Q2, Q3; France-Tunisia, Germany-Tunisia; Italy-Senegal: six corridor-quarters
        assertThat(sdg10c1().corridors()).hasSize(6);
    }

    // ---- 10.7.1 -------------------------------------------------------------------------------------------------

    @Test
    void a_worker_whose_costs_cannot_be_converted_is_a_finding_not_a_silent_drop() {
        Sdg1071Result r = report.sdg1071().get(0);
        assertThat(r.country()).isEqualTo("NPL");
        assertThat(r.workers()).isEqualTo(4);
        assertThat(r.excluded()).isZero();
        assertThat(r.unconvertible()).isEqualTo(1);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("costs-convertible")).singleElement()
                .satisfies(f -> {
                    assertThat(f.country()).isEqualTo("NPL");
                    assertThat(f.period()).isEqualTo(Y2022);
                    assertThat(f.left().getAsDouble()).isEqualTo(1);
                    assertThat(f.message()).contains("INR");
                    assertThat(f.definition()).contains(ValidationRule.COSTS_CONVERTIBLE);
                });
    }

    @Test
    void mean_median_and_fourth_quintile() {
        // ratios 0.5, 1, 1, 3: mean 5.5 / 4 = 1.375; median (1 + 1) / 2 = 1;
        // 4th quintile: h = (4 - 1) x 0.8 = 2.4, between ranks 2 and 3 (from 0): 1 + 0.4 x (3 - 1) = 1.8
        Sdg1071Result r = report.sdg1071().get(0);
        assertThat(r.mean()).isEqualTo(1.375);
        assertThat(r.median()).isEqualTo(1.0);
        assertThat(r.fourthQuintile()).isCloseTo(1.8, within(EPS));
        assertThat(value("EMP-1", "NPL", Map.of())).isEqualTo(1.375);
        assertThat(value("EMP-2", "NPL", Map.of())).isEqualTo(1.0);
        assertThat(value("EMP-1Q4", "NPL", Map.of())).isCloseTo(1.8, within(EPS));
    }

    @Test
    void each_breakdown_the_metadata_asks_for() {
        // sex: women 0.5 and 3 -> 1.75; men 1 and 1 -> 1
        assertThat(value("EMP-1", "NPL", Map.of("sex", "F"))).isEqualTo(1.75);
        assertThat(value("EMP-1", "NPL", Map.of("sex", "M"))).isEqualTo(1.0);
        // age group: 25-34: 0.5 and 1 -> 0.75; 35-44: 1; not recorded (_U): 3
        assertThat(value("EMP-1", "NPL", Map.of("ageGroup", "Y25T34"))).isEqualTo(0.75);
        assertThat(value("EMP-1", "NPL", Map.of("ageGroup", "Y35T44"))).isEqualTo(1.0);
        assertThat(value("EMP-1", "NPL", Map.of("ageGroup", "_U"))).isEqualTo(3.0);
        // education: ISCED 3: 0.5 and 1 -> 0.75; ISCED 2: 1 and 3 -> 2
        assertThat(value("EMP-1", "NPL", Map.of("education", "ISCED11_3"))).isEqualTo(0.75);
        assertThat(value("EMP-1", "NPL", Map.of("education", "ISCED11_2"))).isEqualTo(2.0);
        // destination: Qatar 0.5 and 1 -> 0.75; Malaysia 1 and 3 -> 2
        assertThat(value("EMP-1", "NPL", Map.of("destination", "QAT"))).isEqualTo(0.75);
        assertThat(value("EMP-1", "NPL", Map.of("destination", "MYS"))).isEqualTo(2.0);
        // crossed: women in Malaysia, 3 alone
        assertThat(value("EMP-1", "NPL", Map.of("sex", "F", "destination", "MYS"))).isEqualTo(3.0);
        // 4th quintile of women: 0.5 + 0.8 x (3 - 0.5) = 2.5; median of Malaysia (1 + 3) / 2 = 2
        assertThat(value("EMP-1Q4", "NPL", Map.of("sex", "F"))).isCloseTo(2.5, within(EPS));
        assertThat(value("EMP-2", "NPL", Map.of("destination", "MYS"))).isEqualTo(2.0);
        // no regional aggregate
        assertThat(report.value("EMP-1", "_T", Y2022, Map.of())).isEmpty();
    }

    // ---- 10.7.2 -------------------------------------------------------------------------------------------------

    @Test
    void domain_scores_are_indicator_values() {
        // Morocco: domains 60, 100, 80, 40, 0, 40; overall (3 + 5 + 4 + 2 + 0 + 2) / 30 x 100 = 53.33
        assertThat(value("POL-2", "MAR", Map.of("domain", "4"))).isEqualTo(40.0);
        assertThat(value("POL-2", "MAR", Map.of("domain", "2"))).isEqualTo(100.0);
        assertThat(value("POL-2", "MAR", Map.of())).isCloseTo(160.0 / 3, within(EPS));
        // Ecuador: domains 1 to 5 all yes, 6 all no: 100 x 5 and 0; overall 25 / 30 x 100 = 83.33
        assertThat(value("POL-2", "ECU", Map.of("domain", "6"))).isEqualTo(0.0);
        assertThat(value("POL-2", "ECU", Map.of())).isCloseTo(250.0 / 3, within(EPS));
    }

    @Test
    void shares_of_countries_by_band() {
        // Overall: SEN 100 fully meets, ECU 83.3 meets, MAR 53.3 partially meets, TUN and NPL 0 requires
        // further progress: 1 / 5 = 20 %, 20 %, 20 %, 2 / 5 = 40 %
        assertThat(value("POL-2B", "_T", Map.of("band", "FULLY_MEETS"))).isEqualTo(20.0);
        assertThat(value("POL-2B", "_T", Map.of("band", "MEETS"))).isEqualTo(20.0);
        assertThat(value("POL-2B", "_T", Map.of("band", "PARTIALLY_MEETS"))).isEqualTo(20.0);
        assertThat(value("POL-2B", "_T", Map.of("band", "REQUIRES_FURTHER_PROGRESS"))).isEqualTo(40.0);
        assertThat(value("POL-2B", "_T", Map.of())).isEqualTo(100.0);
        // Domain 1: SEN 100, ECU 100 fully meet (40 %); MAR 60 partially meets (20 %); TUN, NPL 0 (40 %); none meets
        Map<String, String> d1 = Map.of("domain", "1");
        assertThat(value("POL-2B", "_T", with(d1, "FULLY_MEETS"))).isEqualTo(40.0);
        assertThat(value("POL-2B", "_T", with(d1, "MEETS"))).isEqualTo(0.0);
        assertThat(value("POL-2B", "_T", with(d1, "PARTIALLY_MEETS"))).isEqualTo(20.0);
        assertThat(value("POL-2B", "_T", with(d1, "REQUIRES_FURTHER_PROGRESS"))).isEqualTo(40.0);
        // Domain 6: SEN fully meets (20 %); MAR 40 partially meets (20 %); ECU, TUN, NPL 0 (60 %)
        Map<String, String> d6 = Map.of("domain", "6");
        assertThat(value("POL-2B", "_T", with(d6, "FULLY_MEETS"))).isEqualTo(20.0);
        assertThat(value("POL-2B", "_T", with(d6, "PARTIALLY_MEETS"))).isEqualTo(20.0);
        assertThat(value("POL-2B", "_T", with(d6, "REQUIRES_FURTHER_PROGRESS"))).isEqualTo(60.0);
        assertThat(Formulas.sdg1072BandShares(report.sdg1072()).get(0)).containsEntry(Sdg1072Band.MEETS, 20.0);
    }

    private static Map<String, String> with(Map<String, String> dims, String band) {
        Map<String, String> m = new java.util.HashMap<>(dims);
        m.put("band", band);
        return m;
    }

    @Test
    void a_breakdowns_mean_over_fewer_workers_than_the_threshold_is_withheld_with_its_total_published() {
        // threshold 3: Nepal's four convertible workers are published; each sex has two, the unrecorded age one
        ResultsReport published = report.protect(DisclosureControl.of(3));
        IndicatorValue total = published.value("EMP-1", "NPL", Y2022, Map.of()).orElseThrow();
        assertThat(total.suppressed()).isFalse();
        assertThat(total.value()).isEqualTo(1.375);
        assertThat(total.basis()).isEqualTo(4);
        assertThat(published.value("EMP-1", "NPL", Y2022, Map.of("sex", "F")).orElseThrow().suppressed()).isTrue();
        assertThat(published.value("EMP-1", "NPL", Y2022, Map.of("ageGroup", "_U")).orElseThrow().suppressed())
                .isTrue();
        assertThat(published.value("EMP-2", "NPL", Y2022, Map.of("sex", "M")).orElseThrow().suppressed()).isTrue();
        // the in-memory report keeps them, with the number of workers each is over
        IndicatorValue women = report.value("EMP-1", "NPL", Y2022, Map.of("sex", "F")).orElseThrow();
        assertThat(women.value()).isEqualTo(1.75);
        assertThat(women.basis()).isEqualTo(2);
    }

    @Test
    void the_json_report_carries_the_new_fields() throws Exception {
        // the hand cases count fewer people than the default disclosure threshold: published with none withheld
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(report.protect(DisclosureControl.of(1)).toJson());
        assertThat(json.at("/sdg1071/0/unconvertible").intValue()).isEqualTo(1);
        assertThat(json.at("/sdg1071/0/fourthQuintile").doubleValue()).isCloseTo(1.8, within(EPS));
        assertThat(json.at("/sdg10c1/0/countryAverages/TUN").doubleValue()).isCloseTo(5.5, within(EPS));
        assertThat(json.at("/sdg10c1/0/corridors/0/quarterStart").asText()).isEqualTo("2022-04-01"); // Germany-Tunisia, Q2, first in order
    }
}

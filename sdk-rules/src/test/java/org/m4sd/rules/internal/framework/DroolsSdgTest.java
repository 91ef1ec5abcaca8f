package org.m4sd.rules.internal.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.m4sd.sdk.framework.SdgHandCases.Y2022;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.framework.CorridorCost;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;
import org.m4sd.sdk.framework.Sdg1071Result;
import org.m4sd.sdk.framework.Sdg10c1Result;
import org.m4sd.sdk.framework.SdgHandCases;

/**
 * The Drools reporter on the SDG hand cases of {@link SdgHandCases}: the values worked out by hand in the comments,
 * and the same report as the reference reporter's.
 */
class DroolsSdgTest {
    private static final double EPS = 1e-9;
    private final ResultsReport drools = SdgHandCases.report(new DroolsResultsReporter());

    private double value(String indicator, String country, Map<String, String> dims) {
        return drools.value(indicator, country, Y2022, dims).orElseThrow().value();
    }

    private CorridorCost corridor(String from, String to, int quarterMonth) {
        return drools.sdg10c1().get(0).corridors().stream().filter(c -> c.sendingCountry().equals(from)
                && c.country().equals(to) && c.quarter().start().getMonthValue() == quarterMonth).findFirst()
                .orElseThrow();
    }

    @Test
    void the_same_report_as_the_reference() {
        ResultsReport reference = SdgHandCases.report(ResultsReporter.reference());
        assertThat(drools.sdg1071()).isEqualTo(reference.sdg1071());
        assertThat(drools.sdg1072()).isEqualTo(reference.sdg1072());
        assertThat(drools.sdg10c1()).isEqualTo(reference.sdg10c1());
        assertThat(drools).isEqualTo(reference);
    }

    @Test
    void sdg10c1_smart_by_service_and_quarter() {
        // Spain to Morocco, Q1 and Q2: A alone, no SmaRT, fails
        assertThat(corridor("ESP", "MAR", 1).smartAverage()).isEmpty();
        assertThat(corridor("ESP", "MAR", 4).atOrBelowTarget()).isFalse();
        // Q3: A's 15 August price 3.0 stands over its 1 July 2.0; (3 + 6 + 7) / 3 = 5.333 > 5
        CorridorCost q3 = corridor("ESP", "MAR", 7);
        assertThat(q3.services()).isEqualTo(3);
        assertThat(q3.smartAverage().getAsDouble()).isCloseTo(16.0 / 3, within(EPS));
        assertThat(q3.atOrBelowTarget()).isFalse();
    }

    @Test
    void sdg10c1_failing_corridors_counted_in_the_country_figure() {
        Sdg10c1Result r = drools.sdg10c1().get(0);
        assertThat(corridor("DEU", "TUN", 4).smartAverage()).isEmpty();
        // Tunisia: (2 + 3 + 4 + 9 + 9.5) / 5 = 5.5; Morocco: (3 + 3 + 3 + 6 + 7) / 5 = 4.4
        assertThat(r.countryAverages().get("TUN")).isCloseTo(5.5, within(EPS));
        assertThat(r.countryAverages().get("MAR")).isCloseTo(4.4, within(EPS));
        // global: 78.5 / 15
        assertThat(r.services()).isEqualTo(15);
        assertThat(r.globalAverage()).isCloseTo(78.5 / 15, within(EPS));
    }

    @Test
    void sdg10c1_transparency_and_a_negative_margin() {
        // Italy to Senegal: H (4.5) is not transparent; J costs 4 - 0.5 = 3.5; (3.5 + 4 + 8) / 3 = 5.1667 > 5
        CorridorCost c = corridor("ITA", "SEN", 10);
        assertThat(c.qualifyingServices()).isEqualTo(4);
        assertThat(c.smartAverage().getAsDouble()).isCloseTo(15.5 / 3, within(EPS));
        assertThat(c.atOrBelowTarget()).isFalse();
        // Senegal: (4 + 8 + 4.5 + 9 + 3.5) / 5 = 5.8
        assertThat(drools.sdg10c1().get(0).countryAverages().get("SEN")).isCloseTo(5.8, within(EPS));
    }

    @Test
    void sdg1071_no_silent_drop_and_the_fourth_quintile() {
        Sdg1071Result r = drools.sdg1071().get(0);
        // 0.5, 1, 1, 3 counted; the worker who paid in rupees without a rate is counted as unconvertible
        assertThat(r.workers()).isEqualTo(4);
        assertThat(r.unconvertible()).isEqualTo(1);
        assertThat(drools.findings()).anyMatch(f -> f.rule().equals("costs-convertible") && f.country().equals("NPL"));
        // mean 5.5 / 4 = 1.375; median 1; 4th quintile 1 + 0.4 x (3 - 1) = 1.8
        assertThat(r.mean()).isEqualTo(1.375);
        assertThat(r.median()).isEqualTo(1.0);
        assertThat(r.fourthQuintile()).isCloseTo(1.8, within(EPS));
    }

    @Test
    void sdg1071_breakdowns() {
        // women 0.5 and 3 -> 1.75; age 25-34: 0.5 and 1 -> 0.75; ISCED 2: 1 and 3 -> 2; Malaysia 1 and 3 -> 2
        assertThat(value("EMP-1", "NPL", Map.of("sex", "F"))).isEqualTo(1.75);
        assertThat(value("EMP-1", "NPL", Map.of("ageGroup", "Y25T34"))).isEqualTo(0.75);
        assertThat(value("EMP-1", "NPL", Map.of("education", "ISCED11_2"))).isEqualTo(2.0);
        assertThat(value("EMP-1", "NPL", Map.of("destination", "MYS"))).isEqualTo(2.0);
        // 4th quintile of women: 0.5 + 0.8 x 2.5 = 2.5
        assertThat(value("EMP-1Q4", "NPL", Map.of("sex", "F"))).isCloseTo(2.5, within(EPS));
    }

    @Test
    void sdg1072_domain_scores_and_shares_of_countries_by_band() {
        // Morocco: domain 4 = 2 / 5 x 100 = 40
        assertThat(value("POL-2", "MAR", Map.of("domain", "4"))).isEqualTo(40.0);
        assertThat(drools.sdg1072()).hasSize(5);
        // overall: SEN fully meets, ECU meets, MAR partially meets (20 % each); TUN, NPL requires (2 / 5 = 40 %)
        assertThat(value("POL-2B", "_T", Map.of("band", "FULLY_MEETS"))).isEqualTo(20.0);
        assertThat(value("POL-2B", "_T", Map.of("band", "REQUIRES_FURTHER_PROGRESS"))).isEqualTo(40.0);
        // domain 6: ECU, TUN, NPL at 0 (60 %)
        assertThat(value("POL-2B", "_T", Map.of("domain", "6", "band", "REQUIRES_FURTHER_PROGRESS"))).isEqualTo(60.0);
    }
}

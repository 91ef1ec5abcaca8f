package org.m4sd.sdk.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.m4sd.sdk.framework.FrameworkJsonTest.errors;
import static org.m4sd.sdk.framework.FrameworkJsonTest.illustrativeTree;
import static org.m4sd.sdk.framework.FrameworkJsonTest.load;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** A framework's own progress thresholds and an indicator's natural limit: read, validated, used by the report. */
class FrameworkProgressSettingsTest {
    static final ProgressThresholds LENIENT = new ProgressThresholds(0.7, 0.3, 0.015, 0.005);

    /**
     * The illustrative framework with {@link #LENIENT} thresholds and SOC-2 (a percentage, baseline 30 everywhere)
     * capped at 32 with no target in Nepal, as a JSON file would declare them.
     */
    static ObjectNode settingsTree() throws Exception {
        ObjectNode tree = illustrativeTree();
        tree.putObject("progressThresholds").put("onTrackRatio", 0.7).put("accelerationRatio", 0.3)
                .put("onTrackGrowth", 0.015).put("accelerationGrowth", 0.005);
        ObjectNode soc2 = (ObjectNode) tree.get("indicators").get(6);
        assertThat(soc2.get("id").asText()).isEqualTo("SOC-2");
        soc2.put("limit", 32);
        var targets = soc2.withArray("targets");
        for (int i = targets.size() - 1; i >= 0; i--) {
            if (targets.get(i).get("country").asText().equals("NPL")) {
                targets.remove(i);
            }
        }
        return tree;
    }

    @Test
    void thresholds_and_limit_are_read() throws Exception {
        Framework f = load(settingsTree());
        assertThat(f.progressThresholds()).contains(LENIENT);
        assertThat(f.thresholds()).isEqualTo(LENIENT);
        assertThat(f.indicator("SOC-2").orElseThrow().limit()).isEqualTo(OptionalDouble.of(32));
        assertThat(f.indicator("HEA-1").orElseThrow().limit()).isEmpty();
    }

    @Test
    void without_them_the_open_sdg_thresholds_apply_and_there_is_no_limit() {
        Framework f = Framework.illustrative();
        assertThat(f.progressThresholds()).isEmpty();
        assertThat(f.thresholds()).isEqualTo(ProgressThresholds.OPEN_SDG);
        assertThat(f.indicators()).allMatch(i -> i.limit().isEmpty());
        // the constructor without thresholds, kept from before they could be declared
        assertThat(new Framework(f.programme(), f.outcomes(), f.outputs(), f.indicators(), f.disclosureControl()))
                .isEqualTo(f);
    }

    @Test
    void bad_thresholds_and_limits_are_named() throws Exception {
        ObjectNode tree = settingsTree();
        ((ObjectNode) tree.get("progressThresholds")).put("accelerationRatio", 0.8).put("colour", "red");
        ((ObjectNode) tree.get("indicators").get(2)).put("limit", "a hundred");
        List<String> errors = errors(tree);
        assertThat(errors).contains("$.progressThresholds: progress thresholds: expected 0 < acceleration ratio"
                + " < on-track ratio, got 0.8 and 0.7", "$.indicators[2].limit: expected a number");
        assertThat(errors).anyMatch(e -> e.startsWith("$.progressThresholds.colour: unknown field"));
        // SOC-2's baselines are 30: a maximum of 25 lies below them; a descending indicator's limit is a minimum
        ObjectNode beyond = settingsTree();
        ((ObjectNode) beyond.get("indicators").get(6)).put("limit", 25);
        ((ObjectNode) beyond.get("indicators").get(6)).put("ascending", false);
        assertThat(load(beyond).indicator("SOC-2").orElseThrow().limit()).isEqualTo(OptionalDouble.of(25));
        ((ObjectNode) beyond.get("indicators").get(6)).put("ascending", true);
        assertThat(errors(beyond)).contains("$.indicators[6].baselines[0].value: baseline 30.0 lies beyond the"
                + " indicator's limit 25.0 (a maximum for an ascending indicator)");
        ObjectNode missing = settingsTree();
        ((ObjectNode) missing.get("progressThresholds")).remove("onTrackGrowth");
        assertThat(errors(missing)).anyMatch(e -> e.startsWith("$.progressThresholds.onTrackGrowth"));
    }

    @Test
    void the_report_uses_the_framework_s_thresholds_and_the_limit() throws Exception {
        List<Observation> obs = List.of(Observation.of("SOC-2", "ECU", Period.ofYear(2021), 34.5),
                Observation.of("SOC-2", "NPL", Period.ofYear(2021), 30.4));
        ResultsReport own = ResultsReporter.reference().report(load(settingsTree()), obs.iterator(),
                List.<ProgrammeEvent>of().iterator());
        ResultsReport open = ResultsReporter.reference().report(Framework.illustrative(), obs.iterator(),
                List.<ProgrammeEvent>of().iterator());
        // ECU: 30 -> 34.5 in two years of two towards 36: R = (1.15^(1/2) - 1) / (1.2^(1/2) - 1) = 0.759
        Achievement ecu = own.achievement("SOC-2", "ECU", Period.ofYear(2021)).orElseThrow();
        assertThat(ecu.growthRatio().getAsDouble()).isCloseTo(0.759, within(1e-3));
        assertThat(ecu.category()).isEqualTo(ProgressCategory.ON_TRACK);
        assertThat(open.achievement("SOC-2", "ECU", Period.ofYear(2021)).orElseThrow().category())
                .isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
        // NPL, no target: 30 -> 30.4 is 0.66 % a year; under a ceiling of 32 the thresholds are scaled by
        // C = 1 - (30 / 32)^4.44 = 0.249, so on track from 0.37 % a year
        Achievement npl = own.achievement("SOC-2", "NPL", Period.ofYear(2021)).orElseThrow();
        assertThat(npl.target()).isEmpty();
        assertThat(npl.category()).isEqualTo(ProgressCategory.ON_TRACK);
        assertThat(open.achievement("SOC-2", "NPL", Period.ofYear(2021)).map(Achievement::category))
                .isEqualTo(Optional.of(ProgressCategory.LIMITED_PROGRESS));
    }
}

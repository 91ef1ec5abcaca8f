package org.m4sd.rules.internal.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.internal.packs.ParameterValue;
import org.m4sd.sdk.framework.Formulas;
import org.m4sd.sdk.framework.Sdg1072Band;

/**
 * The framework rules' thresholds and band limits are dated data with sources, and today's values are those of
 * sdk-core's reference reporter, the oracle the Drools reporter is compared with.
 */
class FrameworkParametersTest {
    private static final FrameworkParameters PARAMETERS = FrameworkParameters.load();
    private static final LocalDate DAY = LocalDate.of(2024, 12, 31);
    private static final List<String> NAMES = List.of(FrameworkParameters.ON_TRACK_RATIO,
            FrameworkParameters.ACCELERATION_RATIO, FrameworkParameters.ON_TRACK_GROWTH,
            FrameworkParameters.ACCELERATION_GROWTH, FrameworkParameters.PARTIALLY_MEETS_SCORE,
            FrameworkParameters.MEETS_SCORE, FrameworkParameters.FULLY_MEETS_SCORE);

    @Test
    void progress_thresholds_are_those_of_the_reference_reporter() {
        ProgressThresholds t = PARAMETERS.progressThresholds(DAY);
        assertThat(t.getOnTrackRatio()).isEqualTo(Formulas.ON_TRACK_RATIO);
        assertThat(t.getAccelerationRatio()).isEqualTo(Formulas.ACCELERATION_RATIO);
        assertThat(t.getOnTrackGrowth()).isEqualTo(Formulas.ON_TRACK_GROWTH);
        assertThat(t.getAccelerationGrowth()).isEqualTo(Formulas.ACCELERATION_GROWTH);
    }

    @Test
    void band_limits_are_where_the_reference_bands_change() {
        Sdg1072BandLimits limits = PARAMETERS.sdg1072BandLimits(DAY);
        assertThat(Sdg1072Band.of(Math.nextDown(limits.getPartiallyMeets())))
                .isEqualTo(Sdg1072Band.REQUIRES_FURTHER_PROGRESS);
        assertThat(Sdg1072Band.of(limits.getPartiallyMeets())).isEqualTo(Sdg1072Band.PARTIALLY_MEETS);
        assertThat(Sdg1072Band.of(Math.nextDown(limits.getMeets()))).isEqualTo(Sdg1072Band.PARTIALLY_MEETS);
        assertThat(Sdg1072Band.of(limits.getMeets())).isEqualTo(Sdg1072Band.MEETS);
        assertThat(Sdg1072Band.of(Math.nextDown(limits.getFullyMeets()))).isEqualTo(Sdg1072Band.MEETS);
        assertThat(Sdg1072Band.of(limits.getFullyMeets())).isEqualTo(Sdg1072Band.FULLY_MEETS);
    }

    @Test
    void every_value_names_its_source_and_status() {
        for (String name : NAMES) {
            ParameterValue v = PARAMETERS.inForce(name, DAY);
            assertThat(v.source().instrument()).as(name).isNotBlank();
            assertThat(v.source().status()).as(name).isNotNull();
            assertThat(v.note()).as(name).contains("validFrom");
        }
    }

    @Test
    void a_date_before_any_value_is_a_data_error_naming_the_parameter() {
        assertThatThrownBy(() -> PARAMETERS.progressThresholds(LocalDate.of(2010, 12, 31)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(FrameworkParameters.ON_TRACK_RATIO)
                .hasMessageContaining("2010-12-31");
    }
}

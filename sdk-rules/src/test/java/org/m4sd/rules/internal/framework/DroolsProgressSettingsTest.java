package org.m4sd.rules.internal.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.framework.Achievement;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.Observation;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ProgressCategory;
import org.m4sd.sdk.framework.ProgressThresholds;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;

/** A framework's own thresholds override the dated parameters; an indicator's limit scales them; as the reference. */
class DroolsProgressSettingsTest {

    /** The illustrative framework with lenient ratio thresholds and SOC-2 capped at 32 % with no target in Nepal. */
    private static Framework settings() {
        Framework f = Framework.illustrative();
        List<Indicator> indicators = f.indicators().stream().map(i -> !i.id().equals("SOC-2") ? i
                : new Indicator(i.id(), i.result(), i.title(), i.measure(), i.ascending(), i.unit(), i.references(),
                        i.sector(), i.level(), i.dimensions(), i.aggregation(), i.source(), i.aggregationStatus(),
                        i.ratio(), i.population(), i.baselines(), i.targets().stream().filter(t -> !t.country().equals("NPL")).toList(),
                        OptionalDouble.of(32)))
                .toList();
        return new Framework(f.programme(), f.outcomes(), f.outputs(), indicators, f.disclosureControl(),
                Optional.of(new ProgressThresholds(0.7, 0.3, 0.015, 0.005)));
    }

    @Test
    void declared_thresholds_and_the_limit_give_the_reference_categories() {
        Framework framework = settings();
        List<Observation> obs = List.of(Observation.of("SOC-2", "ECU", Period.ofYear(2021), 34.5),
                Observation.of("SOC-2", "NPL", Period.ofYear(2021), 30.4));
        ResultsReport drools = new DroolsResultsReporter().report(framework, obs.iterator(),
                List.<ProgrammeEvent>of().iterator());
        ResultsReport reference = ResultsReporter.reference().report(framework, obs.iterator(),
                List.<ProgrammeEvent>of().iterator());
        ResultsReport dated = new DroolsResultsReporter().report(Framework.illustrative(), obs.iterator(),
                List.<ProgrammeEvent>of().iterator());
        // ECU: R = 0.759, on track from 0.7 by the framework, acceleration needed by parameters.json's 0.95
        assertThat(category(drools, "ECU")).isEqualTo(ProgressCategory.ON_TRACK);
        assertThat(category(dated, "ECU")).isEqualTo(ProgressCategory.ACCELERATION_NEEDED);
        // NPL without a target: 0.66 % a year is on track under the ceiling of 32 (C = 0.249)
        assertThat(category(drools, "NPL")).isEqualTo(ProgressCategory.ON_TRACK);
        assertThat(drools.achievements()).isEqualTo(reference.achievements());
        assertThat(drools).isEqualTo(reference);
    }

    private static ProgressCategory category(ResultsReport report, String country) {
        return report.achievement("SOC-2", country, Period.ofYear(2021)).map(Achievement::category).orElseThrow();
    }
}

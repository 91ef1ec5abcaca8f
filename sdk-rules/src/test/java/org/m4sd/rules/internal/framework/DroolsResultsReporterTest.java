package org.m4sd.rules.internal.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.framework.Framework;
import org.m4sd.sdk.framework.IatiSchema;
import org.m4sd.sdk.framework.Observation;
import org.m4sd.sdk.framework.Period;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ProgressCategory;
import org.m4sd.sdk.framework.ResultsReport;
import org.m4sd.sdk.framework.ResultsReporter;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Sex;

/** The Drools reporter against hand-computed figures and against the reference implementation. */
class DroolsResultsReporterTest {
    private static final Framework FRAMEWORK = FrameworkInputs.framework();

    @Test
    void it_is_the_reporter_found_by_service_loader() {
        assertThat(ResultsReporter.create()).isInstanceOf(DroolsResultsReporter.class);
        assertThat(ResultsReporter.create().name()).isEqualTo("drools");
    }

    @Test
    void counts_granted_decisions_and_computes_progress() {
        List<ProgrammeEvent> events = List.of(
                decision(Outcome.ELIGIBLE, Sex.F, "a"), decision(Outcome.ELIGIBLE, Sex.F, "b"),
                decision(Outcome.CONDITIONAL, Sex.M, "c"), decision(Outcome.INELIGIBLE, Sex.M, "d"));
        List<Observation> obs = List.of(Observation.of("GOV-2", "ECU", Period.ofYear(2021), 4),
                Observation.of("GOV-2", "MAR", Period.ofYear(2021), -2));
        ResultsReport r = new DroolsResultsReporter().report(FRAMEWORK, obs.iterator(), events.iterator());
        assertThat(r.value("HEA-1", "ECU", Period.ofYear(2021), Map.of()).orElseThrow().value()).isEqualTo(3);
        assertThat(r.value("HEA-1", "ECU", Period.ofYear(2021), Map.of("sex", "F")).orElseThrow().value())
                .isEqualTo(2);
        assertThat(r.value("HEA-2", "ECU", Period.ofYear(2021), Map.of()).orElseThrow().value()).isEqualTo(4);
        // HEA-3 = 3 / 4 x 100
        assertThat(r.value("HEA-3", "ECU", Period.ofYear(2021), Map.of()).orElseThrow().value()).isEqualTo(75);
        // GOV-2 ECU: baseline 0, 2021 target 3, actual 4: met, ratio 4/3
        var a = r.achievement("GOV-2", "ECU", Period.ofYear(2021)).orElseThrow();
        assertThat(a.category()).isEqualTo(ProgressCategory.ACHIEVED);
        assertThat(a.ratio().getAsDouble()).isEqualTo(4.0 / 3);
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("no-negative-count") && f.country().equals("MAR"));
    }

    /**
     * The rule on what was not reported, as the reference applies it: a migrant refused care in Serbia makes HEA-1
     * 0 there (rule fw.decision.population-decided), a national decided in Morocco or a migrant's undetermined
     * decision in Senegal makes no value; GOV-2, observed,
     * has no value before its first observation and its progress there is not assessed, nothing being reported.
     */
    @Test
    void nothing_reported_is_no_value_and_a_decided_population_counts_0_as_in_the_reference() {
        Period y2021 = Period.ofYear(2021);
        List<ProgrammeEvent> events = List.of(
                new ProgrammeEvent.DecisionMade("SRB", LocalDate.of(2021, 4, 1), Determination.HEALTH_EMERGENCY_CARE,
                        Outcome.INELIGIBLE, Sex.F, MigratoryStatus.IRREGULAR, "refused"),
                new ProgrammeEvent.DecisionMade("MAR", LocalDate.of(2021, 4, 1), Determination.HEALTH_EMERGENCY_CARE,
                        Outcome.ELIGIBLE, Sex.M, MigratoryStatus.NATIONAL, "national"),
                new ProgrammeEvent.DecisionMade("SEN", LocalDate.of(2021, 4, 1), Determination.HEALTH_EMERGENCY_CARE,
                        Outcome.UNDETERMINED, Sex.F, MigratoryStatus.IRREGULAR, "undetermined"));
        List<Observation> obs = List.of(Observation.of("GOV-2", "ECU", y2021, 4));
        ResultsReport drools = new DroolsResultsReporter().report(FRAMEWORK, obs.iterator(), events.iterator());
        ResultsReport reference = ResultsReporter.reference().report(FRAMEWORK, obs.iterator(), events.iterator());
        assertThat(drools.value("HEA-1", "SRB", y2021, Map.of()).orElseThrow().value()).isEqualTo(0);
        assertThat(drools.value("HEA-1", "MAR", y2021, Map.of())).isEmpty();
        assertThat(drools.value("HEA-1", "SEN", y2021, Map.of())).isEmpty();
        assertThat(drools.value("GOV-2", "ECU", Period.ofYear(2020), Map.of())).isEmpty();
        var before = drools.achievement("GOV-2", "ECU", Period.ofYear(2020)).orElseThrow();
        assertThat(before.category()).isEqualTo(ProgressCategory.NOT_ASSESSED);
        assertThat(before.reason()).isPresent();
        assertThat(drools.achievements()).anyMatch(a -> a.indicator().equals("GLO-1") && !a.reported())
                .noneMatch(a -> a.indicator().equals("GLO-1") && a.reported());
        assertThat(drools).isEqualTo(reference);
    }

    private static ProgrammeEvent decision(Outcome outcome, Sex sex, String person) {
        return new ProgrammeEvent.DecisionMade("ECU", LocalDate.of(2021, 4, 1), Determination.HEALTH_EMERGENCY_CARE,
                outcome, sex, MigratoryStatus.IRREGULAR, person);
    }

    @Test
    void equals_the_reference_on_a_large_mixed_input() {
        FrameworkInputs in = new FrameworkInputs(42, 400);
        ResultsReport reference = ResultsReporter.reference().report(FRAMEWORK, in.observations.iterator(),
                in.events.iterator());
        ResultsReport drools = new DroolsResultsReporter().report(FRAMEWORK, in.observations.iterator(),
                in.events.iterator());
        assertThat(reference.findings()).extracting(f -> f.rule()).contains("known-country", "known-indicator",
                "known-dimension", "period-in-programme", "no-negative-count", "actual-has-baseline");
        assertThat(reference.sdg1072()).isNotEmpty();
        assertThat(reference.sdg10c1()).isNotEmpty();
        assertThat(reference.achievements()).extracting(x -> x.category()).contains(ProgressCategory.ACHIEVED,
                ProgressCategory.DETERIORATION);
        assertThat(drools.values()).isEqualTo(reference.values());
        assertThat(drools.findings()).isEqualTo(reference.findings());
        assertThat(drools.achievements()).isEqualTo(reference.achievements());
        assertThat(drools.sdg1071()).isEqualTo(reference.sdg1071());
        assertThat(drools.sdg1072()).isEqualTo(reference.sdg1072());
        assertThat(drools.sdg10c1()).isEqualTo(reference.sdg10c1());
        assertThat(drools).isEqualTo(reference);
        IatiSchema.validate(drools.toIatiXml());
        assertThat(drools.toCsv()).isEqualTo(reference.toCsv());
    }

    /**
     * Regression: inputs where -0.0 reached a comparison (an actual of -0.0; a growth ratio of -0.0 when the actual
     * equals the baseline), which Drools' boxed comparisons order below 0.0 and the reference's primitive ones do not.
     */
    @Test
    void negative_zero_gives_the_same_report_as_the_reference() {
        for (long[] input : new long[][] {{-8156117465617023632L, 56}, {2, 3}}) {
            FrameworkInputs in = new FrameworkInputs(input[0], (int) input[1]);
            ResultsReport reference = org.m4sd.sdk.framework.ResultsReporter.reference().report(FRAMEWORK,
                    in.observations.iterator(), in.events.iterator());
            ResultsReport drools = new DroolsResultsReporter().report(FRAMEWORK, in.observations.iterator(),
                    in.events.iterator());
            assertThat(drools.achievements()).isEqualTo(reference.achievements());
            assertThat(drools).isEqualTo(reference);
        }
    }
}
